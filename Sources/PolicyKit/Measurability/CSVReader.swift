/// A comma-separated table read back (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends) with
/// a header row.
public struct CSVReader: Sendable {
    /// The header row's fields.
    public let header: [String]
    /// The other rows, each a list of fields.
    public let rows: [[String]]
    /// The line of the text each of `rows` starts on (from 1).
    public let rowLines: [Int]

    /// Parses `text`; fails on a quote left open.
    public init(parsing text: String) throws(CommitmentListError) {
        var records: [[String]] = []
        var starts: [Int] = []
        var start = 1
        var record: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var openedOn = 1
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty:
                quoted = true
                openedOn = line
            case ",":
                record.append(field)
                field = ""
            case _ where character.isNewline:
                line += 1
                record.append(field)
                field = ""
                if record != [""] {
                    records.append(record)
                    starts.append(start)
                }
                record = []
                start = line
            default: field.append(character)
            }
        }
        if quoted { throw .unterminatedQuote(line: openedOn) }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
            starts.append(start)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst())
        rowLines = Array(starts.dropFirst())
    }

    /// The values of the column named `name`, with the line each row starts on.
    public func column(_ name: String) throws(CommitmentListError) -> [String] {
        guard let index = header.firstIndex(of: name) else { throw .unknownColumn(name, available: header) }
        return rows.map { index < $0.count ? $0[index] : "" }
    }
}
