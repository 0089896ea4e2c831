import GitKit

/// Records in the binary form of a cache of parsed files (`ByteWriter` and `ByteReader`): every
/// field, positions included, so that a decoded record equals the parsed one. Decoding checks what
/// a record's types check (ids, days, the words of each vocabulary) and throws at anything else;
/// it is some 16 times faster than parsing the YAML again, where Foundation's JSON decoder is not
/// faster at all.
enum RecordCoding {
    /// What decoding throws at bytes that are not a record this coding wrote.
    struct Damaged: Error {}

    static func reader(_ bytes: ArraySlice<UInt8>) -> ByteReader { ByteReader(bytes) { _ in Damaged() } }

    // MARK: Outcomes

    static func write(_ outcome: RecordParser.Outcome, to writer: inout ByteWriter) {
        writer.optional(outcome.record) { write($0, to: &$1) }
        writer.u32(UInt32(outcome.findings.count))
        for finding in outcome.findings {
            writer.string(finding.path)
            writer.position(finding.position)
            writer.string(finding.severity.rawValue)
            writer.string(finding.message)
        }
        writer.optional(outcome.unparsedText) { $1.string($0) }
    }

    static func readOutcome(_ reader: inout ByteReader) throws -> RecordParser.Outcome {
        let record = try reader.optional { try readRecord(&$0) }
        var findings: [Finding] = []
        for _ in 0..<(try reader.count(itemSize: 13)) {
            let path = try reader.string()
            let position = try reader.position()
            guard let severity = Finding.Severity(rawValue: try reader.string()) else { throw Damaged() }
            findings.append(Finding(path: path, position: position, severity: severity, message: try reader.string()))
        }
        return RecordParser.Outcome(record: record, findings: findings, unparsedText: try reader.optional { try $0.string() })
    }

    // MARK: Records

    static func write(_ record: Record, to writer: inout ByteWriter) {
        switch record {
        case .method(let method):
            writer.u8(0)
            write(method, to: &writer)
        case .project(let project):
            writer.u8(1)
            write(project, to: &writer)
        case .evidence(let evidence):
            writer.u8(2)
            write(evidence, to: &writer)
        case .claim(let claim):
            writer.u8(3)
            write(claim, to: &writer)
        case .lesson(let lesson):
            writer.u8(4)
            write(lesson, to: &writer)
        }
    }

    static func readRecord(_ reader: inout ByteReader) throws -> Record {
        switch try reader.u8() {
        case 0: .method(try readMethod(&reader))
        case 1: .project(try readProject(&reader))
        case 2: .evidence(try readEvidence(&reader))
        case 3: .claim(try readClaim(&reader))
        case 4: .lesson(try readLesson(&reader))
        default: throw Damaged()
        }
    }

    static func write(_ method: Method, to writer: inout ByteWriter) {
        writer.recordID(method.id)
        writer.string(method.title)
        writer.string(method.summary)
        writer.words(method.phases)
        writer.string(method.status.rawValue)
        writer.optional(method.timeNeeded) { $1.string($0) }
        writer.optional(method.participants) { $1.string($0) }
        writer.optional(method.cost) { $1.string($0.rawValue) }
        writer.located(method.level) { $1.string($0.rawValue) }
        writer.recordIDs(method.related)
        writer.recordIDs(method.supersedes)
        writer.recordIDs(method.aliases)
        writer.sources(method.sources)
        writer.optional(method.updated) { $1.day($0) }
        writer.source(method.source)
    }

    static func readMethod(_ reader: inout ByteReader) throws -> Method {
        Method(
            id: try reader.id(), title: try reader.string(), summary: try reader.string(), phases: try reader.words(Phase.self),
            status: try reader.word(MethodStatus.self), timeNeeded: try reader.optional { try $0.string() },
            participants: try reader.optional { try $0.string() }, cost: try reader.optional { try $0.word(Cost.self) },
            level: try reader.located { try $0.word(ParticipationLevel.self) }, related: try reader.recordIDs(), supersedes: try reader.recordIDs(),
            aliases: try reader.recordIDs(), sources: try reader.sources(), updated: try reader.optional { try $0.day() },
            source: try reader.source())
    }

    static func write(_ project: Project, to writer: inout ByteWriter) {
        writer.recordID(project.id)
        writer.string(project.title)
        writer.string(project.summary)
        writer.string(project.commissioner)
        writer.string(project.status.rawValue)
        writer.bool(project.demonstrator)
        writer.optional(project.started) { $1.day($0) }
        writer.optional(project.ended) { $1.day($0) }
        writer.optional(project.challenge) { $1.string($0) }
        writer.recordIDs(project.methods)
        writer.strings(project.partners)
        writer.strings(project.reached)
        writer.optional(project.ogpCommitment) { $1.string($0) }
        writer.u32(UInt32(project.stakeholders.count))
        for stakeholder in project.stakeholders {
            writer.recordID(stakeholder.id)
            writer.string(stakeholder.name)
            writer.string(stakeholder.kind.rawValue)
            writer.optional(stakeholder.role) { $1.string($0) }
            writer.optional(stakeholder.contact) { $1.string($0) }
            writer.bool(stakeholder.isPublic)
            writer.optional(stakeholder.signingKey) { key, writer in
                writer.u32(UInt32(key.blob.count))
                writer.bytes(key.blob)
            }
            writer.position(stakeholder.position)
        }
        writer.u32(UInt32(project.milestones.count))
        for milestone in project.milestones {
            writer.string(milestone.title)
            writer.optional(milestone.due) { $1.day($0) }
            writer.optional(milestone.done) { $1.day($0) }
            writer.optional(milestone.outcome) { $1.string($0.rawValue) }
            writer.optional(milestone.measure) { $1.string($0) }
            writer.position(milestone.position)
        }
        writer.u32(UInt32(project.indicators.count))
        for indicator in project.indicators {
            writer.string(indicator.title)
            writer.optional(indicator.target) { $1.string($0) }
            writer.optional(indicator.actual) { $1.string($0) }
            writer.optional(indicator.actualOn) { $1.day($0) }
            writer.position(indicator.position)
        }
        writer.optional(project.assessment) { assessment, writer in
            writer.optional(assessment.verifiable) { $1.bool($0) }
            writer.words(assessment.ogpValues)
            writer.optional(assessment.potentialImpact) { $1.string($0.rawValue) }
            writer.optional(assessment.potentialForResults) { $1.string($0.rawValue) }
            writer.optional(assessment.completion) { $1.string($0.rawValue) }
            writer.optional(assessment.openedGovernment) { $1.string($0.rawValue) }
            writer.optional(assessment.period) { $1.string($0) }
        }
        writer.strings(project.tags)
        writer.source(project.source)
    }

    static func readProject(_ reader: inout ByteReader) throws -> Project {
        let id = try reader.id(), title = try reader.string(), summary = try reader.string(), commissioner = try reader.string()
        let status = try reader.word(ProjectStatus.self), demonstrator = try reader.bool()
        let started = try reader.optional { try $0.day() }, ended = try reader.optional { try $0.day() }
        let challenge = try reader.optional { try $0.string() }
        let methods = try reader.recordIDs(), partners = try reader.strings(), reached = try reader.strings()
        let ogpCommitment = try reader.optional { try $0.string() }
        var stakeholders: [Stakeholder] = []
        for _ in 0..<(try reader.count(itemSize: 16)) {
            let stakeholderID = try reader.id(), name = try reader.string(), kind = try reader.word(StakeholderKind.self)
            let role = try reader.optional { try $0.string() }, contact = try reader.optional { try $0.string() }
            let isPublic = try reader.bool()
            let key = try reader.optional { reader in
                do { return try SSHPublicKey(blob: Array(try reader.bytes(try reader.count()))) } catch { throw Damaged() }
            }
            stakeholders.append(
                Stakeholder(
                    id: stakeholderID, name: name, kind: kind, role: role, contact: contact, isPublic: isPublic, signingKey: key,
                    position: try reader.position()))
        }
        var milestones: [Milestone] = []
        for _ in 0..<(try reader.count(itemSize: 9)) {
            milestones.append(
                Milestone(
                    title: try reader.string(), due: try reader.optional { try $0.day() }, done: try reader.optional { try $0.day() },
                    outcome: try reader.optional { try $0.word(MilestoneOutcome.self) }, measure: try reader.optional { try $0.string() },
                    position: try reader.position()))
        }
        var indicators: [Indicator] = []
        for _ in 0..<(try reader.count(itemSize: 8)) {
            indicators.append(
                Indicator(
                    title: try reader.string(), target: try reader.optional { try $0.string() }, actual: try reader.optional { try $0.string() },
                    actualOn: try reader.optional { try $0.day() }, position: try reader.position()))
        }
        let assessment = try reader.optional { reader in
            Assessment(
                verifiable: try reader.optional { try $0.bool() }, ogpValues: try reader.words(OGPValue.self),
                potentialImpact: try reader.optional { try $0.word(PotentialImpact.self) },
                potentialForResults: try reader.optional { try $0.word(PotentialForResults.self) },
                completion: try reader.optional { try $0.word(Completion.self) },
                openedGovernment: try reader.optional { try $0.word(OpenedGovernment.self) }, period: try reader.optional { try $0.string() })
        }
        return Project(
            id: id, title: title, summary: summary, commissioner: commissioner, status: status, demonstrator: demonstrator, started: started,
            ended: ended, challenge: challenge, methods: methods, partners: partners, reached: reached, ogpCommitment: ogpCommitment,
            stakeholders: stakeholders, milestones: milestones, indicators: indicators, assessment: assessment, tags: try reader.strings(),
            source: try reader.source())
    }

    static func write(_ evidence: Evidence, to writer: inout ByteWriter) {
        writer.recordID(evidence.id)
        writer.recordID(evidence.project)
        writer.string(evidence.title)
        writer.string(evidence.kind.rawValue)
        writer.optional(evidence.link) { $1.string($0) }
        writer.optional(evidence.file) { $1.string($0) }
        writer.optional(evidence.sha256) { $1.string($0) }
        writer.string(evidence.access.rawValue)
        writer.optional(evidence.strength) { $1.u64(UInt64(bitPattern: Int64($0))) }
        writer.optional(evidence.date) { $1.day($0) }
        writer.optional(evidence.collectedBy) { $1.string($0) }
        writer.optional(evidence.summary) { $1.string($0) }
        writer.source(evidence.source)
    }

    static func readEvidence(_ reader: inout ByteReader) throws -> Evidence {
        Evidence(
            id: try reader.id(), project: try reader.id(), title: try reader.string(), kind: try reader.word(EvidenceKind.self),
            link: try reader.optional { try $0.string() }, file: try reader.optional { try $0.string() },
            sha256: try reader.optional { try $0.string() }, access: try reader.word(Access.self),
            strength: try reader.optional { Int(Int64(bitPattern: try $0.u64())) }, date: try reader.optional { try $0.day() },
            collectedBy: try reader.optional { try $0.string() }, summary: try reader.optional { try $0.string() }, source: try reader.source())
    }

    static func write(_ claim: ImpactClaim, to writer: inout ByteWriter) {
        writer.recordID(claim.id)
        writer.recordID(claim.project)
        writer.string(claim.statement)
        writer.string(claim.kind.rawValue)
        writer.recordIDs(claim.evidence)
        writer.u32(UInt32(claim.requested.count))
        for request in claim.requested {
            writer.recordIDs([request.stakeholder])
            writer.optional(request.on) { $1.day($0) }
        }
        writer.u32(UInt32(claim.verifications.count))
        for verification in claim.verifications {
            writer.recordIDs([verification.stakeholder])
            writer.string(verification.verdict.rawValue)
            writer.optional(verification.on) { $1.day($0) }
            writer.optional(verification.note) { $1.string($0) }
            writer.optional(verification.recordedBy) { $1.string($0) }
            writer.optional(verification.statementSHA256) { $1.string($0) }
            writer.optional(verification.signature) { $1.string($0) }
        }
        writer.source(claim.source)
        writer.optional(claim.verifiedStatement) { $1.string($0) }
        writer.bool(claim.awaitsTranslation)
    }

    static func readClaim(_ reader: inout ByteReader) throws -> ImpactClaim {
        let id = try reader.id(), project = try reader.id(), statement = try reader.string(), kind = try reader.word(ClaimKind.self)
        let evidence = try reader.recordIDs()
        var requested: [VerificationRequest] = []
        for _ in 0..<(try reader.count(itemSize: 5)) {
            requested.append(VerificationRequest(stakeholder: try reader.oneRecordID(), on: try reader.optional { try $0.day() }))
        }
        var verifications: [Verification] = []
        for _ in 0..<(try reader.count(itemSize: 10)) {
            verifications.append(
                Verification(
                    stakeholder: try reader.oneRecordID(), verdict: try reader.word(Verdict.self), on: try reader.optional { try $0.day() },
                    note: try reader.optional { try $0.string() }, recordedBy: try reader.optional { try $0.string() },
                    statementSHA256: try reader.optional { try $0.string() }, signature: try reader.optional { try $0.string() }))
        }
        var claim = ImpactClaim(
            id: id, project: project, statement: statement, kind: kind, evidence: evidence, requested: requested,
            verifications: verifications, source: try reader.source())
        claim.verifiedStatement = try reader.optional { try $0.string() }
        claim.awaitsTranslation = try reader.bool()
        return claim
    }

    static func write(_ lesson: Lesson, to writer: inout ByteWriter) {
        writer.recordID(lesson.id)
        writer.string(lesson.title)
        writer.string(lesson.summary)
        writer.optional(lesson.date) { $1.day($0) }
        writer.string(lesson.status.rawValue)
        writer.recordIDs(lesson.projects)
        writer.recordIDs(lesson.methods)
        writer.strings(lesson.tags)
        writer.optional(lesson.audience) { $1.string($0) }
        writer.sources(lesson.sources)
        writer.source(lesson.source)
    }

    static func readLesson(_ reader: inout ByteReader) throws -> Lesson {
        Lesson(
            id: try reader.id(), title: try reader.string(), summary: try reader.string(), date: try reader.optional { try $0.day() },
            status: try reader.word(LessonStatus.self), projects: try reader.recordIDs(), methods: try reader.recordIDs(), tags: try reader.strings(),
            audience: try reader.optional { try $0.string() }, sources: try reader.sources(), source: try reader.source())
    }
}

extension ByteWriter {
    fileprivate mutating func bool(_ value: Bool) { u8(value ? 1 : 0) }

    fileprivate mutating func optional<T>(_ value: T?, _ write: (T, inout ByteWriter) -> Void) {
        guard let value else { return u8(0) }
        u8(1)
        write(value, &self)
    }

    fileprivate mutating func position(_ position: SourcePosition?) {
        optional(position) { position, writer in
            writer.u32(UInt32(position.line))
            writer.u32(UInt32(position.column))
        }
    }

    fileprivate mutating func recordID(_ id: RecordID) { string(id.rawValue) }
    fileprivate mutating func day(_ day: Day) { string(day.description) }

    fileprivate mutating func strings(_ values: [String]) {
        u32(UInt32(values.count))
        for value in values { string(value) }
    }

    fileprivate mutating func words<T: Vocabulary>(_ values: [T]) { strings(values.map(\.rawValue)) }

    fileprivate mutating func located<T>(_ values: [Located<T>], _ write: (T, inout ByteWriter) -> Void) {
        u32(UInt32(values.count))
        for value in values {
            write(value.value, &self)
            position(value.position)
        }
    }

    fileprivate mutating func recordIDs(_ values: [Located<RecordID>]) { located(values) { $1.recordID($0) } }

    fileprivate mutating func sources(_ values: [Method.Source]) {
        u32(UInt32(values.count))
        for value in values {
            string(value.title)
            string(value.link)
        }
    }

    fileprivate mutating func source(_ source: RecordSource) {
        string(source.path)
        string(source.body)
        u32(UInt32(source.keyPositions.count))
        for (key, position) in source.keyPositions.sorted(by: { $0.key < $1.key }) {
            string(key)
            self.position(position)
        }
    }
}

extension ByteReader {
    fileprivate mutating func bool() throws -> Bool {
        switch try u8() {
        case 0: false
        case 1: true
        default: throw RecordCoding.Damaged()
        }
    }

    fileprivate mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    fileprivate mutating func position() throws -> SourcePosition? {
        try optional { SourcePosition(line: Int(try $0.u32()), column: Int(try $0.u32())) }
    }

    fileprivate mutating func day() throws -> Day {
        guard let day = Day(try string()) else { throw RecordCoding.Damaged() }
        return day
    }

    fileprivate mutating func word<T: Vocabulary>(_ type: T.Type) throws -> T {
        guard let word = T(rawValue: try string()) else { throw RecordCoding.Damaged() }
        return word
    }

    fileprivate mutating func strings() throws -> [String] {
        try (0..<(try count(itemSize: 4))).map { _ in try string() }
    }

    fileprivate mutating func words<T: Vocabulary>(_ type: T.Type) throws -> [T] {
        try (0..<(try count(itemSize: 4))).map { _ in try word(T.self) }
    }

    fileprivate mutating func located<T>(_ read: (inout ByteReader) throws -> T) throws -> [Located<T>] {
        try (0..<(try count(itemSize: 5))).map { _ in Located(try read(&self), at: try position()) }
    }

    fileprivate mutating func recordIDs() throws -> [Located<RecordID>] { try located { try $0.id() } }

    fileprivate mutating func oneRecordID() throws -> Located<RecordID> {
        let ids = try recordIDs()
        guard ids.count == 1 else { throw RecordCoding.Damaged() }
        return ids[0]
    }

    fileprivate mutating func sources() throws -> [Method.Source] {
        try (0..<(try count(itemSize: 8))).map { _ in Method.Source(title: try string(), link: try string()) }
    }

    fileprivate mutating func source() throws -> RecordSource {
        let path = try string(), body = try string()
        let keys = try count(itemSize: 5)
        // Sized once: growing a table of ten keys from empty rehashes it four times, per record.
        var positions = [String: SourcePosition](minimumCapacity: keys)
        for _ in 0..<keys {
            let key = try string()
            guard let position = try position() else { throw RecordCoding.Damaged() }
            positions[key] = position
        }
        return RecordSource(path: path, keyPositions: positions, body: body)
    }
}
