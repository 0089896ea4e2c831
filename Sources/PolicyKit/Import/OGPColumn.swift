/// The columns `import ogp` reads from an OGP/IRM commitment table, each known by several
/// headers. Headers are compared without case, spaces or punctuation (`Commitment Title`,
/// `commitment_title` and `commitment title?` are one header).
enum OGPColumn: String, CaseIterable, Sendable {
    case identifier, country, actionPlan, title, text, lead, supporting
    case accessToInformation, civicParticipation, publicAccountability, technologyAndInnovation
    case verifiable, potentialImpact, potentialForResults, completion, openedGovernment, period

    /// The headers accepted for the column, as the README lists them.
    var headers: [String] {
        switch self {
        case .identifier: ["commitment unique identifier", "unique identifier", "commitment id", "commitment identifier", "id"]
        case .country: ["country", "country name", "member"]
        case .actionPlan: ["action plan", "action plan name", "action plan title"]
        case .title: ["commitment title", "title", "commitment name"]
        case .text: ["commitment text", "commitment description", "description", "text"]
        case .lead: ["lead institution", "lead institutions", "lead agency", "lead implementing agency"]
        case .supporting: ["supporting institutions", "supporting institution", "other actors involved", "supporting actors"]
        case .accessToInformation: ["access to information"]
        case .civicParticipation: ["civic participation"]
        case .publicAccountability: ["public accountability"]
        case .technologyAndInnovation:
            ["technology and innovation", "technology and innovation for transparency and accountability"]
        case .verifiable: ["verifiable", "verifiability", "is it verifiable"]
        case .potentialImpact: ["potential impact"]
        case .potentialForResults: ["potential for results"]
        case .completion: ["completion", "end of term completion", "final completion"]
        case .openedGovernment: ["did it open government", "opened government"]
        case .period: ["period", "action plan period", "assessment period"]
        }
    }

    /// A header reduced to its letters and digits, lowercased.
    static func normalised(_ header: String) -> String {
        String(decoding: header.lowercased().utf8.filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self)
    }

    /// The column a header names, if any.
    static func named(_ header: String) -> OGPColumn? { byHeader[normalised(header)] }

    /// Every known header, normalised, with its column (the first column to list it). Made once:
    /// normalising every known header again for each cell of a header row made a wide table slow
    /// (FuzzOGPTable ran at a hundred inputs a second).
    private static let byHeader: [String: OGPColumn] = {
        var columns: [String: OGPColumn] = [:]
        for column in allCases {
            for header in column.headers where columns[normalised(header)] == nil { columns[normalised(header)] = column }
        }
        return columns
    }()
}
