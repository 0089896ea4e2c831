/// What became of a milestone, when a `done` day does not say it all: `done` (reached, on a day the
/// sources do not give), `missed` (its due date passed without it), `dropped` (abandoned or replaced),
/// `not-reported` (the sources do not say what happened).
public enum MilestoneOutcome: String, Vocabulary {
    case done, missed, dropped
    case notReported = "not-reported"
    public static let vocabularyName = "milestone outcome"
}
