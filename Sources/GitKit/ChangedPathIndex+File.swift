import Foundation

extension ChangedPathIndex {
    /// Reads the index saved at `path`; nil when there is no file. Throws `FormatError` for a
    /// damaged file or one of another version, and the file system's error when it cannot be read.
    public static func load(from path: String) throws -> ChangedPathIndex? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try ChangedPathIndex(encoded: [UInt8](data))
    }

    /// Saves the index at `path` atomically: written to a temporary file next to it, then renamed
    /// over it, so readers (and concurrent writers) only ever see a complete file.
    public func save(to path: String) throws {
        let data = Data(try encoded())
        let temporary = "\(path).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp"
        try data.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)  // best effort: the rename error is what matters
            throw CocoaError(.fileWriteUnknown, userInfo: [
                NSFilePathErrorKey: path,
                NSLocalizedDescriptionKey: "cannot rename \(temporary) to \(path): \(String(cString: strerror(code)))",
            ])
        }
    }
}
