/// Claims cite evidence, and their verifications carry the digest of the statement they confirmed
/// (and the stakeholder's signature, when they have a signing key).
struct ClaimRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for claim in kb.claims where kb.checks(claim.source) {
            let path = claim.source.path
            if claim.evidence.isEmpty {
                findings.append(
                    .warning("claim cites no evidence (add 'evidence: [<evidence id>]')", in: path, at: claim.source.position(of: "statement")))
            }
            let digest = SHA256.ofStatement(claim.statement)
            let latest = claim.latestVerifications()
            for verification in claim.verifications {
                guard let recorded = verification.statementSHA256 else {
                    findings.append(
                        .error(
                            "verification by '\(verification.stakeholder.value)' has no 'statement_sha256' (the SHA-256 of the statement it confirmed)",
                            in: path, at: verification.stakeholder.position))
                    continue
                }
                if recorded.count != 64 || !recorded.allSatisfy(\.isHexDigit) {
                    findings.append(
                        .error(
                            "verification by '\(verification.stakeholder.value)' has a malformed 'statement_sha256' (expected 64 hex digits)",
                            in: path, at: verification.stakeholder.position))
                } else if recorded.lowercased() != digest {
                    findings.append(
                        .warning(
                            "verification by '\(verification.stakeholder.value)' is stale: the statement changed after it was given",
                            in: path, at: verification.stakeholder.position))
                }
                if verification.verdict == .confirmed, latest.contains(verification),
                    verification.signatureVerifies(of: claim, in: kb.project(claim.project), settings: kb.settings) == false
                {
                    let what = verification.signature == nil ? "is not signed" : "has a signature that does not verify"
                    findings.append(
                        .warning(
                            "verification by '\(verification.stakeholder.value)' \(what) with their signing_key, so it does not count",
                            in: path, at: verification.stakeholder.position))
                }
            }
        }
    }
}
