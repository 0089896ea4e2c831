/// Reads an impact claim's front matter, with its requests and verifications.
enum ClaimReading {
    static func read(_ reader: FieldReader, id: RecordID, project: RecordID, source: RecordSource) -> ImpactClaim {
        ImpactClaim(
            id: id,
            project: project,
            statement: reader.required("statement", fallback: ""),
            kind: reader.required("kind", fallback: ClaimKind.other),
            evidence: reader.list("evidence"),
            requested: reader.mappings("requested") { item in
                let stakeholder: RecordID? = item.required("stakeholder")
                let on: Day? = item.optional("on")
                return stakeholder.map { VerificationRequest(stakeholder: Located($0, at: item.keyPositions["stakeholder"]), on: on) }
            }.compactMap { $0 },
            verifications: reader.mappings("verifications") { item in
                let stakeholder: RecordID? = item.required("stakeholder")
                let verdict: Verdict? = item.required("verdict")
                let verification = Verification(
                    stakeholder: Located(stakeholder ?? id, at: item.keyPositions["stakeholder"]),
                    verdict: verdict ?? .disputed,
                    on: item.optional("on"),
                    note: item.optional("note"),
                    recordedBy: item.optional("recorded_by"),
                    statementSHA256: item.optional("statement_sha256"),
                    signature: item.optional("signature"))
                return stakeholder == nil || verdict == nil ? nil : verification
            }.compactMap { $0 },
            source: source)
    }
}
