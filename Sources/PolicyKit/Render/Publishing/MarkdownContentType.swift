import Foundation
import Mustache

/// Escapes text for Markdown output (`{{value}}` in a `CONTENT_TYPE: MARKDOWN` template).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
}
