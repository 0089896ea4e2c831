import Testing

@testable import GitKit

/// FuzzHistoryCache: a history cache whose commits are their own ancestors passed every check of
/// the reader, and `pathHistory` would follow its first parents round for ever.
@Suite struct ChangedPathIndexAncestryTests {
    private func id(_ byte: String) throws -> ObjectID { try #require(ObjectID(hex: String(repeating: byte, count: 20))) }

    private func decodingError(_ index: ChangedPathIndex) throws -> String? {
        do {
            _ = try ChangedPathIndex(encoded: try index.encoded())
            return nil
        } catch let error as ChangedPathIndex.FormatError {
            return error.description
        }
    }

    @Test func aCommitThatIsItsOwnParentIsRefused() throws {
        var index = ChangedPathIndex()
        index.add(try id("a1"), parents: [try id("a1")], changed: ["x"])
        #expect(try decodingError(index) == "history index: commit \(String(repeating: "a1", count: 20)) is its own ancestor")
    }

    @Test func aCycleThroughSecondParentsIsRefused() throws {
        var index = ChangedPathIndex()
        index.add(try id("b1"), parents: [try id("b2")], changed: ["x"])
        index.add(try id("b2"), parents: [try id("b3"), try id("b4")], changed: [])
        index.add(try id("b3"), parents: [], changed: ["x"])
        index.add(try id("b4"), parents: [try id("b1")], changed: [])
        #expect(try decodingError(index) == "history index: commit \(String(repeating: "b1", count: 20)) is its own ancestor")
    }

    @Test func mergesThatMeetAgainAreKept() throws {
        var index = ChangedPathIndex()
        index.add(try id("c1"), parents: [try id("c2"), try id("c3")], changed: ["x"])
        index.add(try id("c2"), parents: [try id("c4")], changed: [])
        index.add(try id("c3"), parents: [try id("c4")], changed: ["y"])
        index.add(try id("c4"), parents: [], changed: ["x", "y"])
        #expect(try decodingError(index) == nil)
        #expect(try ChangedPathIndex(encoded: try index.encoded()) == index)
    }
}
