/// A record file split into its YAML front matter and its Markdown body.
///
/// The front matter starts on the first line with `---` and ends at the next line that is
/// exactly `---` (or `...`), the convention of Jekyll, Hugo and Decap CMS.
public struct FrontMatter {
    /// The YAML text between the fences.
    public let yaml: String
    /// The file line on which the YAML text starts (2, after the opening `---`).
    public let yamlFirstLine: Int
    /// The Markdown text after the closing fence.
    public let body: String

    /// Splits the text of the file at `path`, or returns the finding that says why it cannot be.
    public static func split(_ text: String, path: String) -> Result<FrontMatter, Finding> {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        // Scans line by line over UTF-8 bytes: splitting the whole file into Strings would cost more than parsing it.
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            lineNumber += 1
            let isDelimiter = isDelimiterLine(bytes[lineStart..<lineEnd], allowDots: yamlStart != nil)
            if lineNumber == 1 {
                guard isDelimiter else {
                    return .failure(.error("missing front matter: the file must start with a '---' line", in: path, at: .start))
                }
                yamlStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            } else if isDelimiter, let yamlStart {
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                let yaml = String(text[yamlStart..<lineStart])
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...])))
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
        }
        if yamlStart == nil {
            return .failure(.error("missing front matter: the file must start with a '---' line", in: path, at: .start))
        }
        return .failure(.error("unclosed front matter: no closing '---' line after the one on line 1", in: path, at: .start))
    }

    /// `---` (or `...` to close), with trailing spaces allowed.
    private static func isDelimiterLine(_ line: Substring.UTF8View.SubSequence, allowDots: Bool) -> Bool {
        var trimmed = line[...]
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8) || (allowDots && trimmed.elementsEqual("...".utf8))
    }
}
