import GitKit

/// Lists the knowledge base files of a commit's tree, straight from git objects.
enum GitTreeListing {
    static func files(in repository: Repository, commit: ObjectID, folders: [String], topFiles: [String]) throws -> [SourceFile] {
        let tree = try repository.commit(commit).tree
        var files: [SourceFile] = []
        try repository.walkTree(tree) { path, entry in
            let top = path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? path
            let isTopLevel = !path.contains("/")
            if isTopLevel && entry.kind != .tree {
                // A link in place of a folder is reported like any other link, rather than silently skipped.
                if topFiles.contains(path) || (folders.contains(path) && entry.kind == .symlink) { files.append(file(path, entry)) }
                return false
            }
            guard folders.contains(top) else { return false }
            if entry.kind != .tree { files.append(file(path, entry)) }
            return true
        }
        return files
    }

    private static func file(_ path: String, _ entry: TreeEntry) -> SourceFile {
        switch entry.kind {
        case .blob, .executable: SourceFile(path: path, kind: .regular, blob: entry.id)
        case .symlink: SourceFile(path: path, kind: .symbolicLink, blob: nil)
        case .tree, .submodule: SourceFile(path: path, kind: .special, blob: nil)
        }
    }
}
