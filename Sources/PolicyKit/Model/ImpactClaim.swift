/// A claim of impact (`projects/<p>/impact/<id>.md`), with the stakeholders asked to verify it and their answers.
public struct ImpactClaim: Sendable, Hashable, Encodable {
    /// The claim's id, unique within its project.
    public var id: RecordID
    /// The id of the project the claim is about.
    public var project: RecordID
    /// One measurable sentence.
    public var statement: String
    /// What kind of impact is claimed.
    public var kind: ClaimKind
    /// Ids of the project's evidence supporting the claim, each where it was written.
    public var evidence: [Located<RecordID>]
    /// The stakeholders asked to verify the claim, in the order asked.
    public var requested: [VerificationRequest]
    /// The stakeholders' verdicts, in the order recorded (a later one of the same stakeholder replaces an earlier).
    public var verifications: [Verification]
    /// Where the record was read from.
    public var source: RecordSource
    /// In a knowledge base shown in another language (`KnowledgeBase.localized(into:)`), the
    /// statement in the source language that verifications confirmed; nil: `statement` itself.
    public var verifiedStatement: String? = nil
    /// In a knowledge base shown in another language, whether the claim's translation is not
    /// current, parity-clean and fully translated: it is then not shown as verified but as
    /// awaiting an up-to-date translation.
    public var awaitsTranslation = false

    enum CodingKeys: String, CodingKey { case id, project, statement, kind, evidence, requested, verifications, source }

    /// `<project>/<id>`, the way a claim is named outside its project.
    public var qualifiedID: String { "\(project)/\(id)" }
}
