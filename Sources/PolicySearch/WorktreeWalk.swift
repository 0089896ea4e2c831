import Dispatch
import Foundation
import PolicyKit
import Platform

/// The record files of a working tree, found as `DirectoryListing` finds them (same order, links
/// never followed), together with the status of every folder walked, taken before the folder is
/// read: a file added, removed or renamed later changes its folder's times, which is how a cached
/// index notices it (see `WorktreeSnapshot`).
struct WorktreeWalk {
    var records: [(file: SourceFile, kind: RecordKind)] = []
    /// Each top-level folder (present or not) and every folder under one, with its status.
    var folders: [(path: String, status: FileStatus)] = []
    /// Whether the root holds a `policylab.yaml`.
    var hasSettings = false

    /// Whether each folder's status is taken (for an index's key; a query scan needs none).
    private var takesStatuses = true

    init(root: String, takingStatuses: Bool = true) throws {
        takesStatuses = takingStatuses
        var info = stat()
        hasSettings = lstat(root + "/" + Settings.fileName, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR
        for folder in RecordLocation.folders {
            guard lstat(root + "/" + folder, &info) == 0 else {
                folders.append((folder, .absent))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                try walk(root: root, relative: folder, parts: [folder])
            } else {
                folders.append((folder, FileStatus(info)))
            }
        }
    }

    private mutating func walk(root: String, relative: String, parts: [String]) throws {
        let children = try list(root: root, relative: relative)
        // A top-level folder with many entries (`projects/`): its subfolders are walked by all
        // cores, each a contiguous run of them, and the runs joined in order, as one walk finds them.
        let workers = parts.count == 1 && children.count >= 256 ? ProcessInfo.processInfo.activeProcessorCount : 1
        guard workers > 1 else {
            for child in children { try visit(child, root: root, relative: relative, parts: parts) }
            return
        }
        let takesStatuses = takesStatuses
        let runs = try ParallelRuns.map(children.count, runs: workers) { range throws(any Error) in
            var run = WorktreeWalk(takingStatuses: takesStatuses)
            for child in children[range] { try run.visit(child, root: root, relative: relative, parts: parts) }
            return run
        }
        for walked in runs {
            records += walked.records
            folders += walked.folders
        }
    }

    private init(takingStatuses: Bool) { takesStatuses = takingStatuses }

    /// The entry `child` of the folder `relative`: walked when a folder, kept when a record file.
    private mutating func visit(_ child: (name: String, kind: DirectoryListing.EntryKind), root: String, relative: String, parts: [String]) throws {
        let path = relative + "/" + child.name
        if child.kind == .directory {
            try walk(root: root, relative: path, parts: parts + [child.name])
        } else if child.kind == .file, let kind = Self.recordKind(in: parts, name: child.name) {
            records.append((SourceFile(path: path, kind: .regular), kind))
        }
    }

    /// The entries of the folder `relative`, sorted by name, its status noted first.
    private mutating func list(root: String, relative: String) throws -> [(name: String, kind: DirectoryListing.EntryKind)] {
        guard let directory = opendir(root + "/" + relative) else {
            throw LoadError.unreadable(path: relative, reason: String(cString: strerror(errno)))
        }
        defer { closedir(directory) }
        var info = stat()
        if takesStatuses {
            guard fstat(dirfd(directory), &info) == 0 else { throw LoadError.unreadable(path: relative, reason: String(cString: strerror(errno))) }
            folders.append((relative, FileStatus(info)))
        }
        return DirectoryListing.entries(of: directory, at: root + "/" + relative)
    }

    /// `RecordLocation`'s rules for a file `name` in the folder `parts`, without splitting a path
    /// per file (which cost a tenth of a scan of 50,000 files).
    static func recordKind(in parts: [String], name: String) -> RecordKind? {
        let markdown = name.hasSuffix(".md") && !name.hasPrefix(".") && name.lowercased() != "readme.md"
        switch parts.count {
        case 1 where parts[0] == "lessons": return markdown ? .lesson : nil
        case 2 where parts[0] == "toolkit" && parts[1] == "methods": return markdown ? .method : nil
        case 2 where parts[0] == "projects": return name == "project.md" ? .project : nil
        case 3 where parts[0] == "projects" && parts[2] == "evidence": return markdown ? .evidence : nil
        case 3 where parts[0] == "projects" && parts[2] == "impact": return markdown ? .claim : nil
        default: return nil
        }
    }
}
