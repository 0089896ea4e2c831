/// What became of a milestone, when a `done` day does not say it all: `done` (reached, on a day the
/// sources do not give), `missed` (its due date passed without it), `dropped` (abandoned or replaced),
/// `not-reported` (the sources do not say what happened).
public enum MilestoneOutcome: String, Vocabulary {
    /// Reached; its due date passed without it; abandoned or replaced.
    case done, missed, dropped
    /// The sources do not say what happened.
    case notReported = "not-reported"
    /// What the field is called in messages.
    public static let vocabularyName = "milestone outcome"
}
