import Foundation

extension ChangedPathIndex {
    /// A history cache larger than this is not read (a million commits take about 100 MiB).
    public static let maximumFileSize = 1 << 31

    /// Reads the index saved at `path`; nil when there is no file. Throws `FormatError` for
    /// anything else than a regular file whose header (magic, version, length) matches it and
    /// whose content is complete and consistent: checked before the file is read whole.
    public static func load(from path: String) throws -> ChangedPathIndex? {
        switch BoundedFile.read(path, maximumSize: maximumFileSize, headerSize: headerSize, accepts: headerProblem) {
        case .absent: return nil
        case .refused(let reason): throw FormatError(description: "history index: \(reason)")
        case .bytes(let bytes): return try ChangedPathIndex(encoded: bytes)
        }
    }

    /// Saves the index at `path` atomically: written to a temporary file (in `temporaryDirectory`,
    /// on the same file system, else next to it), then renamed over it, so readers (and concurrent
    /// writers) only ever see a complete file.
    public func save(to path: String, temporaryDirectory: String? = nil) throws {
        let data = Data(try encoded())
        let folder = temporaryDirectory ?? (path as NSString).deletingLastPathComponent
        if temporaryDirectory != nil { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let temporary = folder + "/" + TemporaryName.make("changed-paths")
        try data.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)  // best effort: the rename error is what matters
            throw CocoaError(
                .fileWriteUnknown,
                userInfo: [
                    NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "cannot rename \(temporary) to \(path): \(String(cString: strerror(code)))",
                ])
        }
    }
}
