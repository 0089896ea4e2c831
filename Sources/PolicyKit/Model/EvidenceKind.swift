public enum EvidenceKind: String, Vocabulary {
    case report, dataset, evaluation, survey
    case interviewNotes = "interview-notes"
    case workshopOutput = "workshop-output"
    case blog, video, other
    public static let vocabularyName = "evidence kind"
}
