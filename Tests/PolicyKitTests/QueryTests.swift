import Testing

@testable import PolicyKit

/// `list` filters, `show` selectors and the links between records, on the `valid-kb` fixture.
@Suite struct QueryTests {
    static func ids(_ filter: RecordFilter, _ kind: RecordKind, in kb: KnowledgeBase) throws -> [String] {
        try filter.records(of: kind, in: kb).map(\.reference)
    }

    static func id(_ text: String) throws -> RecordID { try #require(RecordID(text)) }

    @Test func filters() throws {
        let kb = try Support.knowledgeBase()
        #expect(try Self.ids(RecordFilter(), .method, in: kb) == ["method:futures", "method:interviews", "method:workshops"])
        #expect(try Self.ids(RecordFilter(phase: .discover), .method, in: kb) == ["method:futures", "method:interviews"])
        #expect(try Self.ids(RecordFilter(phase: .deliver, status: "published"), .method, in: kb) == ["method:workshops"])
        #expect(try Self.ids(RecordFilter(status: "draft"), .method, in: kb) == ["method:futures"])
        #expect(try Self.ids(RecordFilter(level: .consult), .method, in: kb) == ["method:interviews"])
        #expect(try Self.ids(RecordFilter(level: .collaborate), .method, in: kb) == ["method:workshops"])
        #expect(try Self.ids(RecordFilter(level: .involve, project: Self.id("alpha")), .method, in: kb) == ["method:workshops"])
        #expect(try Self.ids(RecordFilter(level: .empower), .method, in: kb) == [])
        #expect(try Self.ids(RecordFilter(project: Self.id("alpha")), .method, in: kb) == ["method:interviews", "method:workshops"])
        #expect(try Self.ids(RecordFilter(method: Self.id("interviews")), .project, in: kb) == ["project:alpha", "project:beta"])
        #expect(try Self.ids(RecordFilter(method: Self.id("user-interviews")), .project, in: kb) == ["project:alpha", "project:beta"])
        #expect(try Self.ids(RecordFilter(status: "active", method: Self.id("workshops")), .project, in: kb) == ["project:alpha"])
        #expect(try Self.ids(RecordFilter(tag: "transport"), .project, in: kb) == ["project:alpha"])
        #expect(try Self.ids(RecordFilter(tag: "nothing"), .project, in: kb) == [])
        #expect(try Self.ids(RecordFilter(project: Self.id("alpha")), .lesson, in: kb) == ["lesson:start-early"])
        #expect(try Self.ids(RecordFilter(method: Self.id("interviews")), .lesson, in: kb) == ["lesson:interviews-first"])
        #expect(try Self.ids(RecordFilter(status: "published"), .lesson, in: kb) == ["lesson:start-early"])
        #expect(
            try Self.ids(RecordFilter(), .evidence, in: kb) == ["evidence:alpha/field-notes", "evidence:alpha/panel-report", "evidence:beta/survey"])
        #expect(try Self.ids(RecordFilter(project: Self.id("beta")), .evidence, in: kb) == ["evidence:beta/survey"])
        #expect(try Self.ids(RecordFilter(status: "pending"), .claim, in: kb) == ["claim:alpha/timetable-changed"])
        #expect(try Self.ids(RecordFilter(status: "unverified", project: Self.id("alpha")), .claim, in: kb) == [])
    }

    @Test func filtersThatDoNotApply() throws {
        let kb = try Support.knowledgeBase()
        let cases: [(RecordFilter, RecordKind, UsageMessage)] = [
            (RecordFilter(phase: .discover), .evidence, "\(input: .phase) does not apply to evidence (it filters methods)"),
            (RecordFilter(phase: .discover), .project, "\(input: .phase) does not apply to projects (it filters methods)"),
            (RecordFilter(level: .involve), .lesson, "\(input: .level) does not apply to lessons (it filters methods)"),
            (
                RecordFilter(status: "public"), .evidence,
                "\(input: .status) does not apply to evidence (it filters methods, projects, claims, lessons)"
            ),
            (RecordFilter(tag: "x"), .method, "\(input: .tag) does not apply to methods (it filters projects, lessons)"),
            (RecordFilter(method: try Self.id("interviews")), .claim, "\(input: .methods) does not apply to claims (it filters projects, lessons)"),
            (
                RecordFilter(status: "actve"), .project,
                "\(input: .status): unknown status 'actve' (expected proposed, commissioned, active, delivered, closed, cancelled) (did you mean 'active'?)"
            ),
            (
                RecordFilter(status: "confirmed"), .claim,
                "\(input: .status): unknown claim status 'confirmed' (expected unverified, pending, verified, disputed, stale)"
            ),
        ]
        for (filter, kind, message) in cases {
            #expect(throws: QueryError.badFilter(message)) { try filter.records(of: kind, in: kb) }
        }
    }

    @Test func selectors() throws {
        let kb = try Support.knowledgeBase(afterChanging: [
            "lessons/workshops.md":
                "---\nid: workshops\ntitle: On workshops\nsummary: S.\ndate: 2020-01-01\nstatus: draft\nmethods: [workshops]\n---\n"
        ])
        let cases: [(String, String)] = [
            ("method:interviews", "method:interviews"),
            ("methods:interviews", "method:interviews"),
            ("interviews", "method:interviews"),
            ("user-interviews", "method:interviews"),
            ("project:alpha", "project:alpha"),
            ("alpha", "project:alpha"),
            ("start-early", "lesson:start-early"),
            ("alpha/panel-report", "evidence:alpha/panel-report"),
            ("evidence:alpha/panel-report", "evidence:alpha/panel-report"),
            ("evidence:survey", "evidence:beta/survey"),
            ("claim:alpha/timetable-changed", "claim:alpha/timetable-changed"),
            ("claim:timetable-changed", "claim:alpha/timetable-changed"),
            ("lesson:workshops", "lesson:workshops"),
        ]
        for (text, reference) in cases {
            #expect(try RecordSelector(text).resolve(in: kb).reference == reference, "\(text)")
        }
    }

    @Test func selectorErrors() throws {
        let kb = try Support.knowledgeBase(afterChanging: [
            "lessons/workshops.md":
                "---\nid: workshops\ntitle: On workshops\nsummary: S.\ndate: 2020-01-01\nstatus: draft\nmethods: [workshops]\n---\n"
        ])
        #expect(throws: QueryError.ambiguous("'workshops' names several records: method:workshops, lesson:workshops; say which with kind:id")) {
            try RecordSelector("workshops").resolve(in: kb)
        }
        #expect(throws: QueryError.notFound("no record 'intervews' (did you mean 'interviews'?)")) {
            try RecordSelector("intervews").resolve(in: kb)
        }
        #expect(throws: QueryError.notFound("no record 'method:intervews' (did you mean 'method:interviews'?)")) {
            try RecordSelector("method:intervews").resolve(in: kb)
        }
        #expect(throws: QueryError.notFound("no record 'project:interviews' (did you mean 'interviews'?)")) {
            try RecordSelector("project:interviews").resolve(in: kb)
        }
        #expect(throws: QueryError.notFound("no record 'zebra-crossing'")) {
            try RecordSelector("zebra-crossing").resolve(in: kb)
        }
        #expect(throws: QueryError.notFound("no record 'beta/panel-report'")) {
            try RecordSelector("beta/panel-report").resolve(in: kb)
        }
        #expect(
            throws: QueryError.badSelector(
                "unknown record kind 'methd' in 'methd:interviews' (expected method, project, evidence, claim, lesson) (did you mean 'method'?)")
        ) {
            try RecordSelector("methd:interviews")
        }
        #expect(throws: QueryError.badSelector("'method:' names no record (expected kind:id, such as method:ethnography)")) {
            try RecordSelector("method:")
        }
    }

    @Test func linksBothWays() throws {
        let kb = try Support.knowledgeBase()
        let interviews = try #require(kb.method(Self.id("interviews")))
        let methodLinks = RecordLinks(of: .method(interviews), in: kb)
        #expect(methodLinks.projects.map(\.rawValue) == ["alpha", "beta"])
        #expect(methodLinks.lessons.map(\.rawValue) == ["interviews-first"])
        #expect(methodLinks.relatedMethods.map(\.rawValue) == ["workshops"])

        let alpha = try #require(kb.project(Self.id("alpha")))
        let projectLinks = RecordLinks(of: .project(alpha), in: kb)
        #expect(projectLinks.methods.map(\.rawValue) == ["interviews", "workshops"])
        #expect(projectLinks.evidence == ["alpha/field-notes", "alpha/panel-report"])
        #expect(projectLinks.claims == ["alpha/timetable-changed"])
        #expect(projectLinks.lessons.map(\.rawValue) == ["start-early"])

        let report = try #require(kb.evidence(Self.id("alpha"), Self.id("panel-report")))
        #expect(RecordLinks(of: .evidence(report), in: kb).claims == ["alpha/timetable-changed"])
        let claim = try #require(kb.claim(Self.id("alpha"), Self.id("timetable-changed")))
        let claimLinks = RecordLinks(of: .claim(claim), in: kb)
        #expect(claimLinks.evidence == ["alpha/panel-report"])
        #expect(claimLinks.claimStatus == .pending)
    }

    @Test func recordKindWords() {
        #expect(RecordKind(word: "methods") == .method)
        #expect(RecordKind(word: "evidence") == .evidence)
        #expect(RecordKind(word: "claim") == .claim)
        #expect(RecordKind(word: "teleports") == nil)
    }
}
