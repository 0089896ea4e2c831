/// Restriction follows the file: public evidence may not point at a file that restricted evidence
/// points at, by path or by content (the same SHA-256).
struct RestrictedFileRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        let restricted = RestrictedFiles(kb)
        for item in kb.evidence where item.access == .public && kb.checks(item.source) {
            guard let owner = restricted.restrictedOwner(of: item) else { continue }
            findings.append(
                .error(
                    "'file' is the file of restricted evidence \(owner.qualifiedID) (\(owner.source.path)): a file is restricted "
                        + "wherever it is referenced, so this evidence must be restricted too, or point at another file",
                    in: item.source.path, at: item.source.position(of: "file")))
        }
    }
}
