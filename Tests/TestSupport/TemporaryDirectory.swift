import Foundation

/// Fresh folders for a test, removed afterwards.
public enum TemporaryDirectory {
    /// Runs `body` with a new folder (its real path, no trailing slash) named `prefix-<uuid>`
    /// under the system's temporary folder, removed when `body` returns or throws.
    public static func with<T>(prefix: String, _ body: (String) throws -> T) throws -> T {
        let base = try make(prefix)
        defer { try? FileManager.default.removeItem(at: base) }
        return try body(base.resolvingSymlinksInPath().path)
    }

    /// `with(prefix:_:)` for asynchronous tests.
    public static func with<T>(prefix: String, _ body: (String) async throws -> T) async throws -> T {
        let base = try make(prefix)
        defer { try? FileManager.default.removeItem(at: base) }
        return try await body(base.resolvingSymlinksInPath().path)
    }

    private static func make(_ prefix: String) throws -> URL {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base
    }
}
