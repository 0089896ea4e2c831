/// Reads a lesson's front matter.
enum LessonReading {
    static func read(_ reader: FieldReader, id: RecordID, source: RecordSource) -> Lesson {
        Lesson(
            id: id,
            title: reader.required("title", fallback: id.rawValue),
            summary: reader.required("summary", fallback: ""),
            date: reader.required("date"),
            status: reader.required("status", fallback: LessonStatus.draft),
            projects: reader.list("projects"),
            methods: reader.list("methods"),
            tags: reader.list("tags", as: String.self).map(\.value),
            audience: reader.optional("audience"),
            sources: reader.mappings("sources") { source in
                Method.Source(title: source.required("title", fallback: ""), link: source.required("link", fallback: ""))
            },
            source: source)
    }
}
