/// Commitment texts read from a draft action plan: a CSV column, the items of a Markdown list, or
/// one per line.
public enum CommitmentList {
    /// Where the texts are in the input.
    public enum Layout: Sendable, Equatable {
        /// A column of a CSV table with a header row, named by its header.
        case csv(column: String)
        /// The items of a Markdown list.
        case markdown
        /// Each non-empty line.
        case lines
    }

    /// The layout to read `text` with: a CSV column when one is named, the list items of a
    /// Markdown file (by its name, or by its lines when there is no name), else one per line.
    public static func layout(column: String?, fileName: String?, text: String) -> Layout {
        if let column { return .csv(column: column) }
        if let fileName {
            let lowered = fileName.lowercased()
            if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return .markdown }
            return .lines
        }
        let listLine = text.split(whereSeparator: \.isNewline).contains { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ")
                || trimmed.prefix { $0.isNumber }.count > 0 && trimmed.drop { $0.isNumber }.hasPrefix(". ")
        }
        return listLine ? .markdown : .lines
    }

    /// The non-empty commitment texts of `text`, trimmed.
    public static func read(_ text: String, layout: Layout) throws(CommitmentListError) -> [String] {
        let texts: [String]
        switch layout {
        case .csv(let column): texts = try CSVReader(parsing: text).column(column)
        case .markdown: texts = MarkdownDocument(text).listItemTexts()
        case .lines: texts = text.split(whereSeparator: \.isNewline).map(String.init)
        }
        return texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
