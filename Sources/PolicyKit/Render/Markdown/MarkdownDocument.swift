import CCMarkGFM
import Foundation

/// A Markdown text parsed by Debian's cmark-gfm (with the GitHub extensions), made safe to publish:
/// raw HTML becomes visible text and links other than http(s), mailto and relative ones lose their
/// target. Renders to HTML or back to Markdown.
final class MarkdownDocument {
    /// cmark-gfm looks extensions up in a registry that must be filled once per process.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    private let parser: OpaquePointer
    let root: OpaquePointer

    init(_ markdown: String) {
        _ = Self.extensionsRegistered
        // Default options: cmark-gfm drops raw HTML and dangerous URLs when rendering HTML.
        let parser: OpaquePointer = cmark_parser_new(CMARK_OPT_DEFAULT)
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
        }
        var text = Self.linearised(markdown)
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        self.parser = parser
        root = cmark_parser_finish(parser)
        sanitise()
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The document as an HTML fragment.
    func html() -> String {
        take(cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)))
    }

    /// The document as plain text, for search indexes.
    func plainText() -> String {
        take(cmark_render_plaintext(root, CMARK_OPT_DEFAULT, 0))
    }

    /// Makes every heading at least level `level`, so that a body's `# Heading` cannot give a page
    /// a second `h1`.
    func demoteHeadings(toAtLeast level: Int32) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_HEADING, cmark_node_get_heading_level(node) < level
            else { continue }
            cmark_node_set_heading_level(node, level)
        }
    }

    /// The document as CommonMark (GitHub-flavoured) Markdown.
    func commonMark() -> String {
        take(cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0))
    }

    private func take(_ rendered: UnsafeMutablePointer<CChar>?) -> String {
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Replaces raw HTML with text showing it, and drops link targets that could run code.
    private func sanitise() {
        var html: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: html.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
            default: break
            }
        }
        for node in html {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(text, literal.trimmingCharacters(in: .newlines))
            var replacement = text
            if isBlock, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
                cmark_node_append_child(paragraph, text)
                replacement = paragraph
            }
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
        for node in links {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if !Self.isSafe(url) { cmark_node_set_url(node, "") }
        }
    }

    /// More link brackets than a record body needs: Debian's cmark-gfm takes time quadratic in
    /// their number (20,000 repeats of `![[]()` take minutes).
    static let maximumBrackets = 5_000

    /// `markdown`, or, past `maximumBrackets` opening brackets, the text with every bracket
    /// escaped, which cmark-gfm parses in linear time (such a body shows its brackets as text).
    static func linearised(_ markdown: String) -> String {
        var brackets = 0
        for byte in markdown.utf8 where byte == UInt8(ascii: "[") {
            brackets += 1
            if brackets > maximumBrackets { break }
        }
        guard brackets > maximumBrackets else { return markdown }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(markdown.utf8.count + brackets * 2)
        // A bracket after an odd run of backslashes is escaped already: another backslash would
        // escape the backslash instead, and make the bracket live again.
        var backslashes = 0
        for byte in markdown.utf8 {
            if (byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")) && backslashes % 2 == 0 { escaped.append(UInt8(ascii: "\\")) }
            backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
            escaped.append(byte)
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// http(s), mailto, fragments and relative paths; never `javascript:`, `data:` or other schemes.
    static func isSafe(_ url: String) -> Bool {
        let lower = url.lowercased().trimmingCharacters(in: .whitespaces)
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return true }
        guard let colon = lower.firstIndex(of: ":") else { return true }
        // A colon after a slash, '?' or '#' is part of a relative path, not a scheme.
        return lower[..<colon].contains { $0 == "/" || $0 == "?" || $0 == "#" }
    }
}
