/// A closed list of words a field may take, such as a method's phases or a claim's kind.
///
/// Decoding an unknown word fails with a message that lists the allowed words and suggests
/// the closest one, e.g. `unknown status 'enabled' (expected proposed, ...)`.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Codable, Sendable, Hashable {
    /// What the field is called in messages ("status", "phase").
    static var vocabularyName: String { get }
}

extension Vocabulary {
    public static var allowedWords: [String] { allCases.map(\.rawValue) }

    /// The message for a word that is not in the vocabulary.
    public static func unknownWordMessage(_ word: String) -> String {
        "unknown \(vocabularyName) '\(word)' (expected \(allowedWords.joined(separator: ", ")))"
            + Suggestion.hint(for: word, among: allowedWords)
    }

    public init(from decoder: any Decoder) throws {
        let word = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: word) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: Self.unknownWordMessage(word)))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The four phases of the Open Policy Making toolkit (the Double Diamond).
public enum Phase: String, Vocabulary {
    case discover, define, develop, deliver
    public static let vocabularyName = "phase"
}

public enum MethodStatus: String, Vocabulary {
    case draft, published, retired
    public static let vocabularyName = "status"
}

public enum Cost: String, Vocabulary {
    case low, medium, high
    public static let vocabularyName = "cost"
}

/// The level of public participation a method gives, on the IAP2 spectrum of public participation,
/// from least to most public influence on the decision (the order of `allCases`).
public enum ParticipationLevel: String, Vocabulary {
    case inform, consult, involve, collaborate, empower
    public static let vocabularyName = "participation level"
}

public enum ProjectStatus: String, Vocabulary {
    case proposed, commissioned, active, delivered, closed, cancelled
    public static let vocabularyName = "status"
}

public enum StakeholderKind: String, Vocabulary {
    case department
    case localAuthority = "local-authority"
    case cso
    case citizenGroup = "citizen-group"
    case academic, `private`, lab
    /// An international or multilateral body, such as the Open Government Partnership and its IRM.
    case international
    public static let vocabularyName = "stakeholder kind"
}

/// What became of a milestone, when a `done` day does not say it all: `done` (reached, on a day the
/// sources do not give), `missed` (its due date passed without it), `dropped` (abandoned or replaced),
/// `not-reported` (the sources do not say what happened).
public enum MilestoneOutcome: String, Vocabulary {
    case done, missed, dropped
    case notReported = "not-reported"
    public static let vocabularyName = "milestone outcome"
}

public enum EvidenceKind: String, Vocabulary {
    case report, dataset, evaluation, survey
    case interviewNotes = "interview-notes"
    case workshopOutput = "workshop-output"
    case blog, video, other
    public static let vocabularyName = "evidence kind"
}

/// Restricted evidence never leaves the repository in any output.
public enum Access: String, Vocabulary {
    case `public`, restricted
    public static let vocabularyName = "access"
}

public enum ClaimKind: String, Vocabulary {
    case policyChange = "policy-change"
    case serviceChange = "service-change"
    case participation, capability, transparency, other
    public static let vocabularyName = "claim kind"
}

public enum Verdict: String, Vocabulary {
    case confirmed, partly, disputed
    public static let vocabularyName = "verdict"
}

public enum LessonStatus: String, Vocabulary {
    case draft, published
    public static let vocabularyName = "status"
}

/// The open government values of the Independent Reporting Mechanism (IRM).
public enum OGPValue: String, Vocabulary {
    case accessToInformation = "access-to-information"
    case civicParticipation = "civic-participation"
    case publicAccountability = "public-accountability"
    case technologyAndInnovation = "technology-and-innovation"
    public static let vocabularyName = "OGP value"
}

public enum PotentialImpact: String, Vocabulary {
    case none, minor, moderate, transformative
    public static let vocabularyName = "potential impact"
}

public enum Completion: String, Vocabulary {
    case notStarted = "not-started"
    case limited, substantial, complete
    public static let vocabularyName = "completion"
}

public enum OpenedGovernment: String, Vocabulary {
    case worsened
    case didNotChange = "did-not-change"
    case marginal, major, outstanding
    public static let vocabularyName = "opened-government rating"
}

/// The forges whose web editor and issue form the site links to.
public enum Forge: String, Vocabulary {
    case github, gitlab, gitea
    public static let vocabularyName = "forge"
}
