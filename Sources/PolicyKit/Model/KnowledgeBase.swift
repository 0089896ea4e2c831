/// Every record of a knowledge base, indexed for lookups by id.
public struct KnowledgeBase: Sendable {
    /// The settings from `policylab.yaml` (the defaults when there is none).
    public var settings: Settings
    /// Every toolkit method, in path order.
    public private(set) var methods: [Method] = []
    /// Every project, in path order.
    public private(set) var projects: [Project] = []
    /// Every piece of evidence, in path order.
    public private(set) var evidence: [Evidence] = []
    /// Every impact claim, in path order.
    public private(set) var claims: [ImpactClaim] = []
    /// Every lesson learned, in path order.
    public private(set) var lessons: [Lesson] = []
    /// SHA-256 of the evidence files that records point to, by path; absent when the file is missing.
    public var evidenceFileDigests: [String: String] = [:]
    /// Evidence files that records point to and that exceed `Evidence.maximumFileSize` (not hashed).
    public var oversizedEvidenceFiles: Set<String> = []
    /// The translation files (`x.fr.md`), sorted by path; see `Translation`.
    public private(set) var translations: [Translation] = []
    var translationIndex: [String: Int] = [:]
    /// The language its texts are in: the source language unless `localized(into:)` made it.
    public internal(set) var language: String?

    /// The record paths a validation reports on (nil: all of them, and the settings). An
    /// incremental validation puts the records a change can affect here; the others stand in for
    /// lookups by id only.
    var validationScope: Set<String>?

    private var methodIndex: [RecordID: Int] = [:]
    private var aliasIndex: [RecordID: RecordID] = [:]
    private var projectIndex: [RecordID: Int] = [:]
    private var lessonIndex: [RecordID: Int] = [:]
    private var evidenceIndex: [ProjectRecordKey: Int] = [:]
    private var claimIndex: [ProjectRecordKey: Int] = [:]

    /// A record of a project by its project and its own id (no string made to look one up).
    private struct ProjectRecordKey: Hashable, Sendable {
        var project: RecordID
        var id: RecordID
    }

    /// A knowledge base of `records`, sorted by path and indexed by id (and methods by former id).
    public init(settings: Settings, records: consuming [Record]) {
        self.settings = settings
        // Records are large values: their positions are sorted, not the records themselves. A
        // folder's walk does not give path order ("a/x" comes before "a-b/x" there, after it here).
        let paths = records.map(\.source.path)
        // Sized first, so that no table or list grows by copying itself.
        var counts = (methods: 0, projects: 0, evidence: 0, claims: 0, lessons: 0)
        for index in records.indices {
            switch records[index] {
            case .method: counts.methods += 1
            case .project: counts.projects += 1
            case .evidence: counts.evidence += 1
            case .claim: counts.claims += 1
            case .lesson: counts.lessons += 1
            }
        }
        methods.reserveCapacity(counts.methods)
        methodIndex.reserveCapacity(counts.methods)
        projects.reserveCapacity(counts.projects)
        projectIndex.reserveCapacity(counts.projects)
        evidence.reserveCapacity(counts.evidence)
        evidenceIndex.reserveCapacity(counts.evidence)
        claims.reserveCapacity(counts.claims)
        claimIndex.reserveCapacity(counts.claims)
        lessons.reserveCapacity(counts.lessons)
        lessonIndex.reserveCapacity(counts.lessons)
        for position in paths.indices.sorted(by: { paths[$0] < paths[$1] }) {
            // Moved out of `records` (a stand-in left in its place), not copied: a copy retains
            // every field of a record, and the list is dropped just after.
            var record = Record.standIn
            swap(&record, &records[position])
            switch record {
            case .method(let method):
                methodIndex[method.id] = methods.count
                methods.append(method)
            case .project(let project):
                projectIndex[project.id] = projects.count
                projects.append(project)
            case .evidence(let item):
                evidenceIndex[ProjectRecordKey(project: item.project, id: item.id)] = evidence.count
                evidence.append(item)
            case .claim(let claim):
                claimIndex[ProjectRecordKey(project: claim.project, id: claim.id)] = claims.count
                claims.append(claim)
            case .lesson(let lesson):
                lessonIndex[lesson.id] = lessons.count
                lessons.append(lesson)
            }
        }
        for method in methods {
            for alias in method.aliases where methodIndex[alias.value] == nil { aliasIndex[alias.value] = method.id }
        }
    }

    /// Puts the translations read from their files in place.
    mutating func setTranslations(_ items: [Translation]) {
        translations = items.sorted { $0.path < $1.path }
        translationIndex = Dictionary(translations.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the rules report on the record read from `source`.
    func checks(_ source: RecordSource) -> Bool { validationScope?.contains(source.path) ?? true }

    /// Whether the rules report on the settings (not in a scoped validation, which never covers a change of them).
    var checksSettings: Bool { validationScope == nil }

    /// Puts `record` in place of the record of the same kind and id (a record read in full in
    /// place of its stand-in); nothing when there is none.
    mutating func replace(_ record: Record) {
        switch record {
        case .method(let method): if let index = methodIndex[method.id] { methods[index] = method }
        case .project(let project): if let index = projectIndex[project.id] { projects[index] = project }
        case .evidence(let item): if let index = evidenceIndex[ProjectRecordKey(project: item.project, id: item.id)] { evidence[index] = item }
        case .claim(let claim): if let index = claimIndex[ProjectRecordKey(project: claim.project, id: claim.id)] { claims[index] = claim }
        case .lesson(let lesson): if let index = lessonIndex[lesson.id] { lessons[index] = lesson }
        }
    }

    /// How many records there are, of every kind.
    public var recordCount: Int { methods.count + projects.count + evidence.count + claims.count + lessons.count }

    /// The method of id `id`, not following former ids.
    public func method(_ id: RecordID) -> Method? { methodIndex[id].map { methods[$0] } }
    /// The project of id `id`.
    public func project(_ id: RecordID) -> Project? { projectIndex[id].map { projects[$0] } }
    /// The lesson of id `id`.
    public func lesson(_ id: RecordID) -> Lesson? { lessonIndex[id].map { lessons[$0] } }
    /// The evidence `id` of project `project`.
    public func evidence(_ project: RecordID, _ id: RecordID) -> Evidence? { evidenceIndex[ProjectRecordKey(project: project, id: id)].map { evidence[$0] } }
    /// The claim `id` of project `project`.
    public func claim(_ project: RecordID, _ id: RecordID) -> ImpactClaim? { claimIndex[ProjectRecordKey(project: project, id: id)].map { claims[$0] } }

    /// The method that lists `id` among its former ids.
    public func methodRenamed(from id: RecordID) -> Method? { aliasIndex[id].flatMap(method) }

    /// A method by id or by one of its former ids.
    public func resolveMethod(_ id: RecordID) -> Method? { method(id) ?? methodRenamed(from: id) }
}
