/// A record file split into its YAML front matter and its Markdown body.
///
/// The front matter starts on the first line with `---` and ends at the next line that is
/// exactly `---` (or `...`), the convention of Jekyll, Hugo and Decap CMS.
struct FrontMatter {
    let yaml: String
    /// The file line on which the YAML text starts (2, after the opening `---`).
    let yamlFirstLine: Int
    let body: String

    static func split(_ text: String, path: String) -> Result<FrontMatter, Finding> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(.error("missing front matter: the file must start with a '---' line", in: path, at: .start))
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingTrailingSpaces() == "---" || $0.trimmingTrailingSpaces() == "..." }) else {
            return .failure(.error("unclosed front matter: no closing '---' line after the one on line 1", in: path, at: .start))
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
