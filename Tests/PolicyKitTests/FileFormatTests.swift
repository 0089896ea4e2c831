import Foundation
import Testing

@testable import PolicyKit

/// The checks every record file passes before its YAML is read: front matter delimiters,
/// encoding, size, and the byte order mark and CRLF line endings that editors on Windows write.
@Suite struct FileFormatTests {
    @Test func aValidRecordHasNoFindings() throws {
        let outcome = Support.parse(Array(Support.method().utf8))
        #expect(outcome.findings.map(\.description) == [])
        guard case .method(let method)? = outcome.record else {
            Issue.record("no method read")
            return
        }
        #expect(method.id.rawValue == "m")
        #expect(method.phases == [.discover])
        #expect(method.source.body == "Body.\n")
    }

    @Test func missingFrontMatter() {
        #expect(
            Support.parseFindings("id: m\ntitle: A method\n") == [
                "toolkit/methods/m.md:1:1: error: missing front matter: the file must start with a '---' line"
            ])
        // A blank line before the delimiter is not front matter either.
        #expect(
            Support.parseFindings("\n---\nid: m\n---\n") == [
                "toolkit/methods/m.md:1:1: error: missing front matter: the file must start with a '---' line"
            ])
    }

    @Test func unclosedFrontMatter() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: A method\n\nSome prose that was meant as the body.\n") == [
                "toolkit/methods/m.md:1:1: error: unclosed front matter: no closing '---' line after the one on line 1"
            ])
        #expect(
            Support.parseFindings("---") == [
                "toolkit/methods/m.md:1:1: error: unclosed front matter: no closing '---' line after the one on line 1"
            ])
    }

    @Test func frontMatterMayCloseWithDotsAndDelimitersMayHaveTrailingSpaces() {
        #expect(Support.parseFindings("--- \nid: m\ntitle: T\nsummary: S\nphases: [define]\nstatus: draft\n...\nBody\n") == [])
        #expect(Support.parseFindings("---\nid: m\ntitle: T\nsummary: S\nphases: [define]\nstatus: draft\n---   \n") == [])
    }

    @Test func frontMatterThatIsNotAMapping() {
        #expect(
            Support.parseFindings("---\n- id\n- m\n---\n") == [
                "toolkit/methods/m.md:2:1: error: front matter must be a mapping of 'key: value' lines"
            ])
        #expect(
            Support.parseFindings("---\n---\nBody\n") == [
                "toolkit/methods/m.md:1:1: error: front matter must be a mapping of 'key: value' lines"
            ])
    }

    @Test(arguments: [[UInt8](), Array("  \n\n\t\r\n".utf8), [0xEF, 0xBB, 0xBF]])
    func emptyFiles(bytes: [UInt8]) {
        #expect(
            Support.parse(bytes).findings.map(\.description) == [
                "toolkit/methods/m.md:1:1: error: file is empty (expected front matter between '---' lines)"
            ])
    }

    @Test func nulByte() {
        #expect(
            Support.parse(Array("---\nid: m\ntitle: a".utf8) + [0] + Array("b\n---\n".utf8)).findings.map(\.description) == [
                "toolkit/methods/m.md:3:9: error: file contains a NUL byte (binary data is not a record)"
            ])
    }

    @Test func invalidUTF8() {
        // "café" in Latin-1: the é is the single byte 0xE9.
        #expect(
            Support.parse(Array("---\nid: m\ntitle: caf".utf8) + [0xE9] + Array("\n---\n".utf8)).findings.map(\.description) == [
                "toolkit/methods/m.md:3:11: error: file is not valid UTF-8"
            ])
        // A truncated sequence at the very end of the file.
        #expect(
            Support.parse(Array("---\nid: m\n---\nend ".utf8) + [0xE2, 0x82]).findings.map(\.description) == [
                "toolkit/methods/m.md:4:5: error: file is not valid UTF-8"
            ])
    }

    @Test func columnsCountCharactersLikeYAMLPositionsDo() {
        // The same place, after "été" (3 characters, 5 bytes), found by the byte checks and by the
        // YAML parser: both count characters, so both say column 11.
        let badByte = Support.parse(Array("---\nid: m\ntitle: été".utf8) + [0xFF] + Array("\n---\n".utf8))
        #expect(badByte.findings.map(\.description) == ["toolkit/methods/m.md:3:11: error: file is not valid UTF-8"])
        let nul = Support.parse(Array("---\nid: m\ntitle: été".utf8) + [0] + Array("\n---\n".utf8))
        #expect(nul.findings.map(\.description) == ["toolkit/methods/m.md:3:11: error: file contains a NUL byte (binary data is not a record)"])
        #expect(
            Support.parseFindings("---\nid: m\ntitle: été: x\n---\n") == [
                "toolkit/methods/m.md:3:11: error: the value of 'title' contains ': ', which YAML reads as the start of a new key: put the whole value in quotes (title: \"été: x\")"
            ])
    }

    @Test func filesOverOneMebibyteAreRefusedUnparsed() {
        let header = Array("---\nid: m\ntitle: T\nsummary: ".utf8)
        let footer = Array("\n---\n".utf8)
        let tooLarge = header + [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) + 1 - header.count - footer.count) + footer
        #expect(tooLarge.count == (1 << 20) + 1)
        #expect(
            Support.parse(tooLarge).findings.map(\.description) == [
                "toolkit/methods/m.md: error: file is larger than 1 MiB (1048576 bytes), the limit for a record"
            ])
        // Exactly 1 MiB is read (and here fails for other reasons: no phases, no status).
        let atLimit = Array(tooLarge.dropFirst())
        #expect(atLimit.count == 1 << 20)
        #expect(!Support.parse(atLimit).findings.map(\.message).contains { $0.contains("1 MiB") })
    }

    @Test func hugeFileOnDiskIsRefusedWithoutReadingItAll() throws {
        // The reader stops soon after the limit.
        try Support.withTemporaryDirectory { dir in
            try Support.write([UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20), to: dir + "/big.md")
            let read = try DirectoryListing.read(dir + "/big.md", limit: SourceText.maximumSize)
            #expect(read.count > SourceText.maximumSize)
            #expect(read.count <= SourceText.maximumSize + (64 << 10))
        }
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let big = Array("---\nid: big\n---\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20)
            try Support.write(big, to: root + "/toolkit/methods/big.md")
            try Support.expectCheck(
                root,
                [
                    "toolkit/methods/big.md: error: file is larger than 1 MiB (1048576 bytes), the limit for a record"
                ])
        }
    }

    @Test func byteOrderMarkIsAcceptedAndLinesStayThoseOfTheFile() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let clean = Support.parse(bom + Array(Support.method().utf8))
        #expect(clean.findings.map(\.description) == [])
        #expect(clean.record?.source.body == "Body.\n")
        #expect(
            Support.parse(bom + Array(Support.method("cost: cheap\n").utf8)).findings.map(\.description) == [
                "toolkit/methods/m.md:7:7: error: unknown cost 'cheap' (expected low, medium, high)"
            ])
    }

    @Test func crlfLineEndingsAreAcceptedWithCorrectLines() {
        let crlf = Support.method("cost: cheap\ntitel: x\n").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(crlf.utf8.contains(0x0D))
        #expect(
            Support.parseFindings(crlf) == [
                "toolkit/methods/m.md:7:7: error: unknown cost 'cheap' (expected low, medium, high)",
                "toolkit/methods/m.md:8:1: error: unknown key 'titel' (did you mean 'title'?)",
            ])
        let clean = Support.parse(Array(Support.method().replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(clean.findings.map(\.description) == [])
        guard case .method(let method)? = clean.record else {
            Issue.record("no method read")
            return
        }
        #expect(method.title == "A method")
        #expect(method.source.body == "Body.\n")
    }

    @Test func byteOrderMarkAndCRLFTogetherOnDisk() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let text = """
                ---
                id: field-notes
                title: Field notes
                kind: interview-notes
                file: evidence/files/notes.txt
                sha256: 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03
                access: restricted
                strength: 9
                ---

                """.replacingOccurrences(of: "\n", with: "\r\n")
            try Support.write([0xEF, 0xBB, 0xBF] + Array(text.utf8), to: root + "/projects/alpha/evidence/field-notes.md")
            try Support.expectCheck(
                root,
                [
                    "projects/alpha/evidence/field-notes.md:8:11: error: 'strength' must be 1 to 5 (the Nesta standards of evidence), not 9"
                ])
        }
    }
}
