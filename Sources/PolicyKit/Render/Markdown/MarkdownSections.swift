import Foundation

/// The `## ` sections of a record body, by heading, so a publication can place each where it belongs.
struct MarkdownSections {
    private var sections: [String: String] = [:]

    init(_ body: String) {
        var heading: String?
        var lines: [Substring] = []
        var inFence = false
        func flush() {
            if let heading {
                let text = lines.joined(separator: "\n").trimmingWhitespace()
                if !text.isEmpty { sections[heading] = text }
            }
            lines = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, line.hasPrefix("## ") {
                flush()
                heading = line.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased()
            } else {
                lines.append(line)
            }
        }
        flush()
    }

    /// The sanitised Markdown under `## heading` (any case), or nil when absent or empty.
    subscript(heading: String) -> String? {
        sections[heading.lowercased()].map(MarkdownText.sanitised).flatMap { $0.isEmpty ? nil : $0 }
    }
}
