import GitKit

/// Which source paths each imported record's file has had: its path in the source's revision,
/// then the older ones it was renamed from, found walking the history newest first.
struct Lineage {
    /// Record id -> its file's paths, newest first.
    private(set) var paths: [RecordID: [String]] = [:]
    /// Source path -> the record it belongs to (a path that two files held in turn belongs to the newest).
    private var owners: [String: RecordID] = [:]

    init(plan: CollectionPlan) {
        for item in plan.items {
            paths[item.converted.id] = [item.sourcePath]
            owners[item.sourcePath] = item.converted.id
        }
    }

    /// The record the file at `path` belongs to, if any.
    func id(of path: String) -> RecordID? { owners[path] }

    /// Adds the old paths of renames whose new path belongs to a record.
    mutating func follow(_ renames: [TreeDelta]) {
        for delta in renames {
            guard let new = delta.newPath, let old = delta.oldPath, let id = owners[new], owners[old] == nil else { continue }
            owners[old] = id
            paths[id, default: []].append(old)
        }
    }
}
