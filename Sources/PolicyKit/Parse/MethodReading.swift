/// Reads a method's front matter.
enum MethodReading {
    static func read(_ reader: FieldReader, id: RecordID, source: RecordSource) -> Method {
        let findingsBefore = reader.context.findings.count
        let phases = reader.list("phases", as: Phase.self).map(\.value)
        // A value that is not a list, or lists only unknown phases, was reported already.
        let phasesReported = reader.context.findings.count > findingsBefore
        if reader.keyPositions["phases"] != nil, phases.isEmpty, !phasesReported {
            reader.add(.error, "'phases' must list at least one of \(Phase.allowedWords.joined(separator: ", "))", at: reader.keyPositions["phases"])
        } else if reader.keyPositions["phases"] == nil {
            reader.add(.error, "missing required key 'phases'", at: nil)
        }
        return Method(
            id: id,
            title: reader.required("title", fallback: id.rawValue),
            summary: reader.required("summary", fallback: ""),
            phases: phases,
            status: reader.required("status", fallback: MethodStatus.draft),
            timeNeeded: reader.optional("time_needed"),
            participants: reader.optional("participants"),
            cost: reader.optional("cost"),
            level: readLevel(reader),
            related: reader.list("related"),
            supersedes: reader.list("supersedes"),
            aliases: reader.list("aliases"),
            sources: reader.mappings("sources") { source in
                Method.Source(title: source.required("title", fallback: ""), link: source.required("link", fallback: ""))
            },
            updated: reader.optional("updated"),
            source: source)
    }

    /// `level` is one word or a list of words; a list that is written but empty says nothing.
    private static func readLevel(_ reader: FieldReader) -> [Located<ParticipationLevel>] {
        let findingsBefore = reader.context.findings.count
        let level = reader.wordOrList("level", as: ParticipationLevel.self)
        if level.isEmpty, reader.context.findings.count == findingsBefore, reader.isWritten("level") {
            reader.add(
                .error, "'level' must name at least one of \(ParticipationLevel.allowedWords.joined(separator: ", "))",
                at: reader.keyPositions["level"])
        }
        return level
    }
}
