/// What kind of document or material a piece of evidence is.
public enum EvidenceKind: String, Vocabulary {
    /// A report, a dataset, an evaluation or a survey.
    case report, dataset, evaluation, survey
    /// Notes of interviews.
    case interviewNotes = "interview-notes"
    /// What a workshop produced.
    case workshopOutput = "workshop-output"
    /// A blog post, a video, or anything else.
    case blog, video, other
    /// What the field is called in messages.
    public static let vocabularyName = "evidence kind"
}
