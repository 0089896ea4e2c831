/// A CSV table (RFC 4180) made safe for spreadsheets: cells that a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) are prefixed with `'`.
struct CSVTable {
    let header: [String]
    var rows: [[String]] = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ cells: [String?]) {
        rows.append(cells.map { $0 ?? "" })
    }

    /// Lists in one cell, separated by "; ".
    static func list(_ values: [String]) -> String { values.joined(separator: "; ") }

    var text: String {
        ([header] + rows).map { $0.map(Self.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var text = ControlCharacters.removed(from: value)
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
