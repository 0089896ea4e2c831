/// The kind of impact a claim is of.
public enum ClaimKind: String, Vocabulary {
    /// A policy was made or changed.
    case policyChange = "policy-change"
    /// A public service was made or changed.
    case serviceChange = "service-change"
    /// More or other people took part; the lab's or government's capability grew; government became more
    /// transparent; another kind of impact.
    case participation, capability, transparency, other
    /// What the field is called in messages.
    public static let vocabularyName = "claim kind"
}
