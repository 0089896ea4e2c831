import FuzzSupport
@testable import GitKit

/// The history cache (`ChangedPathIndex`, `.git/policylab/history-index`). The length in its
/// header and its trailing checksum are set right before it is read, so that inputs get past
/// them. What it accepts must be what `pathHistory` can walk: a chain of first parents from any
/// commit ends within as many steps as there are commits (a cycle would make the walk hang).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHistoryCache(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var file = FuzzInput(data, size).bytes
    if file.count >= ChangedPathIndex.headerSize + 8 {
        for index in 0..<8 { file[8 + index] = UInt8(truncatingIfNeeded: UInt64(file.count) >> UInt64(8 * index)) }
        let sum = Checksum.of(file[..<(file.count - 8)])
        for index in 0..<8 { file[file.count - 8 + index] = UInt8(truncatingIfNeeded: sum >> UInt64(8 * index)) }
    }
    _ = ChangedPathIndex.headerProblem(Array(file.prefix(ChangedPathIndex.headerSize)), size: file.count)
    guard let index = try? ChangedPathIndex(encoded: file) else { return 0 }
    for commit in index.commitsInOrder {
        _ = index.changedPaths(of: commit)
        var current = commit
        var steps = 0
        // A path no commit changed: every indexed commit leads on to its first parent.
        while let parent = index.firstParent(of: current, ifUnchanged: "\u{0}never-changed") {
            steps += 1
            FuzzProperty.require(steps <= index.count, "the first parents of \(commit.hex) go round in a cycle")
            current = parent
        }
        for path in index.changedPaths(of: commit) ?? [] { _ = index.firstParent(of: commit, ifUnchanged: path) }
    }
    if let encoded = try? index.encoded() {
        FuzzProperty.require((try? ChangedPathIndex(encoded: encoded)) == index, "the index does not read back as it was written")
    }
    return 0
}
