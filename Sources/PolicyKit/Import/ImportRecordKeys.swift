/// The record keys an import can write, by kind, and how each is written: as words (ids, dates and
/// vocabulary, plain) or as texts (double-quoted), one value or a list.
enum ImportRecordKeys {
    /// How a record key's value is written.
    enum Shape: Equatable {
        /// One word: an id, a date, a vocabulary word.
        case word
        /// One free text, quoted.
        case text
        /// A list of words (`[a, b]`).
        case words
        /// A list of free texts, quoted.
        case texts
        /// One word, or a list of words when there are several (a method's `level`).
        case wordOrWords

        var isList: Bool { self == .words || self == .texts || self == .wordOrWords }
    }

    /// The kinds `import collection` writes: records that are one file in one folder.
    static let importableKinds: [RecordKind] = [.method, .lesson]

    /// Each key of `kind` in the order the record file lists them.
    static func shapes(of kind: RecordKind) -> [(key: String, shape: Shape)] {
        switch kind {
        case .method:
            [
                ("id", .word), ("title", .text), ("summary", .text), ("phases", .words), ("status", .word), ("cost", .word),
                ("level", .wordOrWords), ("time_needed", .text), ("participants", .text), ("related", .words),
                ("supersedes", .words), ("aliases", .words), ("updated", .word),
            ]
        case .lesson:
            [
                ("id", .word), ("title", .text), ("summary", .text), ("date", .word), ("status", .word), ("projects", .words),
                ("methods", .words), ("tags", .texts), ("audience", .text),
            ]
        case .project, .evidence, .claim:
            []
        }
    }

    /// The keys of `kind` an import can write.
    static func keys(of kind: RecordKind) -> [String] { shapes(of: kind).map(\.key) }

    /// The shape of `key` in a record of `kind`, nil when the kind has no such key.
    static func shape(of key: String, in kind: RecordKind) -> Shape? { shapes(of: kind).first { $0.key == key }?.shape }

    /// Where a record of `kind` with `id` is written in the knowledge base.
    static func path(of kind: RecordKind, id: RecordID) -> String {
        switch kind {
        case .lesson: "lessons/\(id).md"
        default: "toolkit/methods/\(id).md"
        }
    }

    /// The body sections a new record of `kind` suggests, for the finding on headings that map to none.
    static func sections(of kind: RecordKind) -> [String] {
        switch kind {
        case .method: ["When to use it", "How to start", "Things to watch", "Considerations in government", "Examples"]
        case .lesson: ["What happened", "What we learned"]
        default: []
        }
    }
}
