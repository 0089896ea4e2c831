internal import CGit2

extension Repository {
    /// Sets the `.git/index` entries of `entries`' paths to these blobs (nil: removes the
    /// entry), keeping every other entry as it is, and writes the index atomically.
    ///
    /// Meant for after a commit built with `buildTree`, so that `git status` is clean for
    /// the touched paths: when the work-tree file already holds the blob, the entry takes
    /// the file's stat data and mode (as `git add` would); otherwise it keeps the mode the
    /// entry had (100644 for a new one). Throws `.locked` if `index.lock` exists.
    /// Does nothing in a bare repository.
    public func updateIndexEntries(_ entries: [String: ObjectID?]) throws {
        try editIndex(paths: entries.keys) { index, path in
            if case .some(.some(let id)) = entries[path] {
                try setIndexEntry(index, path, id)
            } else {
                try removeIndexEntry(index, path)
            }
        }
    }

    /// Reads the index, calls `edit` for each of `paths` (validated, in order) and writes the index
    /// atomically. Does nothing in a bare repository.
    func editIndex(paths: some Collection<String>, _ edit: (OpaquePointer, String) throws -> Void) throws {
        guard !isBare else { return }
        let paths = paths.sorted()
        for path in paths { try Repository.validateTreePath(path) }
        let index = try Handle.make("git_repository_index", release: git_index_free) {
            git_repository_index($0, pointer)
        }
        try index.withPointer { index in
            try check(git_index_read(index, 1), "git_index_read")
            for path in paths { try edit(index, path) }
            do {
                try check(git_index_write(index), "git_index_write")
            } catch let error as GitError where error.code == .locked {
                // libgit2's message does not say which file is in the way.
                let path = git_index_path(index).map { String(cString: $0) } ?? "index"
                throw error.with(message: "cannot lock '\(path).lock': " + error.message)
            }
        }
    }

    func removeIndexEntry(_ index: OpaquePointer, _ path: String) throws {
        if git_index_get_bypath(index, path, 0) != nil {
            try check(git_index_remove(index, path, 0), "git_index_remove")
        }
    }

    private func setIndexEntry(_ index: OpaquePointer, _ path: String, _ id: ObjectID) throws {
        if try workTreeFile(path, holds: id) {
            try check(git_index_add_bypath(index, path), "git_index_add_bypath")
        } else {
            let mode = git_index_get_bypath(index, path, 0)?.pointee.mode ?? 0o100644
            try addToIndex(index, path, id, mode: mode)
        }
    }

    /// Whether the work-tree file at `path` exists and hashes (after filters) to `id`.
    private func workTreeFile(_ path: String, holds id: ObjectID) throws -> Bool {
        guard let workingDirectory else { return false }
        var oid = git_oid()
        do {
            try check(git_repository_hashfile(&oid, pointer, workingDirectory + "/" + path,
                                              GIT_OBJECT_BLOB, nil), "git_repository_hashfile")
        } catch {
            return false  // missing, a directory, unreadable: not the blob
        }
        return ObjectID(oid) == id
    }
}
