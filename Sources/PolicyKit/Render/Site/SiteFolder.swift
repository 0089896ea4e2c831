import Foundation
import GitKit
import Platform

/// Where a site is written: a staging folder beside the destination, swapped into place only when
/// every page was written, so that a failed build leaves the previous site as it was. A folder is
/// only ever replaced when policylab made it (it holds the `.policylab-site` marker): pointing
/// the build at a folder of one's own, or at the knowledge base, loses nothing.
///
/// The site a build replaces is kept beside the new one (`.<name>.spare`) and is the next build's
/// staging folder: its files that are the same as the site's (hard links to them, as kept pages
/// are) stay where they are, the others are replaced (never written through: a file there may be
/// a link shared with the site in place), and whatever the new site does not have is removed
/// before the swap. An edit at 10,000 records then touches a few files rather than linking and
/// removing thousands.
final class SiteFolder: @unchecked Sendable {
    static let marker = ".policylab-site"

    let destination: String
    private let staging: String
    /// Where the replaced site is kept for the next build.
    private let spare: String
    /// Whether the staging folder is a spare site (its files are replaced, never written through).
    private let reusesSpare: Bool
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    /// Every file of the new site so far, with its digest and fingerprint (`SiteFiles`).
    private var files: [String: SiteFiles.Entry] = [:]
    /// The previous site's files, when the build trusted its table (`trust(_:written:)`), and the table's own fingerprint.
    private var previous: (files: SiteFiles, written: FileFingerprint)?

    init(destination path: String) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        destination = url.path
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: destination, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw SiteError.notASite(path) }
            let contents = (try? manager.contentsOfDirectory(atPath: destination)) ?? []
            guard contents.isEmpty || contents.contains(Self.marker) else { throw SiteError.notASite(path) }
        }
        let parent = url.deletingLastPathComponent().path
        staging = parent + "/.\(url.lastPathComponent).building-\(getpid())"
        spare = parent + "/.\(url.lastPathComponent).spare"
        Self.removeLeftovers(of: url.lastPathComponent, in: parent, destination: destination)
        do {
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            // A spare is taken only when it is a folder of its own (not a link) that policylab made.
            reusesSpare = Self.isSite(spare) && rename(spare, staging) == 0
            if !reusesSpare { try manager.createDirectory(atPath: staging, withIntermediateDirectories: false) }
        } catch {
            throw SiteError.cannotWrite(path, error.localizedDescription)
        }
        try write("made by policylab site; this folder is replaced on each build\n", to: Self.marker)
    }

    /// Whether `path` is a folder (not a link to one) that holds the marker as a regular file.
    private static func isSite(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        return FileFingerprint(path: path + "/" + marker) != nil
    }

    /// Trusts the previous site's files as `table` lists them, `written` being the table file's
    /// own fingerprint (the clock a file must have changed before to be trusted by its `lstat`).
    func trust(_ table: SiteFiles, written: FileFingerprint) {
        lock.withLock { previous = (table, written) }
    }

    /// The table of every file written or kept so far (`SiteFiles`), for the next build.
    func table() -> SiteFiles { lock.withLock { SiteFiles(entries: files) } }

    /// Writes one file, `relativePath` being a path the builder made (never one from a record).
    /// Control characters from records (which `check` refuses) are dropped anyway: one stray
    /// escape would make the feed ill-formed XML.
    /// - Returns: the SHA-256 of what was written, in hex.
    @discardableResult
    func write(_ text: String, to relativePath: String, previous previousPath: String? = nil) throws -> String {
        var text = ControlCharacters.removed(from: text)
        return try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: relativePath, previous: previousPath) }
    }

    /// Writes a file of bytes the builder made (not text from records: those go through `write(_:to:)`).
    /// When the previous site's file at `previousPath` (by default the same path) holds the same
    /// bytes, by the digest its table lists, that file is kept instead (`keepPrevious`): a search
    /// shard or a script unchanged since the last build stays where the spare has it.
    /// - Returns: the SHA-256 of the bytes, in hex.
    @discardableResult
    func write(bytes: UnsafeRawBufferPointer, to relativePath: String, previous previousPath: String? = nil) throws -> String {
        let digest = SitePageKeys.sha256(bytes)
        let previousPath = previousPath ?? relativePath
        if lock.withLock({ previous?.files.entries[previousPath]?.sha256 == digest }),
            try keepPrevious(previousPath, as: relativePath, sha256: digest)
        {
            return digest
        }
        try writeFile(bytes, digest: digest, to: relativePath)
        return digest
    }

    /// Writes `bytes` (whose SHA-256 is `digest`) as a new file at `relativePath`, and records it.
    private func writeFile(_ bytes: UnsafeRawBufferPointer, digest: String, to relativePath: String) throws {
        try makeFolder(of: relativePath)
        let path = staging + "/" + relativePath
        if reusesSpare { Self.remove(path) }
        // Plain write(2): Foundation's Data.write syncs each file to disk, which made a large site
        // slow; the folder is swapped into place whole afterwards, so no reader sees a partial page.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SiteError.cannotWrite(destination + "/" + relativePath, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while let base = bytes.baseAddress, offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SiteError.cannotWrite(destination + "/" + relativePath, String(cString: strerror(errno)))
            }
            offset += written
        }
        var info = stat()
        if fstat(descriptor, &info) == 0, let print = FileFingerprint(info) {
            record(relativePath, SiteFiles.Entry(sha256: digest, fingerprint: print))
        }
    }

    /// Keeps the previous site's file at `relativePath` in the new one, if it still holds what was
    /// written (its SHA-256 is `sha256`); false when it does not.
    func keep(_ relativePath: String, sha256: String) throws -> Bool {
        try keepPrevious(relativePath, as: relativePath, sha256: sha256)
    }

    /// Keeps the previous site's file at `previousPath` in the new site at `relativePath` (paths
    /// the builder made) when it still holds what the previous build wrote (and that is `sha256`,
    /// when given): left in place when the spare has it already, else linked (a copy on a file
    /// system without links). False when it cannot be trusted, for the caller to write it instead.
    func keepPrevious(_ previousPath: String, as relativePath: String, sha256: String? = nil) throws -> Bool {
        let target = staging + "/" + relativePath
        // Folders first: a spare may hold a link where a folder goes, which is not to be followed.
        try makeFolder(of: relativePath)
        let spareFile = reusesSpare ? FileFingerprint(path: target) : nil
        // The spare's file at that path is the very file the table lists (a link to it, not changed
        // since the table was written): kept as it is, whatever became of the site in place.
        if let spareFile, let (listed, written) = lock.withLock({ previous.flatMap { old in old.files.entries[previousPath].map { ($0, old.written) } } }),
            sha256 == nil || listed.sha256 == sha256, listed.fingerprint.isOlder(than: written), spareFile == listed.fingerprint
        {
            record(relativePath, listed)
            return true
        }
        guard let (entry, data) = verifiedPrevious(previousPath, sha256: sha256) else { return false }
        if let spareFile, spareFile == entry.fingerprint {
            record(relativePath, entry)
            return true
        }
        if reusesSpare { Self.remove(target) }
        if link(destination + "/" + previousPath, target) == 0 {
            record(relativePath, entry)
            return true
        }
        // No links here: a copy, written as a new file (not through `write`, which would try to keep it again).
        guard let bytes = data ?? Self.readRegularFile(destination + "/" + previousPath, maximumSize: 1 << 30),
            SitePageKeys.sha256(bytes) == entry.sha256
        else { return false }
        try bytes.withUnsafeBytes { try writeFile($0, digest: entry.sha256, to: relativePath) }
        return true
    }

    /// Whether the previous site's file at `relativePath` is, by its `lstat`, the one its table lists.
    func isUnchangedPrevious(_ relativePath: String) -> Bool {
        guard let (table, written) = lock.withLock({ previous }), let entry = table.entries[relativePath] else { return false }
        return entry.fingerprint.isOlder(than: written) && FileFingerprint(path: destination + "/" + relativePath) == entry.fingerprint
    }

    /// The previous site's file at `path` with what the new table is to say of it, when it still
    /// holds what was written: trusted by its `lstat` when the table lists it as it is, else read
    /// and hashed (then with its bytes).
    private func verifiedPrevious(_ path: String, sha256: String?) -> (SiteFiles.Entry, [UInt8]?)? {
        let listed = lock.withLock { previous?.files.entries[path] }
        if let listed, sha256 == nil || listed.sha256 == sha256, isUnchangedPrevious(path) { return (listed, nil) }
        guard let expected = sha256 ?? listed?.sha256 else { return nil }
        guard let (data, fingerprint) = FileFingerprint.read(destination + "/" + path, maximumSize: 1 << 30),
            SitePageKeys.sha256(data) == expected
        else { return nil }
        return (SiteFiles.Entry(sha256: expected, fingerprint: fingerprint), data)
    }

    private func record(_ relativePath: String, _ entry: SiteFiles.Entry) {
        lock.withLock { files[relativePath] = entry }
    }

    /// Removes whatever is at `path` (a file, a link, a folder), links not followed.
    private static func remove(_ path: String) {
        if unlink(path) != 0, errno != ENOENT { removeTree(path) }
    }

    /// The bytes of the regular file at `path` (through `BoundedFile`: not followed if it is a link,
    /// not waited on if it is a FIFO); nil when there is none, or it is larger than `maximumSize`.
    static func readRegularFile(_ path: String, maximumSize: Int) -> [UInt8]? {
        guard case .bytes(let bytes) = BoundedFile.read(path, maximumSize: maximumSize) else { return nil }
        return bytes
    }

    /// Makes the folders of `relativePath` in the new site. In a spare, a folder's name may hold a
    /// file or a link (to a folder elsewhere, say): it is replaced by a folder, never followed.
    private func makeFolder(of relativePath: String) throws {
        let folder = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(relativePath[..<$0]) } ?? ""
        try lock.withLock {
            guard !folders.contains(folder) else { return }
            var path = ""
            for component in folder.split(separator: "/") {
                path += (path.isEmpty ? "" : "/") + component
                guard folders.insert(path).inserted else { continue }
                let full = staging + "/" + path
                var info = stat()
                if lstat(full, &info) == 0 {
                    if info.st_mode & S_IFMT == S_IFDIR { continue }
                    Self.remove(full)
                }
                guard mkdir(full, 0o755) == 0 || errno == EEXIST else {
                    throw SiteError.cannotWrite(destination + "/" + relativePath, String(cString: strerror(errno)))
                }
            }
        }
    }

    /// Takes the folder of search shards a spare holds (its only folder under `parent` named with
    /// 16 hex digits) as `name`, so that the page files the new index keeps stay where they are.
    func adoptSpareFolder(in parent: String, as name: String) {
        guard reusesSpare, !lock.withLock({ folders.contains(parent + name) }), let directory = opendir(staging + "/" + parent) else { return }
        let candidates = DirectoryListing.entries(of: directory, at: staging + "/" + parent).filter { entry in
            entry.kind == .directory && entry.name.utf8.count == 16 && entry.name.allSatisfy { "0123456789abcdef".contains($0) }
        }
        closedir(directory)
        guard candidates.count == 1 else { return }
        Self.remove(staging + "/" + parent + name)
        rename(staging + "/" + parent + candidates[0].name, staging + "/" + parent + name)
    }

    /// Renames a folder of the new site, both paths relative to its root (paths the builder made).
    /// A spare may hold a folder of that name already: it is replaced.
    func move(_ relativePath: String, to newPath: String) throws {
        let from = relativePath.hasSuffix("/") ? String(relativePath.dropLast()) : relativePath
        let to = newPath.hasSuffix("/") ? String(newPath.dropLast()) : newPath
        try makeFolder(of: to)
        if reusesSpare { Self.remove(staging + "/" + to) }
        guard rename(staging + "/" + from, staging + "/" + to) == 0 else {
            throw SiteError.cannotWrite(destination + "/" + to, String(cString: strerror(errno)))
        }
        let prefix = Array((from + "/").utf8)
        func isInside(_ path: String) -> Bool { path.utf8.starts(with: prefix) }
        lock.withLock {
            // Made anew rather than moved entry by entry: removing thousands of keys one at a time
            // costs more than hashing them all again.
            var renamed: [String: SiteFiles.Entry] = [:]
            renamed.reserveCapacity(files.count)
            for (path, entry) in files { renamed[isInside(path) ? to + path.dropFirst(from.count) : path] = entry }
            files = renamed
            for path in folders.filter({ $0 == from || isInside($0) }) {
                folders.remove(path)
                folders.insert(to + path.dropFirst(from.count))
            }
        }
    }

    /// Puts the new site in place of the old one, which is kept as the next build's spare.
    func commit() throws {
        if reusesSpare { removeUnlisted() }
        let manager = FileManager.default
        let old = staging.replacingOccurrences(of: ".building-", with: ".old-")
        let hadSite = manager.fileExists(atPath: destination)
        do {
            if hadSite { try manager.moveItem(atPath: destination, toPath: old) }
        } catch {
            throw SiteError.cannotWrite(destination, error.localizedDescription)
        }
        do {
            try manager.moveItem(atPath: staging, toPath: destination)
        } catch {
            if hadSite { try? manager.moveItem(atPath: old, toPath: destination) }
            throw SiteError.cannotWrite(destination, error.localizedDescription)
        }
        // Another build may have left a spare meanwhile: then this one goes.
        if hadSite, rename(old, spare) != 0 { Self.removeTree(old) }
    }

    /// Removes from a spare whatever the new site does not have: files not written or kept, folders
    /// not made, links, names that are not UTF-8 (through their folder, by their bytes).
    private func removeUnlisted() {
        let (files, folders) = lock.withLock { (self.files, self.folders) }
        var pending = [""]
        var removed = 0
        while let folder = pending.popLast() {
            let full = folder.isEmpty ? staging : staging + "/" + folder
            guard let directory = opendir(full) else { continue }
            defer { closedir(directory) }
            // Listed first, removed after: a folder is not changed while it is read.
            var unlisted: [(name: [CChar], isFolder: Bool)] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                if name == Array(".".utf8) || name == Array("..".utf8) { continue }
                let cName = name.map { CChar(bitPattern: $0) } + [0]
                let path = String(validating: name, as: UTF8.self).map { folder.isEmpty ? $0 : folder + "/" + $0 }
                // The folder's own record of each entry's type, asked of the file system only when it has none.
                let isFolder: Bool
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): isFolder = true
                case Int32(DT_UNKNOWN):
                    var info = stat()
                    isFolder = fstatat(dirfd(directory), cName, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
                default: isFolder = false
                }
                if let path, isFolder, folders.contains(path) {
                    pending.append(path)
                } else if let path, !isFolder, files[path] != nil {
                    continue
                } else {
                    unlisted.append((cName, isFolder))
                }
            }
            for (name, isFolder) in unlisted {
                guard isFolder else {
                    unlinkat(dirfd(directory), name, 0)
                    continue
                }
                // Renamed to a name of its own first, so that a folder whose name is not UTF-8 can be removed by path.
                removed += 1
                let doomed = ".policylab-removed-\(removed)"
                if renameat(dirfd(directory), name, dirfd(directory), doomed) == 0 { Self.removeTree(full + "/" + doomed) }
            }
        }
    }

    /// Removes the folder at `path` and everything in it, links not followed. An old site is
    /// thousands of files: each folder's are removed on whichever core is free (removals in one
    /// folder wait for each other in the kernel, in different folders they do not). Anything left
    /// (a name that is not UTF-8) is removed by Foundation after.
    static func removeTree(_ path: String) {
        var folders: [(path: String, files: [String])] = []
        var pending = [path]
        while let folder = pending.popLast() {
            guard let directory = opendir(folder) else { continue }
            var files: [String] = []
            for (name, kind) in DirectoryListing.entries(of: directory, at: folder) {
                if kind == .directory { pending.append(folder + "/" + name) } else { files.append(folder + "/" + name) }
            }
            closedir(directory)
            folders.append((folder, files))
        }
        let found = folders
        _ = ParallelRuns.map(found.count, runs: ParallelRuns.runs(for: found.count, minimumPerRun: 1, perCore: 4)) { range in
            for folder in found[range] { for file in folder.files { unlink(file) } }
        }
        // Each folder was found after the one holding it: the last found are the deepest.
        for folder in found.reversed() { rmdir(folder.path) }
        if FileManager.default.fileExists(atPath: path) { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Cleans up after a build that was killed: its staging folder is removed; when it died in the
    /// middle of the swap (the old site moved aside, the new one not yet in place), the old site is
    /// put back. Only folders of processes no longer running, holding the marker, are touched.
    static func removeLeftovers(of name: String, in parent: String, destination: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: parent) else { return }
        for leftover in names.sorted() {
            for kind in [".building-", ".old-"] where leftover.hasPrefix("." + name + kind) {
                guard let pid = Int32(leftover.dropFirst(name.count + 1 + kind.count)), pid != getpid(),
                    kill(pid, 0) != 0, errno == ESRCH,
                    manager.fileExists(atPath: parent + "/" + leftover + "/" + marker)
                else { continue }
                if kind == ".old-", !manager.fileExists(atPath: destination) {
                    try? manager.moveItem(atPath: parent + "/" + leftover, toPath: destination)
                } else {
                    try? manager.removeItem(atPath: parent + "/" + leftover)
                }
            }
        }
    }

    /// Removes what a failed build wrote.
    func discard() {
        Self.removeTree(staging)
    }
}
