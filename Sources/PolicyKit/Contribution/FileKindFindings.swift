import GitKit

/// What kind of file a branch puts in the record folders: only plain files belong there. A
/// submodule, a symbolic link or an executable bit is reported as what it is, never read.
enum FileKindFindings {
    /// Names that may sit in a record folder without being records.
    static let allowedNonRecords: Set<String> = [".gitkeep", "readme.md"]

    /// Findings for a file inside the record folders (files elsewhere, which `review.paths` may
    /// allow, such as scripts, keep whatever mode they have).
    static func findings(_ delta: TreeDelta) -> [Finding] {
        var findings: [Finding] = []
        let path = delta.path
        guard isInRecordFolder(path) || isInRecordFolder(delta.oldPath ?? path) else { return [] }
        switch delta.newKind {
        case .submodule?:
            findings.append(
                .error(
                    "a submodule (a link to commit \(delta.newID?.short ?? "?") of another repository): "
                        + "a knowledge base holds its own files, so commit the file itself", in: path))
        default:  // symbolic links are reported by check, which never follows them
            break
        }
        if let old = delta.oldKind, let new = delta.newKind, old != new, delta.status != .renamed || old != .blob {
            findings.append(
                .error(
                    "the file mode changes from \(old.mode) (\(describe(old))) to \(new.mode) (\(describe(new))): "
                        + "records and evidence are plain files (100644)", in: path))
        } else if delta.oldKind == nil, delta.newKind == .executable {
            findings.append(.error("an executable file (mode 100755): records and evidence are plain files (100644)", in: path))
        }
        if delta.newID != nil, case .ignored = RecordLocation(path: path),
            let name = path.split(separator: "/").last, !allowedNonRecords.contains(name.lowercased())
        {
            findings.append(
                .error(
                    "not a record: only records (and evidence files under projects/<id>/evidence/files/) "
                        + "belong in \(RecordLocation.folders.joined(separator: "/, "))/", in: path))
        }
        return findings
    }

    private static func isInRecordFolder(_ path: String) -> Bool {
        RecordLocation.folders.contains { path.hasPrefix($0 + "/") }
    }

    private static func describe(_ kind: TreeEntryKind) -> String {
        switch kind {
        case .blob: "a file"
        case .executable: "an executable"
        case .symlink: "a symbolic link"
        case .tree: "a folder"
        case .submodule: "a submodule"
        }
    }
}
