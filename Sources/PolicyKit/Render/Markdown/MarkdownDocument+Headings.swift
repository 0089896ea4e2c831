import CCMarkGFM
import Foundation

extension MarkdownDocument {
    /// One heading of the document: its level, its lines in the text parsed (from 1) and its plain text.
    struct Heading: Equatable {
        var level: Int
        var startLine: Int
        var endLine: Int
        var text: String
    }

    /// Every heading, in document order (those inside code blocks or HTML are not headings).
    func headings() -> [Heading] {
        var headings: [Heading] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_HEADING,
                let rendered = cmark_render_plaintext(node, CMARK_OPT_DEFAULT, 0)
            else { continue }
            let text = String(cString: rendered).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            free(rendered)
            headings.append(
                Heading(
                    level: Int(cmark_node_get_heading_level(node)), startLine: Int(cmark_node_get_start_line(node)),
                    endLine: Int(cmark_node_get_end_line(node)), text: text))
        }
        return headings
    }
}
