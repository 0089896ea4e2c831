import Foundation

/// Writes a file atomically: a temporary file beside it, then a rename, so that a writer killed
/// at any moment leaves either the old file or the new one, never half of it.
enum WorkingTreeFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
    }
}
