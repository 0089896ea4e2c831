/// The open government values of the Independent Reporting Mechanism (IRM).
public enum OGPValue: String, Vocabulary {
    /// Access to information.
    case accessToInformation = "access-to-information"
    /// Civic participation.
    case civicParticipation = "civic-participation"
    /// Public accountability.
    case publicAccountability = "public-accountability"
    /// Technology and innovation for transparency and accountability.
    case technologyAndInnovation = "technology-and-innovation"
    /// What the field is called in messages.
    public static let vocabularyName = "OGP value"
}
