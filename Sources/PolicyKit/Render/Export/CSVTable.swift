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

    /// One table from the same table in several languages (the source language first): each
    /// column of `translatable` once per language, named `column_language`; the others from the first.
    static func perLanguage(_ tables: [(language: String, table: CSVTable)], translatable: Set<String>) -> CSVTable {
        guard let (_, first) = tables.first else { return CSVTable(header: []) }
        var header: [String] = []
        var sources: [(table: Int, column: Int)] = []
        for (column, name) in first.header.enumerated() {
            if translatable.contains(name) {
                for (index, item) in tables.enumerated() {
                    header.append("\(name)_\(item.language)")
                    sources.append((index, column))
                }
            } else {
                header.append(name)
                sources.append((0, column))
            }
        }
        var merged = CSVTable(header: header)
        for row in first.rows.indices {
            merged.append(
                sources.map { source in
                    let rows = tables[source.table].table.rows
                    return row < rows.count && source.column < rows[row].count ? rows[row][source.column] : ""
                })
        }
        return merged
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
