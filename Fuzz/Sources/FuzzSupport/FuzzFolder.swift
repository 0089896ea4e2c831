import Foundation

/// A scratch folder for targets that must read files, in memory (`/dev/shm`) where there is one.
public enum FuzzFolder {
    /// A new empty folder for this process.
    public static func make(_ name: String) -> String {
        // scripts/fuzz.sh names a folder it removes afterwards.
        let base = ProcessInfo.processInfo.environment["POLICYLAB_FUZZ_TMP"]
            ?? (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        let path = "\(base)/policylab-fuzz-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Empties `path` (keeping the folder).
    public static func clear(_ path: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            try? FileManager.default.removeItem(atPath: path + "/" + entry)
        }
    }
}

extension FuzzFolder {
    /// Writes `bytes` to `path` with plain `write(2)`: Foundation's `createFile` writes a temporary
    /// file and renames it, several times slower, and the targets write files on every input.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress.map { $0 + done }, bytes.count - done) }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
}
