import Foundation
import GitKit
import Platform

/// Where a site is written: a staging folder beside the destination, swapped into place only when
/// every page was written, so that a failed build leaves the previous site as it was. A folder is
/// only ever replaced when policylab made it (it holds the `.policylab-site` marker): pointing
/// the build at a folder of one's own, or at the knowledge base, loses nothing.
final class SiteFolder: @unchecked Sendable {
    static let marker = ".policylab-site"

    let destination: String
    private let staging: String
    private let createdFolders = NSLock()
    private var folders: Set<String> = [""]

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
        Self.removeLeftovers(of: url.lastPathComponent, in: parent, destination: destination)
        do {
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            try Data("made by policylab site; this folder is replaced on each build\n".utf8).write(
                to: URL(fileURLWithPath: staging + "/" + Self.marker))
        } catch {
            throw SiteError.cannotWrite(path, error.localizedDescription)
        }
    }

    /// Writes one file, `relativePath` being a path the builder made (never one from a record).
    /// Control characters from records (which `check` refuses) are dropped anyway: one stray
    /// escape would make the feed ill-formed XML.
    /// - Returns: the SHA-256 of what was written, in hex, when `digest` is set.
    @discardableResult
    func write(_ text: String, to relativePath: String, digest: Bool = false) throws -> String? {
        var text = ControlCharacters.removed(from: text)
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: relativePath) }
        return digest ? text.withUTF8 { SitePageKeys.sha256($0) } : nil
    }

    /// Writes a file of bytes the builder made (not text from records: those go through `write(_:to:)`).
    func write(bytes: UnsafeRawBufferPointer, to relativePath: String) throws {
        try makeFolder(of: relativePath)
        // Plain write(2): Foundation's Data.write syncs each file to disk, which made a large site
        // slow; the folder is swapped into place whole afterwards, so no reader sees a partial page.
        let descriptor = open(staging + "/" + relativePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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
    }

    /// Keeps the previous site's file at `relativePath` in the new one (a hard link, else a copy),
    /// if it still holds what was written (its SHA-256 is `sha256`); false when it does not.
    func keep(_ relativePath: String, sha256: String) throws -> Bool {
        let old = destination + "/" + relativePath
        guard let data = Self.readRegularFile(old, maximumSize: 1 << 30), SitePageKeys.sha256(data) == sha256 else { return false }
        if try linkPrevious(relativePath, to: relativePath) { return true }
        do {
            try Data(data).write(to: URL(fileURLWithPath: staging + "/" + relativePath))
        } catch {
            throw SiteError.cannotWrite(destination + "/" + relativePath, error.localizedDescription)
        }
        return true
    }

    /// Links the previous site's file at `previousPath` into the new site at `relativePath` (paths
    /// the builder made), for a file the build has checked; false when it cannot be linked (another
    /// file system, no such file), for the caller to write it instead.
    func linkPrevious(_ previousPath: String, to relativePath: String) throws -> Bool {
        try makeFolder(of: relativePath)
        return link(destination + "/" + previousPath, staging + "/" + relativePath) == 0
    }

    /// The bytes of the regular file at `path` (through `BoundedFile`: not followed if it is a link,
    /// not waited on if it is a FIFO); nil when there is none, or it is larger than `maximumSize`.
    static func readRegularFile(_ path: String, maximumSize: Int) -> [UInt8]? {
        guard case .bytes(let bytes) = BoundedFile.read(path, maximumSize: maximumSize) else { return nil }
        return bytes
    }

    private func makeFolder(of relativePath: String) throws {
        let folder = (relativePath as NSString).deletingLastPathComponent
        do {
            try createdFolders.withLock {
                if folders.insert(folder).inserted {
                    try FileManager.default.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true)
                }
            }
        } catch {
            throw SiteError.cannotWrite(destination + "/" + relativePath, error.localizedDescription)
        }
    }

    /// Renames a folder of the new site, both paths relative to its root (paths the builder made).
    func move(_ relativePath: String, to newPath: String) throws {
        do {
            try FileManager.default.moveItem(atPath: staging + "/" + relativePath, toPath: staging + "/" + newPath)
        } catch {
            throw SiteError.cannotWrite(destination + "/" + newPath, error.localizedDescription)
        }
    }

    /// Puts the new site in place of the old one.
    func commit() throws {
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
        Self.removeTree(old)
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
        try? FileManager.default.removeItem(atPath: staging)
    }
}
