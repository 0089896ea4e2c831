import Foundation

/// What identifies the files of a folder for the cache: a digest of every record file's path,
/// size and modification time (to the nanosecond), so that any edit, addition or removal gives
/// another key.
enum SourceFingerprint {
    static func digest(of files: [SourceFile], under root: String) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(files.count * 80)
        for file in files {
            var info = stat()
            let found = lstat(root + "/" + file.path, &info) == 0
            let line = found ? "\(file.path)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)\n" : "\(file.path)\t-\n"
            text.append(contentsOf: line.utf8)
        }
        return SHA256.hex(text)
    }
}
