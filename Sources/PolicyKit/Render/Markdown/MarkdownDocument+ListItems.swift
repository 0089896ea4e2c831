import CCMarkGFM
import Foundation

extension MarkdownDocument {
    /// The text of the first paragraph of every list item, in document order, as plain text (a
    /// draft action plan written as a Markdown list).
    func listItemTexts() -> [String] {
        var texts: [String] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_ITEM,
                let paragraph = cmark_node_first_child(node), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                let rendered = cmark_render_plaintext(paragraph, CMARK_OPT_DEFAULT, 0)
            else { continue }
            texts.append(String(cString: rendered).replacingOccurrences(of: "\n", with: " "))
            free(rendered)
        }
        return texts
    }
}
