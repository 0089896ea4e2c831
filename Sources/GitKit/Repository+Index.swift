internal import CGit2
import Foundation
import Platform

extension Repository {
    /// Sets the `.git/index` entries of `entries`' paths to these blobs (nil: removes the
    /// entry), keeping every other entry as it is, and writes the index atomically.
    ///
    /// Meant for after a commit built with `buildTree`, so that `git status` is clean for
    /// the touched paths: when the work-tree file already holds the blob, the entry takes
    /// the file's stat data (as `git add` would); the mode is the one the entry had (100644 for
    /// a new one). Takes `index.lock` for the whole read-change-write (see `editIndex`); throws
    /// `.locked` if another process holds it.
    /// Does nothing in a bare repository.
    public func updateIndexEntries(
        _ entries: [String: ObjectID?], temporaryDirectory: String,
        whileLocked: () -> Void = {}
    ) throws {
        try editIndex(paths: entries.keys, temporaryDirectory: temporaryDirectory, whileLocked: whileLocked) { index, path in
            if case .some(.some(let id)) = entries[path] {
                try setIndexEntry(index, path, id)
            } else {
                try removeIndexEntry(index, path)
            }
        }
    }

    /// The path of the index file this repository uses (`$GIT_INDEX_FILE` when it was opened
    /// with `discover` and that is set); nil for a bare repository. Does not read the index.
    public func indexPath() throws -> String? {
        guard !isBare else { return nil }
        return environmentIndexFile ?? gitDirectory + "/index"
    }

    /// Reads, changes and writes the index as one step under its lock, as git does: takes
    /// `index.lock` (`.locked` when another process holds it), reads the index as it is now,
    /// calls `edit` for each of `paths` (validated, in order) on a copy in `temporaryDirectory`
    /// (same file system), and renames the copy over the index, so that no concurrent writer's
    /// entry is lost. `whileLocked` runs with the lock held, before the index is read.
    /// Does nothing in a bare repository.
    func editIndex(
        paths: some Collection<String>, temporaryDirectory: String, whileLocked: () -> Void = {},
        _ edit: (OpaquePointer, String) throws -> Void
    ) throws {
        guard let indexFile = try indexPath() else { return }
        let paths = paths.sorted()
        for path in paths { try Repository.validateTreePath(path) }
        let lock = try LockFile(for: indexFile, temporaryDirectory: temporaryDirectory)
        defer { lock.release() }
        whileLocked()
        let copy = temporaryDirectory + "/" + TemporaryName.make("index")
        defer { unlink(copy); unlink(copy + ".lock") }
        if let current = FileManager.default.contents(atPath: indexFile) {
            // Not flushed: libgit2 rewrites the copy, and that is flushed before the rename.
            try DurableFile.create(copy, current, sync: false)
        }
        let index = try Handle.make("git_index_open", release: git_index_free) { git_index_open($0, copy) }
        try index.withPointer { index in
            try check(git_index_read(index, 1), "git_index_read")
            for path in paths { try edit(index, path) }
            try check(git_index_write(index), "git_index_write")
        }
        try lock.commit(replacing: indexFile, with: copy)
    }

    /// Adds (or replaces) the stage-0 entry of `path`: blob `id` with `mode`, and the stat data of
    /// the work-tree file when it holds exactly that (as `git add` records it), so that `git status`
    /// need not read it again.
    func addIndexEntry(_ index: OpaquePointer, _ path: String, _ id: ObjectID, mode: UInt32) throws {
        var info = stat()
        let holds = try workTreeFile(path, holds: id, mode: mode, stat: &info)
        try path.withCString { cPath in
            var entry = git_index_entry()
            entry.mode = mode
            entry.id = id.oid
            entry.path = cPath
            if holds {
                entry.ctime = git_index_time(
                    seconds: Int32(truncatingIfNeeded: info.statusChangeTime.tv_sec),
                    nanoseconds: UInt32(truncatingIfNeeded: info.statusChangeTime.tv_nsec))
                entry.mtime = git_index_time(
                    seconds: Int32(truncatingIfNeeded: info.modificationTime.tv_sec),
                    nanoseconds: UInt32(truncatingIfNeeded: info.modificationTime.tv_nsec))
                entry.dev = UInt32(truncatingIfNeeded: info.st_dev)
                entry.ino = UInt32(truncatingIfNeeded: info.st_ino)
                entry.uid = info.st_uid
                entry.gid = info.st_gid
                entry.file_size = UInt32(truncatingIfNeeded: info.st_size)
            }
            try check(git_index_add(index, &entry), "git_index_add")
        }
    }

    func removeIndexEntry(_ index: OpaquePointer, _ path: String) throws {
        if git_index_get_bypath(index, path, 0) != nil {
            try check(git_index_remove(index, path, 0), "git_index_remove")
        }
    }

    private func setIndexEntry(_ index: OpaquePointer, _ path: String, _ id: ObjectID) throws {
        let mode = git_index_get_bypath(index, path, 0)?.pointee.mode ?? 0o100644
        try addIndexEntry(index, path, id, mode: mode)
    }

    /// Whether the work-tree file at `path` exists with `mode` and hashes (after filters) to
    /// `id`; `stat` receives its stat data.
    private func workTreeFile(_ path: String, holds id: ObjectID, mode: UInt32, stat info: inout stat) throws -> Bool {
        guard let workingDirectory else { return false }
        let full = workingDirectory + "/" + path
        guard lstat(full, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        var oid = git_oid()
        switch mode {
        case 0o120000:
            guard type == S_IFLNK, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) else { return false }
            let bytes = Array(target.utf8)
            try check(bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }, "git_odb_hash")
        case 0o100644, 0o100755:
            guard type == S_IFREG, (info.st_mode & 0o100 != 0) == (mode == 0o100755) else { return false }
            do {
                try check(git_repository_hashfile(&oid, pointer, full, GIT_OBJECT_BLOB, nil), "git_repository_hashfile")
            } catch {
                return false  // unreadable: not the blob
            }
        default:
            return false
        }
        return ObjectID(oid) == id
    }
}

/// What to do with one index entry, decided from the entry as it is under the lock.
public enum IndexEntryChange: Sendable, Equatable {
    /// Leave the entry as it is.
    case keep
    /// Set the stage-0 entry to this file (with the work-tree file's stat data when it holds it).
    case set(TreeFile)
    /// Remove the entry.
    case remove
}

extension Repository {
    /// Like `updateIndexFiles`, but each path's change is decided by `decide` from its current
    /// stage-0 entry (nil when there is none), read under the index lock, so that an entry
    /// someone else changed meanwhile can be kept.
    public func editIndexEntries(
        paths: some Collection<String>, temporaryDirectory: String,
        _ decide: (String, TreeFile?) throws -> IndexEntryChange
    ) throws {
        try editIndex(paths: paths, temporaryDirectory: temporaryDirectory) { index, path in
            let current = git_index_get_bypath(index, path, 0).map { entry in
                TreeFile(id: ObjectID(entry.pointee.id), kind: TreeEntryKind(mode: git_filemode_t(rawValue: entry.pointee.mode)))
            }
            switch try decide(path, current) {
            case .keep: break
            case .set(let file): try addIndexEntry(index, path, file.id, mode: file.mode)
            case .remove: try removeIndexEntry(index, path)
            }
        }
    }

    /// The stage-0 index entry of `path`, read from the index file now; nil when there is none
    /// (or the repository is bare).
    public func indexEntry(at path: String) throws -> TreeFile? {
        guard let indexFile = try indexPath(), FileManager.default.fileExists(atPath: indexFile) else { return nil }
        let index = try Handle.make("git_index_open", release: git_index_free) { git_index_open($0, indexFile) }
        return index.withPointer { index in
            git_index_get_bypath(index, path, 0).map { entry in
                TreeFile(id: ObjectID(entry.pointee.id), kind: TreeEntryKind(mode: git_filemode_t(rawValue: entry.pointee.mode)))
            }
        }
    }

    /// The blob id `bytes` would have, without writing it.
    public func blobID(of bytes: [UInt8]) throws -> ObjectID {
        var oid = git_oid()
        try check(bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }, "git_odb_hash")
        return ObjectID(oid)
    }
}
