/// The shapes of record values, as `check` reads them, written as JSON Schema.
enum SchemaField {
    static func text(_ description: String) -> SchemaNode { .object([("type", .string("string")), ("description", .string(description))]) }

    static func slug(_ description: String) -> SchemaNode {
        .object([
            ("type", .string("string")), ("pattern", .string(RecordID.pattern)), ("maxLength", .integer(RecordID.maximumLength)),
            ("description", .string(description)), ("examples", .array([.string("citizens-assembly")])),
        ])
    }

    static func date(_ description: String) -> SchemaNode {
        .object([
            ("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
            ("description", .string(description + " (YYYY-MM-DD)")), ("examples", .array([.string("2019-03-01")])),
        ])
    }

    static func words<V: Vocabulary>(_ vocabulary: V.Type, _ description: String) -> SchemaNode {
        .object([("enum", .array(V.allowedWords.map(SchemaNode.string))), ("description", .string(description))])
    }

    static func list(_ item: SchemaNode, _ description: String, nonEmpty: Bool = false) -> SchemaNode {
        .object([("type", .string("array")), ("items", item), ("description", .string(description))] + (nonEmpty ? [("minItems", .integer(1))] : []))
    }

    static func boolean(_ description: String) -> SchemaNode { .object([("type", .string("boolean")), ("description", .string(description))]) }

    static func integer(_ range: ClosedRange<Int>, _ description: String) -> SchemaNode {
        .object([
            ("type", .string("integer")), ("minimum", .integer(range.lowerBound)), ("maximum", .integer(range.upperBound)),
            ("description", .string(description)),
        ])
    }

    static func webLink(_ description: String) -> SchemaNode {
        .object([("type", .string("string")), ("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://[^/ ]")), ("description", .string(description))])
    }

    static func sha256(_ description: String) -> SchemaNode {
        .object([("type", .string("string")), ("pattern", .string("^[0-9a-fA-F]{64}$")), ("description", .string(description))])
    }

    /// A mapping with exactly these keys, some required.
    static func mapping(_ properties: [(String, SchemaNode)], required: [String], description: String? = nil) -> SchemaNode {
        var members: [(String, SchemaNode)] = [("type", .string("object"))]
        if let description { members.append(("description", .string(description))) }
        members += [
            ("properties", .object(properties)), ("required", .array(required.map(SchemaNode.string))),
            ("additionalProperties", .bool(false)),
        ]
        return .object(members)
    }

    static let sources = list(
        mapping([("title", text("What the source is")), ("link", webLink("The page that says it"))], required: ["title", "link"]),
        "Public sources the record draws on")
}
