import Foundation

/// One commitment row of an OGP/IRM table, read into the words of policylab's records.
struct OGPCommitment: Equatable {
    /// The commitment's id, upper case (`UK0092`).
    var identifier: String
    /// The table line the row starts on.
    var line: Int
    var country: String?
    var title: String?
    var text: String?
    var lead: String?
    var supporting: [String] = []
    /// The IRM's ratings, nil when the row has none.
    var assessment: Assessment?

    /// Reads every row of `table` (the file `path`), keeping those of `country` when given (by
    /// the country column, or the letters the id starts with); findings for the rows it cannot read.
    static func rows(of table: CSVReader, path: String, country: String?) -> (rows: [OGPCommitment], findings: [Finding]) {
        var columns: [OGPColumn: Int] = [:]
        var findings: [Finding] = []
        for (index, header) in table.header.enumerated() {
            guard let column = OGPColumn.named(header) else {
                findings.append(
                    .warning("column '\(header)' is not one import ogp reads; it is left out", in: path, at: SourcePosition(line: 1, column: 1)))
                continue
            }
            if columns[column] == nil { columns[column] = index }
        }
        guard columns[.identifier] != nil else {
            let accepted = OGPColumn.identifier.headers.map { "'\($0)'" }.joined(separator: ", ")
            return ([], findings + [.error("no commitment id column (one of \(accepted))", in: path, at: .start)])
        }
        var rows: [OGPCommitment] = []
        var seen: [String: Int] = [:]
        for (number, fields) in table.rows.enumerated() {
            let line = number < table.rowLines.count ? table.rowLines[number] : number + 2
            var reader = RowReader(fields: fields, columns: columns, header: table.header, path: path, line: line)
            guard let row = reader.commitment() else {
                findings += reader.findings
                continue
            }
            if let country, !row.belongs(to: country) { continue }
            findings += reader.findings
            if let earlier = seen[row.identifier] {
                findings.append(
                    .error("commitment \(row.identifier) is also on line \(earlier)", in: path, at: SourcePosition(line: line, column: 1)))
                continue
            }
            seen[row.identifier] = line
            rows.append(row)
        }
        return (rows, findings)
    }

    /// Whether the row is of `country`: its country column, or its id's letters, without case.
    func belongs(to wanted: String) -> Bool {
        let folded = wanted.trimmingCharacters(in: .whitespaces).lowercased()
        if let country, country.trimmingCharacters(in: .whitespaces).lowercased() == folded { return true }
        return String(identifier.prefix { $0.isLetter }).lowercased() == folded
    }
}
