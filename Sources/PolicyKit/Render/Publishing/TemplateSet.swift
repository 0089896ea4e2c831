import Foundation
import Mustache

/// The templates of one publication: the built-in ones, or their overrides from the knowledge base's
/// `templates/` folder or a template file given by path. A template that does not parse is an error naming its
/// file, line and column.
public struct TemplateSet: Sendable {
    /// Registers the MARKDOWN content type, which escapes `{{value}}` for Markdown.
    private static let markdownContentType: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")

    let main: MustacheTemplate
    let page: MustacheTemplate

    /// - Parameters:
    ///   - name: the main template, `summary.md` or `digest.md`.
    ///   - builtIn: its built-in text.
    ///   - override: the path of a template file, read from disk, taking precedence over the knowledge base's.
    static func load(
        _ name: String, builtIn: String, from source: KnowledgeBaseSource, override: String?, page: String = "page.html",
        pageBuiltIn: String? = nil
    ) throws -> TemplateSet {
        _ = markdownContentType
        let main: MustacheTemplate
        if let override {
            guard let data = FileManager.default.contents(atPath: override), let text = String(data: data, encoding: .utf8) else {
                throw PublishError.template("\(override): cannot read the template (missing, or not UTF-8 text)")
            }
            main = try parse(text, path: override)
        } else {
            main = try template("\(name).mustache", builtIn: builtIn, from: source)
        }
        return TemplateSet(main: main, page: try template("\(page).mustache", builtIn: try pageBuiltIn ?? BuiltInTemplates.page(), from: source))
    }

    private static func template(_ file: String, builtIn: String, from source: KnowledgeBaseSource) throws -> MustacheTemplate {
        let path = "templates/\(file)"
        guard let bytes = try source.readFile(path) else { return try parse(builtIn, path: "(built-in \(file))") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw PublishError.template("\(path): not UTF-8 text") }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            throw PublishError.template(
                "\(path):\(context.lineNumber):\(context.columnNumber): error: template: \(Self.describe(error.error)) in '\(context.line.trimmingCharacters(in: .whitespaces))'"
            )
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case .unfinishedName: "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: "a section is never closed"
        case .invalidSetDelimiter: "the set-delimiter tag is malformed"
        case .some(let other): "\(other)"
        case .none: "\(error)"
        }
    }
}
