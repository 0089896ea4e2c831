import Foundation
import GitKit
import Testing

@Suite struct ConcurrencyTests {
    /// Several writers, each with its own `Repository`, append commits to one branch with
    /// compare-and-swap and retry on `.modified` / `.locked`: no commit is lost.
    @Test func compareAndSwapSerialisesConcurrentWriters() throws {
        try Support.withTemporaryDirectory { dir in
            let setup = try Repository.create(at: dir)
            let root = try Support.commit(setup, ["n.md": "root"])
            try setup.updateReference("refs/heads/main", to: root, expecting: nil, logMessage: "root")
            let writers = 4, commitsEach = 10
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: writers) { writer in
                do {
                    let repository = try Repository.open(at: dir)
                    for index in 0..<commitsEach {
                        try append(repository, "w\(writer)-\(index)")
                    }
                } catch {
                    failures.record("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            var count = 0
            try setup.walkHistory(from: try setup.resolveCommit("main")) { _ in
                count += 1
                return true
            }
            #expect(count == writers * commitsEach + 1)
            try Support.git(["fsck", "--strict", "--no-dangling"], in: dir)
        }
    }

    private func append(_ repository: Repository, _ name: String) throws {
        while true {
            let tip = try repository.resolveCommit("refs/heads/main")
            let commit = try Support.commit(
                repository, [name + ".md": name],
                base: try repository.commit(tip).tree, parents: [tip])
            do {
                try repository.updateReference("refs/heads/main", to: commit, expecting: tip, logMessage: name)
                return
            } catch let error as GitError where error.code == .modified || error.code == .locked {
                continue
            }
        }
    }
}

/// Error texts collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []
    func record(_ text: String) { lock.withLock { texts.append(text) } }
    var all: [String] { lock.withLock { texts } }
}
