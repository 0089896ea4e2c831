public enum ClaimKind: String, Vocabulary {
    case policyChange = "policy-change"
    case serviceChange = "service-change"
    case participation, capability, transparency, other
    public static let vocabularyName = "claim kind"
}
