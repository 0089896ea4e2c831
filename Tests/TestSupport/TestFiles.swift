import Foundation

/// Where the shared test files are, and small file helpers.
public enum TestFiles {
    /// The package root, found from this file's path.
    public static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The folder of every fixture (knowledge bases, golden files, corpora), in one place.
    public static let fixtures = packageRoot + "/Tests/PolicyKitTests/Fixtures"

    /// A fixture by its name under `fixtures`.
    public static func fixture(_ name: String) -> String { fixtures + "/" + name }

    /// Writes `bytes` to `path`, creating parent folders.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Writes `text` as UTF-8 to `path`, creating parent folders.
    public static func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }
}
