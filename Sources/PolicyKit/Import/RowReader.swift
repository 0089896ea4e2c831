/// Reads one row of an OGP/IRM table: its texts, flags and ratings, each rating mapped onto the
/// scale policylab stores, with a finding naming the line and column for a value it cannot map.
struct RowReader {
    let fields: [String]
    let columns: [OGPColumn: Int]
    let header: [String]
    let path: String
    let line: Int
    var findings: [Finding] = []

    init(fields: [String], columns: [OGPColumn: Int], header: [String], path: String, line: Int) {
        self.fields = fields
        self.columns = columns
        self.header = header
        self.path = path
        self.line = line
    }

    /// The trimmed value of `column`, nil when absent or empty.
    func value(_ column: OGPColumn) -> String? {
        guard let index = columns[column], index < fields.count else { return nil }
        let text = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private var position: SourcePosition { SourcePosition(line: line, column: 1) }

    private mutating func problem(_ column: OGPColumn, _ message: String) {
        let name = columns[column].map { header[$0] } ?? column.rawValue
        findings.append(.error("column '\(name)': \(message)", in: path, at: position))
    }

    /// The row as a commitment; nil (with an error) when its id is missing or malformed.
    mutating func commitment() -> OGPCommitment? {
        guard let raw = value(.identifier) else {
            findings.append(.error("the row has no commitment id", in: path, at: position))
            return nil
        }
        let identifier = raw.uppercased()
        guard identifier.range(of: #"^[A-Z]{2,5}[0-9]{1,6}$"#, options: .regularExpression) != nil else {
            problem(.identifier, "'\(raw)' is not a commitment id (letters then digits, such as UK0092)")
            return nil
        }
        var row = OGPCommitment(identifier: identifier, line: line)
        row.country = value(.country)
        row.title = value(.title)
        row.text = value(.text)
        row.lead = value(.lead)
        row.supporting = (value(.supporting) ?? "").split(whereSeparator: { $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        row.assessment = assessment()
        return row
    }

    private mutating func assessment() -> Assessment? {
        var values: [OGPValue] = []
        let flags: [(OGPColumn, OGPValue)] = [
            (.accessToInformation, .accessToInformation), (.civicParticipation, .civicParticipation),
            (.publicAccountability, .publicAccountability), (.technologyAndInnovation, .technologyAndInnovation),
        ]
        for (column, ogpValue) in flags where flag(column) == true { values.append(ogpValue) }
        let assessment = Assessment(
            verifiable: flag(.verifiable), ogpValues: values,
            potentialImpact: rating(.potentialImpact, PotentialImpact.self),
            potentialForResults: rating(.potentialForResults, PotentialForResults.self),
            completion: completion(), openedGovernment: rating(.openedGovernment, OpenedGovernment.self),
            period: value(.period) ?? value(.actionPlan))
        let rated =
            assessment.verifiable != nil || !values.isEmpty || assessment.potentialImpact != nil || assessment.potentialForResults != nil
            || assessment.completion != nil || assessment.openedGovernment != nil
        return rated ? assessment : nil
    }

    /// Yes/no columns: yes, y, true, 1 or x; no, n, false, 0 or empty.
    private mutating func flag(_ column: OGPColumn) -> Bool? {
        guard let text = value(column) else { return nil }
        switch text.lowercased() {
        case "yes", "y", "true", "1", "x": return true
        case "no", "n", "false", "0": return false
        default:
            problem(column, "'\(text)' is not yes or no")
            return nil
        }
    }

    /// A rating written as the IRM words it (`Did not change`), read as the vocabulary word (`did-not-change`).
    private mutating func rating<V: Vocabulary>(_ column: OGPColumn, _ type: V.Type) -> V? {
        guard let text = value(column) else { return nil }
        let word = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
        if let rating = V(rawValue: word) { return rating }
        problem(column, "'\(text)' is not a rating of this scale (\(V.allowedWords.joined(separator: ", ")))")
        return nil
    }

    /// Completion, where "No evidence available" is a rating policylab does not store: it is left out, with a warning.
    private mutating func completion() -> Completion? {
        guard let text = value(.completion) else { return nil }
        if text.lowercased() == "no evidence available" {
            findings.append(.warning("completion 'No evidence available' has no policylab value; it is left out", in: path, at: position))
            return nil
        }
        return rating(.completion, Completion.self)
    }
}
