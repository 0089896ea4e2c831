import Foundation
import GitKit
import PolicylabTestSupport
import Testing
import Yams

@testable import PolicyKit

/// The binary form of parsed records gives back exactly what was parsed, and nothing from bytes
/// it did not write.
@Suite struct RecordCodingTests {
    /// Every record file of every fixture and of the shipped knowledge base, with and without its body.
    static func outcomes() throws -> [RecordParser.Outcome] {
        let fixtures = Support.packageRoot + "/Tests/PolicyKitTests/Fixtures"
        let roots = [Support.packageRoot] + (try FileManager.default.contentsOfDirectory(atPath: fixtures)).sorted().map { fixtures + "/" + $0 }
        var outcomes: [RecordParser.Outcome] = []
        for root in roots {
            let source = KnowledgeBaseSource.directory(root)
            guard let files = try? source.listFiles() else { continue }
            try source.withReader { read in
                for file in files {
                    guard case .record(let kind, let id, let project) = KnowledgeBaseLoader.role(of: file) else { continue }
                    let bytes = try read(file, SourceText.maximumSize)
                    for keepBody in [true, false] {
                        outcomes.append(
                            RecordParser.parse(bytes, path: file.path, kind: kind, fileID: id, project: project, keepBody: keepBody, decoder: YAMLDecoder()))
                    }
                }
            }
        }
        // A file that does not parse, and one with findings, are cached as they are too.
        for text in ["---\nid: [unclosed\n---\n", "---\nid: x\ntitle: T\nstrength: 1:2\nsurprise: 1\n---\nBody\n"] {
            outcomes.append(
                RecordParser.parse(
                    Array(text.utf8), path: "projects/p/evidence/x.md", kind: .evidence, fileID: RecordID("x")!, project: RecordID("p")!,
                    keepBody: true, decoder: YAMLDecoder()))
        }
        return outcomes
    }

    static func encoded(_ outcome: RecordParser.Outcome) -> [UInt8] {
        var writer = ByteWriter()
        RecordCoding.write(outcome, to: &writer)
        return writer.data
    }

    @Test func everyParsedRecordReadsBackAsItWas() throws {
        let outcomes = try Self.outcomes()
        #expect(outcomes.count > 150)
        #expect(outcomes.contains { if case .project(let project) = $0.record { !project.stakeholders.isEmpty } else { false } })
        #expect(outcomes.contains { $0.record == nil && $0.unparsedText != nil })
        #expect(outcomes.contains { $0.record != nil && !$0.findings.isEmpty })
        for outcome in outcomes {
            var reader = RecordCoding.reader(Self.encoded(outcome)[...])
            let decoded = try RecordCoding.readOutcome(&reader)
            #expect(reader.isAtEnd)
            #expect(decoded.record == outcome.record, "\(outcome.record?.source.path ?? "")")
            #expect(decoded.findings == outcome.findings)
            #expect(decoded.unparsedText == outcome.unparsedText)
        }
    }

    @Test func truncatedOrAlteredBytesAreRefusedNotTrusted() throws {
        let outcome = try #require(try Self.outcomes().first { if case .project = $0.record { true } else { false } })
        let bytes = Self.encoded(outcome)
        for length in 0..<bytes.count {
            var reader = RecordCoding.reader(bytes[..<length])
            #expect(throws: (any Error).self, "\(length) bytes") { try RecordCoding.readOutcome(&reader) }
        }
        // A record kind that does not exist, and an id that is not one.
        var kind = bytes
        kind[1] = 9
        var reader = RecordCoding.reader(kind[...])
        #expect(throws: (any Error).self) { try RecordCoding.readOutcome(&reader) }
    }
}

/// The cache of parsed records gives the knowledge base a load without it gives, and a damaged
/// cache is not used.
@Suite struct RecordCacheTests {
    @Test func aLoadFromTheCacheIsTheLoadWithoutIt() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let cache = dir + "/records"
            let source = KnowledgeBaseSource.directory(root)
            let plain = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown)
            _ = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            #expect(RecordCache(reading: cache).entries.count == plain.knowledgeBase.recordCount + plain.unparsed.count)
            let cached = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            #expect(cached.knowledgeBase.methods == plain.knowledgeBase.methods && cached.knowledgeBase.projects == plain.knowledgeBase.projects)
            #expect(cached.knowledgeBase.evidence == plain.knowledgeBase.evidence && cached.knowledgeBase.claims == plain.knowledgeBase.claims)
            #expect(cached.knowledgeBase.lessons == plain.knowledgeBase.lessons && cached.findings == plain.findings)
            // An edited file is parsed again, whatever the cache holds for its old bytes.
            try SiteDatesTests.edit(root, "toolkit/methods/co-design.md") { $0.replacingOccurrences(of: "title: Co-design", with: "title: Edited") }
            let edited = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            #expect(edited.knowledgeBase.methods.contains { $0.title == "Edited" })
            // A byte changed in the cache: its checksum no longer matches, nothing of it is used.
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: cache)))
            bytes[bytes.count - 10] ^= 0x20
            try Support.write(bytes, to: cache)
            #expect(RecordCache(reading: cache).entries.isEmpty)
            let again = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            #expect(again.knowledgeBase.methods == edited.knowledgeBase.methods)
        }
    }

    /// A file whose `lstat` is as the cache recorded it (and older than the cache) is taken from
    /// the cache without being read, as git trusts its index: shown here with bytes changed in
    /// place and the time put back by hand, which is what it cannot see. Touched, it is read again.
    @Test func unchangedFilesAreTakenByTheirLstatAndTouchedOnesRead() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let cache = dir + "/records"
            let source = KnowledgeBaseSource.directory(root)
            let path = root + "/toolkit/methods/co-design.md"
            // Files changed in the tick the cache is written in are read all the same: let one pass.
            usleep(50_000)
            _ = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            let recorded = RecordCache(reading: cache)
            let before = try #require(FileFingerprint(path: path))
            #expect(recorded.entries["toolkit/methods/co-design.md"]?.fingerprint == before)
            #expect(recorded.written.map { before.isOlder(than: $0) } == true)
            // The same size and time, other bytes, in the same inode.
            var info = stat()
            #expect(lstat(path, &info) == 0)
            let text = try SiteTests.read(path)
            let descriptor = open(path, O_WRONLY | O_TRUNC)
            #expect(descriptor >= 0)
            let changed = Array(text.replacingOccurrences(of: "title: Co-design", with: "title: Co-DESIGN").utf8)
            #expect(changed.count == text.utf8.count)
            #expect(changed.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == changed.count)
            close(descriptor)
            var times = [info.st_atim, info.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
            #expect(FileFingerprint(path: path) == before)
            let trusted = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            #expect(trusted.knowledgeBase.methods.contains { $0.title == "Co-design" })
            // Touched: another time, so it is read, and its bytes parsed.
            #expect(utimensat(AT_FDCWD, path, nil, 0) == 0)
            let read = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            #expect(read.knowledgeBase.methods.contains { $0.title == "Co-DESIGN" })
        }
    }

    @Test func aCacheWrittenByAnotherPolicylabIsNotUsed() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let cache = dir + "/records"
            _ = try KnowledgeBaseLoader.load(from: .directory(root), keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            #expect(!RecordCache(reading: cache).entries.isEmpty)
            #expect(RecordCache(reading: cache, identity: "policylab 123 456.789").entries.isEmpty)
            // Nor one of an older format, even with the right checksum.
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: cache)))
            bytes.replaceSubrange(0..<RecordCache.magic.count, with: Array("policylab parsed records 1\n".utf8))
            try Support.write(bytes, to: cache)
            #expect(RecordCache(reading: cache).entries.isEmpty)
        }
    }

    /// Signing keys and signed verdicts are what trust rests on: they come back from the cache
    /// as they were parsed, and a claim confirmed by a signature is still verified.
    @Test func signingKeysAndSignedVerdictsComeBackAsParsed() throws {
        try AuthoringRepository.withFixture { kb in
            let keys = URL(fileURLWithPath: kb.root).deletingLastPathComponent().path
            let dft = try TestSSHKey.make("ed25519", named: "dft", in: keys)
            let project = try kb.read("projects/alpha/project.md").replacingOccurrences(
                of: "    contact: policy@dft.example\n", with: "    contact: policy@dft.example\n    signing_key: \"\(try dft.publicKeyText)\"\n")
            try Contributor.maintainer.commit(["projects/alpha/project.md": project], on: "main", message: "The DfT signs its verdicts", in: kb.root)
            var change = VerificationAddition(
                claim: try RecordSelector.claim("alpha/timetable-changed"), stakeholder: rid("dft"), verdict: .confirmed,
                recordedBy: "Ada Lovelace <ada@example.org>")
            change.signer = SSHSigner(key: .file(dft.path), environment: ["PATH": "/usr/bin:/bin"])
            try kb.apply(change)

            let cache = keys + "/records"
            let source = KnowledgeBaseSource.directory(kb.root)
            let plain = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown)
            _ = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            let cached = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, recordCache: cache)
            let alpha = try #require(cached.knowledgeBase.project(rid("alpha")))
            #expect(alpha.stakeholders.contains { $0.id == rid("dft") && $0.signingKey != nil })
            #expect(alpha == plain.knowledgeBase.project(rid("alpha")))
            let claim = try #require(cached.knowledgeBase.claim(rid("alpha"), rid("timetable-changed")))
            #expect(claim.verifications.contains { $0.signature != nil })
            #expect(claim == plain.knowledgeBase.claim(rid("alpha"), rid("timetable-changed")))
            #expect(claim.status(in: alpha, settings: cached.knowledgeBase.settings) == .verified)
        }
    }
}
