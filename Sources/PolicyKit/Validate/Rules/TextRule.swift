/// Limits on free text: short method summaries, well-formed OGP commitment ids.
struct TextRule: Rule {
    static let maximumSummaryLength = 300

    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for method in kb.methods where kb.checks(method.source) && method.summary.count > Self.maximumSummaryLength {
            findings.append(
                .error(
                    "'summary' is \(method.summary.count) characters; keep it to one or two sentences (at most \(Self.maximumSummaryLength))",
                    in: method.source.path, at: method.source.position(of: "summary")))
        }
        for project in kb.projects where kb.checks(project.source) {
            if let commitment = project.ogpCommitment, !Self.isCommitmentID(commitment) {
                findings.append(
                    .error(
                        "'ogp_commitment' should be an OGP commitment id such as 'UK0092', not '\(commitment)'",
                        in: project.source.path, at: project.source.position(of: "ogp_commitment")))
            }
        }
    }

    /// Two to four capital letters then digits, optionally a dotted suffix: UK0092, CA0020, FR0031.
    static func isCommitmentID(_ text: String) -> Bool {
        let letters = text.prefix { $0.isASCII && $0.isUppercase }
        let digits = text.dropFirst(letters.count)
        return (2...4).contains(letters.count) && !digits.isEmpty && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && digits.first?.isNumber == true
    }
}
