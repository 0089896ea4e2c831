import FuzzSupport
@testable import PolicyKit
import Yams

/// One record file: the first byte picks the kind, the rest is the file. Parses it as `check`
/// does, validates a knowledge base of that record alone, and renders it as `show` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecord(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let (selector, file) = FuzzInput(data, size).selectorAndRest else { return 0 }
    let kind = RecordKind.allCases[Int(selector) % RecordKind.allCases.count]
    let paths: [RecordKind: String] = [
        .method: "toolkit/methods/fuzz.md", .project: "projects/fuzz/project.md", .evidence: "projects/fuzz/evidence/fuzz.md",
        .claim: "projects/fuzz/impact/fuzz.md", .lesson: "lessons/fuzz.md",
    ]
    guard let id = RecordID("fuzz"), let path = paths[kind] else { return 0 }
    let outcome = RecordParser.parse(file, path: path, kind: kind, fileID: id, project: kind == .evidence || kind == .claim ? id : nil,
                                     keepBody: true, decoder: YAMLDecoder())
    guard let record = outcome.record else { return 0 }
    let knowledgeBase = KnowledgeBase(settings: .defaults, records: [record])
    _ = Validator.validate(KnowledgeBaseLoader.Outcome(knowledgeBase: knowledgeBase, findings: outcome.findings))
    _ = RecordPage(record: record, knowledgeBase: knowledgeBase, today: Day(year: 2026, month: 6, day: 1) ?? .today()).text()
    return 0
}
