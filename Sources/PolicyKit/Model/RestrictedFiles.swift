/// The evidence files that restricted evidence points at: restriction follows the file, so a
/// public record naming the same file (or a copy with the same SHA-256) publishes nothing of it.
public struct RestrictedFiles: Sendable {
    private var paths: [String: Evidence] = [:]
    private var digests: [String: Evidence] = [:]

    /// The SHA-256 of each evidence file present, by path.
    private let fileDigests: [String: String]

    /// The restricted evidence files of `knowledgeBase`, by path and by the digest of the files present.
    public init(_ knowledgeBase: KnowledgeBase) {
        fileDigests = knowledgeBase.evidenceFileDigests
        // By position: a loop over the records would copy each of them, restricted or not.
        for position in knowledgeBase.evidence.indices where knowledgeBase.evidence[position].access == .restricted {
            let item = knowledgeBase.evidence[position]
            guard let file = item.file else { continue }
            let path = "projects/\(item.project)/\(file)"
            paths[path] = item
            if let digest = fileDigests[path] { digests[digest] = item }
        }
    }

    /// The restricted evidence whose file `item` also points at, by path or by the content of the
    /// file present (the digests of files, never the digests records claim), if any.
    public func restrictedOwner(of item: Evidence) -> Evidence? {
        guard let file = item.file else { return nil }
        let path = "projects/\(item.project)/\(file)"
        if let owner = paths[path], owner != item { return owner }
        if let digest = fileDigests[path], let owner = digests[digest], owner != item { return owner }
        return nil
    }

    /// Whether `item` (public or not) points at a restricted file.
    public func covers(_ item: Evidence) -> Bool { item.access == .restricted || restrictedOwner(of: item) != nil }
}
