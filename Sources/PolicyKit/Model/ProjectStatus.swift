/// Where a project stands, from proposed to closed (or cancelled).
public enum ProjectStatus: String, Vocabulary {
    /// Proposed; commissioned; work under way; delivered; closed; cancelled.
    case proposed, commissioned, active, delivered, closed, cancelled
    /// What the field is called in messages.
    public static let vocabularyName = "status"
}
