/// The open government values of the Independent Reporting Mechanism (IRM).
public enum OGPValue: String, Vocabulary {
    case accessToInformation = "access-to-information"
    case civicParticipation = "civic-participation"
    case publicAccountability = "public-accountability"
    case technologyAndInnovation = "technology-and-innovation"
    public static let vocabularyName = "OGP value"
}
