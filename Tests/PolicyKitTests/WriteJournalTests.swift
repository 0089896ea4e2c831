import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// The write journal's file format: what is written reads back, and nothing damaged is trusted.
@Suite struct WriteJournalTests {
    let journal = WriteJournal(
        process: 42, branch: "refs/heads/main", oldTip: String(repeating: "a", count: 40), newCommit: String(repeating: "b", count: 40),
        message: "lesson: add x",
        changes: [.init(path: "lessons/x.md", old: nil, new: .init(TreeFile(id: ObjectID(hex: String(repeating: "c", count: 40))!, kind: .blob)))])

    @Test func readsBackWhatItWrote() throws {
        #expect(try WriteJournal.decode(try journal.encoded()) == journal)
    }

    @Test(arguments: ["truncated", "no header", "flipped", "foreign"])
    func refusesADamagedFile(damage: String) throws {
        let bytes = try journal.encoded()
        let bodyCount = bytes.count - ((bytes.firstIndex(of: UInt8(ascii: "\n")) ?? 0) + 1)
        let (damaged, expected): ([UInt8], String) =
            switch damage {
            case "truncated": (Array(bytes.dropLast(3)), "truncated: \(bodyCount - 3) of \(bodyCount) bytes")
            case "no header": (Array(bytes.prefix(10)), "no header line (truncated?)")
            case "flipped": (bytes.enumerated().map { $0.offset == bytes.count - 5 ? $0.element ^ 1 : $0.element }, "checksum mismatch")
            default: (Array("DIRC 1 2 3\n{}".utf8), "not a policylab write journal")
            }
        #expect(throws: WriteJournal.Damage.self) { try WriteJournal.decode(damaged) }
        do {
            _ = try WriteJournal.decode(damaged)
        } catch {
            #expect("\(error)" == expected)
        }
    }

    @Test func aJournalHeldByItsWriterIsBusyAndOneOfADeadWriterIsReady() throws {
        try withTemporaryFolder { folder in
            let state = StateFolder(gitDirectory: folder)
            let file = try JournalFile.create(journal, in: state)
            let path = state.journal + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: state.journal).first))
            guard case .busy = try #require(JournalFile.open(path)) else {
                Issue.record("a journal whose writer holds it must be left alone")
                return
            }
            file.close()  // as when the writer dies: the kernel drops its flock
            guard case .ready(let opened, let read) = try #require(JournalFile.open(path)) else {
                Issue.record("a journal of a dead writer must be readable")
                return
            }
            #expect(read == journal)
            opened.remove()
            #expect(JournalFile.open(path) == nil)
            #expect(try FileManager.default.contentsOfDirectory(atPath: state.temporary).isEmpty)
        }
    }

    @Test func aJournalThatIsNotARegularFileIsDamaged() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/x.journal"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            guard case .damaged(_, let reason) = try #require(JournalFile.open(path)) else {
                Issue.record("a folder is not a journal")
                return
            }
            #expect(reason == "not a regular file")
            #expect(mkfifo(folder + "/fifo.journal", 0o644) == 0)
            guard case .damaged(_, let fifo) = try #require(JournalFile.open(folder + "/fifo.journal")) else {
                Issue.record("a fifo is not a journal, and opening it must not block")
                return
            }
            #expect(fifo == "not a regular file")
        }
    }

    private func withTemporaryFolder(_ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "policylab-journal-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }
}
