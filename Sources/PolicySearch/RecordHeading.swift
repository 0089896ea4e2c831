import Yams
import PolicyKit

/// The title, summary and body of one record file as a reader sees them, YAML decoded: read only
/// for the records a search shows.
struct RecordHeading {
    var title: String
    var summary: String
    var body: String

    private struct Fields: Decodable {
        var title: String?
        var statement: String?
        var summary: String?
    }

    init(bytes: [UInt8], path: String) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard case .success(let frontMatter) = FrontMatter.split(text, path: path) else {
            self.init(title: path, summary: "", body: text)
            return
        }
        // The basic resolver, as for loading: Yams' default one compiles and runs regular expressions
        // for every scalar, which cost milliseconds per result shown.
        let node = try? Parser(yaml: frontMatter.yaml, resolver: .basic, encoding: .utf8).singleRoot()
        let fields = node.flatMap { try? YAMLDecoder().decode(Fields.self, from: $0) } ?? Fields()
        self.init(title: fields.title ?? fields.statement ?? path, summary: fields.summary ?? "", body: frontMatter.body)
    }

    init(title: String, summary: String, body: String) {
        self.title = title
        self.summary = summary
        self.body = body
    }
}
