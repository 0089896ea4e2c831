import GitKit
import Testing

@Suite struct ObjectIDTests {
    @Test func parsesOnlyFullHexIDs() throws {
        let id = try #require(ObjectID(hex: "4B825DC642CB6EB9A060E54BF8D69288FBEE4904"))
        #expect(id.hex == "4b825dc642cb6eb9a060e54bf8d69288fbee4904")
        #expect(id.description == id.hex)
        #expect(id.short == "4b825dc")
        #expect(ObjectID(hex: "4b825dc") == nil)
        #expect(ObjectID(hex: String(repeating: "g", count: 40)) == nil)
        #expect(ObjectID(hex: String(repeating: "a", count: 41)) == nil)
        #expect(ObjectID(hex: "") == nil)
    }

    @Test func ordersByHex() throws {
        let low = try #require(ObjectID(hex: String(repeating: "0", count: 39) + "1"))
        let high = try #require(ObjectID(hex: "f" + String(repeating: "0", count: 39)))
        #expect(low < high)
        #expect([high, low].sorted() == [low, high])
        #expect(Set([low, high, low]).count == 2)
    }
}
