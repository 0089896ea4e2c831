import Foundation
import GitKit

/// Where `import collection` reads: a plain folder, or one revision of a git repository, read
/// straight from its objects through GitKit (never its working tree, never the `git` program).
public struct CollectionSource {
    /// One entry found under the collection's folder.
    struct Entry {
        /// What the entry is; only regular files are read.
        enum Kind: Equatable { case file, symlink, submodule, other, undecodableName }
        /// The path from the source's root, `/`-separated.
        var path: String
        var kind: Kind
        /// The blob, when read from git.
        var blob: ObjectID?
    }

    /// What the source is.
    public enum Origin {
        /// A folder on disk.
        case folder(String)
        /// A commit of a git repository.
        case revision(Repository, commit: ObjectID)
    }

    /// The folder or the repository and commit.
    public let origin: Origin

    /// Opens `path`: the revision `revision` (HEAD when nil) of the repository whose root it is,
    /// else the plain folder (no revision may then be given).
    public static func open(_ path: String, revision: String?) throws -> CollectionSource {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ImportError.source("\(path): no such folder")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let repository = try? Repository.open(at: absolute) {
            let wanted = revision ?? "HEAD"
            do {
                return CollectionSource(origin: .revision(repository, commit: try repository.resolveCommit(wanted)))
            } catch {
                throw ImportError.source("\(path): no commit '\(wanted)' in this repository (\(error))")
            }
        }
        if let revision {
            throw ImportError.usage("\(path) is not the root of a git repository, so it has no revision '\(revision)'")
        }
        return CollectionSource(origin: .folder(absolute))
    }

    /// The source's commit, when it is a git repository.
    public var commit: ObjectID? {
        if case .revision(_, let commit) = origin { return commit }
        return nil
    }

    /// The source's location, for messages and the default `Policylab-Imported-From` name.
    public var location: String {
        switch origin {
        case .folder(let path): path
        case .revision(let repository, _): repository.workingDirectory ?? repository.gitDirectory
        }
    }

    /// Every entry under `folder` (the source's root when nil), sorted by path.
    func entries(under folder: String?) throws -> [Entry] {
        let prefix = folder.map { $0.split(separator: "/").joined(separator: "/") }.flatMap { $0.isEmpty ? nil : $0 }
        switch origin {
        case .revision(let repository, let commit):
            return try Self.entries(in: repository, tree: try repository.commit(commit).tree, under: prefix)
        case .folder(let root):
            return try Self.entries(inFolder: root, under: prefix)
        }
    }

    /// The entries of a git tree under `prefix`.
    static func entries(in repository: Repository, tree: ObjectID, under prefix: String?) throws -> [Entry] {
        var start = tree
        if let prefix {
            guard let entry = try repository.entry(at: prefix, inTree: tree), entry.kind == .tree else {
                throw ImportError.source("the source has no folder '\(prefix)' (the map's 'folder')")
            }
            start = entry.id
        }
        var entries: [Entry] = []
        try repository.walkTree(start) { path, entry in
            let full = prefix.map { "\($0)/\(path)" } ?? path
            // A name that is not UTF-8 is shown escaped (`\xFF`); it cannot be looked up again by that text.
            if full.contains("\\x"), entry.kind != .tree, try repository.entry(at: full, inTree: tree) == nil {
                entries.append(Entry(path: full, kind: .undecodableName, blob: nil))
                return false
            }
            switch entry.kind {
            case .tree: return true
            case .blob, .executable: entries.append(Entry(path: full, kind: .file, blob: entry.id))
            case .symlink: entries.append(Entry(path: full, kind: .symlink, blob: entry.id))
            case .submodule: entries.append(Entry(path: full, kind: .submodule, blob: nil))
            }
            return false
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// The entries of a folder on disk under `prefix`; links are reported, never followed.
    private static func entries(inFolder root: String, under prefix: String?) throws -> [Entry] {
        let start = prefix.map { root + "/" + $0 } ?? root
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: start, isDirectory: &isFolder), isFolder.boolValue else {
            throw ImportError.source("the source has no folder '\(prefix ?? root)' (the map's 'folder')")
        }
        var entries: [Entry] = []
        var pending = [prefix ?? ""]
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            for name in try FileManager.default.contentsOfDirectory(atPath: absolute) where name != ".git" {
                let path = folder.isEmpty ? name : folder + "/" + name
                let type = (try? FileManager.default.attributesOfItem(atPath: root + "/" + path))?[.type] as? FileAttributeType
                switch type {
                case .typeDirectory?: pending.append(path)
                case .typeRegular?: entries.append(Entry(path: path, kind: .file))
                case .typeSymbolicLink?: entries.append(Entry(path: path, kind: .symlink))
                default: entries.append(Entry(path: path, kind: .other))
                }
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// The bytes of a regular file, at most `limit` + 1 of them (so that a larger file is known to be too large).
    func read(_ entry: Entry, limit: Int = SourceText.maximumSize) throws -> [UInt8] {
        switch origin {
        case .revision(let repository, _):
            guard let blob = entry.blob else { return [] }
            if try repository.blobSize(blob) > limit { return [UInt8](repeating: 0x20, count: limit + 1) }
            return try repository.blob(blob)
        case .folder(let root):
            // Not followed if it became a link since the listing: a link is reported, never read.
            do {
                return try DirectoryListing.read(root + "/" + entry.path, limit: limit)
            } catch {
                throw ImportError.source("\(entry.path): cannot be read")
            }
        }
    }
}
