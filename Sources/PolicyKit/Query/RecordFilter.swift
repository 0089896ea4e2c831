/// Filters on the records of one kind. Each applies to the kinds that have the field; asking for one
/// that the kind lacks is an error rather than a silently empty list.
public struct RecordFilter: Sendable {
    /// Methods serving this phase.
    public var phase: Phase?
    /// Methods that reach this level of the IAP2 spectrum (one of the levels they list).
    public var level: ParticipationLevel?
    /// Records with this status word (of the kind's own vocabulary; claims by their derived status).
    public var status: String?
    /// Projects and lessons that name this method (or one of its former ids).
    public var method: RecordID?
    /// Methods the project uses, and the evidence, claims and lessons of this project.
    public var project: RecordID?
    /// Projects and lessons with this tag.
    public var tag: String?

    /// A filter; nil fields filter nothing.
    public init(
        phase: Phase? = nil, level: ParticipationLevel? = nil, status: String? = nil, method: RecordID? = nil,
        project: RecordID? = nil, tag: String? = nil
    ) {
        self.phase = phase
        self.level = level
        self.status = status
        self.method = method
        self.project = project
        self.tag = tag
    }

    /// The records of `kind` that pass every filter, in id order.
    public func records(of kind: RecordKind, in kb: KnowledgeBase) throws -> [Record] {
        try checkApplies(to: kind)
        switch kind {
        case .method:
            let status = try parsedStatus(MethodStatus.self)
            let used = project.map { id in Set(kb.project(id)?.methods.map(\.value) ?? []) }
            return kb.methods.filter { method in
                (phase.map(method.phases.contains) ?? true) && (status.map { method.status == $0 } ?? true)
                    && (level.map { wanted in method.level.contains { $0.value == wanted } } ?? true)
                    && (used.map { usedIDs in usedIDs.contains(method.id) || method.aliases.contains { usedIDs.contains($0.value) } } ?? true)
            }.map(Record.method)
        case .project:
            let status = try parsedStatus(ProjectStatus.self)
            return kb.projects.filter { project in
                (status.map { project.status == $0 } ?? true) && (tag.map(project.tags.contains) ?? true)
                    && (method.map { id in project.methods.contains { kb.resolveMethod($0.value)?.id == kb.resolveMethod(id)?.id ?? id } } ?? true)
            }.map(Record.project)
        case .lesson:
            let status = try parsedStatus(LessonStatus.self)
            return kb.lessons.filter { lesson in
                (status.map { lesson.status == $0 } ?? true) && (tag.map(lesson.tags.contains) ?? true)
                    && (project.map { id in lesson.projects.contains { $0.value == id } } ?? true)
                    && (method.map { id in lesson.methods.contains { kb.resolveMethod($0.value)?.id == kb.resolveMethod(id)?.id ?? id } } ?? true)
            }.map(Record.lesson)
        case .evidence:
            return kb.evidence.filter { item in project.map { item.project == $0 } ?? true }.map(Record.evidence)
        case .claim:
            let status = try parsedStatus(ClaimStatus.self)
            return kb.claims.filter { claim in
                (project.map { claim.project == $0 } ?? true)
                    && (status.map { claim.status(in: kb.project(claim.project), settings: kb.settings) == $0 } ?? true)
            }.map(Record.claim)
        }
    }

    private func checkApplies(to kind: RecordKind) throws {
        let applicable: [RecordKind: Set<UsageInput>] = [
            .method: [.phase, .level, .status, .projects],
            .project: [.status, .methods, .tag],
            .lesson: [.status, .methods, .projects, .tag],
            .evidence: [.projects],
            .claim: [.status, .projects],
        ]
        let given: [(UsageInput, Bool)] = [
            (.phase, phase != nil), (.level, level != nil), (.status, status != nil), (.methods, method != nil),
            (.projects, project != nil), (.tag, tag != nil),
        ]
        for (input, isSet) in given where isSet && !(applicable[kind]?.contains(input) ?? false) {
            let kinds = RecordKind.allCases.filter { applicable[$0]?.contains(input) ?? false }.map(\.plural)
            throw QueryError.badFilter("\(input: input) does not apply to \(kind.plural) (it filters \(kinds.joined(separator: ", ")))")
        }
    }

    private func parsedStatus<V: Vocabulary>(_ type: V.Type) throws -> V? {
        guard let status else { return nil }
        guard let value = V(rawValue: status) else { throw QueryError.badFilter("\(input: .status): \(V.unknownWordMessage(status))") }
        return value
    }
}
