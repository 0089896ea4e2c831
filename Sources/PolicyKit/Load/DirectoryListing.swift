import Foundation
import GitKit
import Platform

/// Lists and reads files of a folder with POSIX calls: fast on tens of thousands of files, and
/// precise about symbolic links, which are reported and never followed.
public enum DirectoryListing {
    /// The files at `topFiles` and under `folders` of `root`, links reported as links.
    static func files(under root: String, folders: [String], topFiles: [String]) throws -> [SourceFile] {
        var files: [SourceFile] = []
        for name in topFiles {
            if let kind = kind(ofPath: root + "/" + name), kind != .directory { files.append(SourceFile(path: name, kind: kind.fileKind)) }
        }
        for folder in folders {
            switch kind(ofPath: root + "/" + folder) {
            case .directory: try walk(root: root, relative: folder, into: &files)
            // A linked folder is reported like any other link, rather than silently skipped.
            case .link: files.append(SourceFile(path: folder, kind: .symbolicLink))
            case .file, .other, .badName, nil: break
            }
        }
        return files
    }

    /// What an entry of a folder is.
    public enum EntryKind: Equatable, Sendable {
        /// A regular file, a folder, a symbolic link, or anything else (a socket, a device...).
        case file, directory, link, other
        /// A name that is not valid UTF-8: reported, never opened (its escaped form names no file).
        case badName

        /// The kind of source file an entry of this kind is.
        public var fileKind: SourceFile.Kind {
            switch self {
            case .file: .regular
            case .link: .symbolicLink
            case .directory, .other: .special
            case .badName: .nonUTF8Name
            }
        }
    }

    private static func kind(ofPath path: String) -> EntryKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// A folder of many folders (`projects/`, one per project) has them walked on whichever core
    /// is free, their files put back in the order of a walk on one.
    private static func walk(root: String, relative: String, into files: inout [SourceFile], parallel: Bool = true) throws {
        guard let directory = opendir(root + "/" + relative) else {
            throw LoadError.unreadable(path: relative, reason: String(cString: strerror(errno)))
        }
        let children = entries(of: directory, at: root + "/" + relative)
        closedir(directory)
        @Sendable func walk(_ range: Range<Int>, into files: inout [SourceFile]) throws {
            for child in children[range] {
                let path = relative + "/" + child.name
                if child.kind == .directory {
                    try Self.walk(root: root, relative: path, into: &files, parallel: false)
                } else {
                    files.append(SourceFile(path: path, kind: child.kind.fileKind))
                }
            }
        }
        let folders = children.count { $0.kind == .directory }
        guard parallel, folders >= 64 else { return try walk(children.indices, into: &files) }
        let parts = try ParallelRuns.map(children.count, runs: ParallelRuns.runs(for: folders, minimumPerRun: 16, perCore: 4)) {
            range throws(any Error) in
            var part: [SourceFile] = []
            try walk(range, into: &part)
            return part
        }
        for part in parts { files += part }
    }

    /// The entries of the folder open as `directory` (at `path`, to ask about an entry whose type
    /// the folder does not record), sorted by name, links reported as links.
    public static func entries(of directory: OpaquePointer, at path: String) -> [(name: String, kind: EntryKind)] {
        var children: [(name: String, kind: EntryKind)] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                children.append((PathText.escaped(bytes), .badName))
                continue
            }
            if name == "." || name == ".." { continue }
            let kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = self.kind(ofPath: "\(path)/\(name)") ?? .other
            default: kind = .other
            }
            children.append((name, kind))
        }
        return children.sorted { $0.name < $1.name }
    }

    /// The names of the folders inside the folder at `path` (links not followed); none when it
    /// cannot be opened.
    public static func subfolders(of path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        return entries(of: directory, at: path).filter { $0.kind == .directory }.map(\.name)
    }

    /// Reads at most `limit + 1` bytes, enough to tell that a file is too large without loading it
    /// whole. Only a regular file is read (opened without following a link, and without blocking,
    /// so that a FIFO put in a file's place after the listing is refused rather than waited on);
    /// its size, asked first, sizes the buffer, and a file that grew since is read on in chunks.
    public static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw LoadError.unreadable(path: path, reason: "not a regular file") }
        var failure: Int32 = 0
        /// Reads into `buffer` until it is full or the file ends; how many bytes it read.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            var count = 0
            while let base = buffer.baseAddress, count < buffer.count {
                let got = Foundation.read(descriptor, base + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                count += got
            }
            return count
        }
        let expected = min(max(Int(info.st_size), 0), limit) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in count = fill(UnsafeMutableRawBufferPointer(buffer)) }
        var chunk = [UInt8](repeating: 0, count: failure == 0 && bytes.count == expected && bytes.count <= limit ? 64 * 1024 : 0)
        while !chunk.isEmpty, failure == 0, bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { fill($0) }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        if failure != 0 { throw LoadError.unreadable(path: path, reason: String(cString: strerror(failure))) }
        return bytes
    }
}
