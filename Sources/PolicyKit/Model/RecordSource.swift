/// Where a record was read from: its file, the places of its top-level keys, and its Markdown body.
public struct RecordSource: Sendable, Hashable {
    /// Path relative to the knowledge base root, with `/` separators.
    public var path: String
    /// Where each top-level key's value was written, for findings about that key.
    public var keyPositions: [String: SourcePosition]
    /// The Markdown after the front matter (empty when the loader was asked not to keep bodies).
    public var body: String

    /// A source at `path`, with the places of its keys and its body when known.
    public init(path: String, keyPositions: [String: SourcePosition] = [:], body: String = "") {
        self.path = path
        self.keyPositions = keyPositions
        self.body = body
    }

    /// Where the value of top-level key `key` was written.
    public func position(of key: String) -> SourcePosition? { keyPositions[key] }
}

extension RecordSource: Encodable {
    enum CodingKeys: String, CodingKey { case path, body }

    /// The path, and the body when it was kept.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        if !body.isEmpty { try container.encode(body, forKey: .body) }
    }
}
