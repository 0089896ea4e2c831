/// Evidence has a link or a file (not both); links are http(s) URLs; files live under the project's
/// `evidence/files/`, exist, and match their recorded SHA-256; strength is 1 to 5.
struct EvidenceRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for item in kb.evidence where kb.checks(item.source) {
            let path = item.source.path
            func at(_ key: String) -> SourcePosition? { item.source.position(of: key) }
            switch (item.link, item.file) {
            case (nil, nil):
                findings.append(.error("evidence needs a 'link' (an http(s) URL) or a 'file' (under evidence/files/)", in: path, at: at("id")))
            case (.some, .some):
                findings.append(.error("evidence has both 'link' and 'file': keep one", in: path, at: at("file")))
            case (.some(let link), nil):
                if !Self.isWebLink(link) {
                    findings.append(.error("'link' must be an http:// or https:// URL, not '\(link)'", in: path, at: at("link")))
                }
            case (nil, .some(let file)):
                checkFile(file, of: item, in: kb, into: &findings)
            }
            if let strength = item.strength, !(1...5).contains(strength) {
                findings.append(.error("'strength' must be 1 to 5 (the Nesta standards of evidence), not \(strength)", in: path, at: at("strength")))
            }
        }
    }

    static func isWebLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        let rest = lower.drop { $0 != "/" }.dropFirst(2)
        return !rest.isEmpty && !rest.hasPrefix("/") && !text.contains(where: { $0 == " " || $0 == "\n" || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    private func checkFile(_ file: String, of item: Evidence, in kb: KnowledgeBase, into findings: inout [Finding]) {
        let path = item.source.path
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard file.hasPrefix("evidence/files/"), parts.count >= 3, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            findings.append(
                .error(
                    "'file' must be a path under evidence/files/ in the project's folder, such as evidence/files/report.pdf, not '\(file)'",
                    in: path, at: item.source.position(of: "file")))
            return
        }
        let full = "projects/\(item.project)/\(file)"
        if kb.oversizedEvidenceFiles.contains(full) {
            findings.append(
                .error(
                    "\(full) is larger than \(Evidence.maximumFileSize >> 20) MiB, the limit for evidence kept in the repository; publish it elsewhere and use 'link'",
                    in: path, at: item.source.position(of: "file")))
            return
        }
        guard let digest = kb.evidenceFileDigests[full] else {
            findings.append(.error("'file' names \(full), which does not exist", in: path, at: item.source.position(of: "file")))
            return
        }
        guard let recorded = item.sha256 else {
            findings.append(.error("evidence with a 'file' needs its 'sha256' (\(digest))", in: path, at: item.source.position(of: "file")))
            return
        }
        if recorded.lowercased() != digest {
            findings.append(
                .error(
                    "'sha256' does not match \(full) (the file's SHA-256 is \(digest)): the file changed or the digest is wrong",
                    in: path, at: item.source.position(of: "sha256")))
        }
    }
}
