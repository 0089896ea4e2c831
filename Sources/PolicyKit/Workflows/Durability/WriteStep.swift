/// The durable steps of a write, in order; after each one a crash leaves a state that the next
/// command's recovery completes or discards.
public enum WriteStep: String, CaseIterable, Sendable {
    /// The write-ahead record is on disk; the branch has not moved.
    case journalWritten = "journal-written"
    /// The branch points at the new commit; work tree and index still hold the old files.
    case branchMoved = "branch-moved"
    /// The first changed file is in the work tree, the others not yet.
    case firstFileWritten = "first-file-written"
    /// Every changed file is in the work tree; the index is not updated.
    case workingTreeWritten = "working-tree-written"
    /// `index.lock` is taken; the index is not yet rewritten.
    case indexLocked = "index-locked"
    /// The index holds the commit's files; the journal is still there.
    case indexWritten = "index-written"
    /// The journal is removed: the write is complete.
    case journalRemoved = "journal-removed"

    /// Called after each step: tests set it (through `POLICYLAB_TEST_CRASH_AT`) to kill a writer
    /// there. Set once at start-up, before any write.
    nonisolated(unsafe) public static var observer: (@Sendable (WriteStep) -> Void)?

    func reached() {
        WriteStep.observer?(self)
    }
}
