import Foundation
import Testing

@testable import PolicyKit

/// Evidence has a link or a file, not both; links are web URLs; files live under the project's
/// `evidence/files/`, exist, and match their SHA-256.
@Suite struct EvidenceTests {
    static let path = "projects/alpha/evidence/field-notes.md"

    /// The fixture's `field-notes` evidence with `fields` as lines 4 onwards.
    static func evidence(_ fields: String) -> String {
        "---\nid: field-notes\ntitle: Field notes\n\(fields)---\n"
    }

    @Test func neitherLinkNorFile() throws {
        try Support.expectFindings(
            afterChanging: [Self.path: Self.evidence("kind: report\naccess: public\n")],
            [
                "\(Self.path):2:5: error: evidence needs a 'link' (an http(s) URL) or a 'file' (under evidence/files/)"
            ])
    }

    @Test func evidenceFilesOverTheLimitAreReportedNotHashed() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let big = root + "/projects/alpha/evidence/files/big.bin"
            #expect(FileManager.default.createFile(atPath: big, contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: big))
            try handle.truncate(atOffset: UInt64(Evidence.maximumFileSize + 1))
            try handle.close()
            let text = Self.evidence("kind: dataset\naccess: public\nfile: evidence/files/big.bin\nsha256: \(String(repeating: "0", count: 64))\n")
            try Support.write([Self.path: text], under: root)
            try Support.expectCheck(
                root,
                [
                    "\(Self.path):6:7: error: projects/alpha/evidence/files/big.bin is larger than 50 MiB, the limit for evidence kept in the repository; publish it elsewhere and use 'link'"
                ])
        }
    }

    @Test func bothLinkAndFile() throws {
        let text = Self.evidence(
            """
            kind: report
            access: public
            link: https://example.org/notes
            file: evidence/files/notes.txt
            sha256: 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03

            """)
        try Support.expectFindings(
            afterChanging: [Self.path: text],
            [
                "\(Self.path):7:7: error: evidence has both 'link' and 'file': keep one"
            ])
    }

    @Test(arguments: ["ftp://example.org/notes", "example.org/notes", "https://", "https:///path", "https://example.org/a b", "javascript:alert(1)"])
    func linksMustBeWebURLs(link: String) throws {
        let text = Self.evidence("kind: report\naccess: public\nlink: \"\(link)\"\n")
        try Support.expectFindings(
            afterChanging: [Self.path: text],
            [
                "\(Self.path):6:7: error: 'link' must be an http:// or https:// URL, not '\(link)'"
            ])
    }

    @Test(arguments: ["https://example.org", "HTTP://EXAMPLE.ORG/X", "http://localhost:8080/report?id=3#top"])
    func webLinksAreAccepted(link: String) throws {
        try Support.expectFindings(afterChanging: [Self.path: Self.evidence("kind: report\naccess: public\nlink: \(link)\n")], [])
    }

    @Test(arguments: [
        "../../../policylab.yaml", "/etc/passwd", "evidence/notes.txt", "evidence/files/", "evidence/files/../../project.md",
        "evidence/files/./notes.txt", "evidence/files//notes.txt", "files/notes.txt",
    ])
    func filesMustBeUnderEvidenceFiles(file: String) throws {
        let text = Self.evidence(
            "kind: report\naccess: public\nfile: \"\(file)\"\nsha256: 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\n")
        try Support.expectFindings(
            afterChanging: [Self.path: text],
            [
                "\(Self.path):6:7: error: 'file' must be a path under evidence/files/ in the project's folder, such as evidence/files/report.pdf, not '\(file)'"
            ])
    }

    @Test func missingFile() throws {
        let text = Self.evidence(
            "kind: report\naccess: public\nfile: evidence/files/missing.pdf\nsha256: 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\n"
        )
        try Support.expectFindings(
            afterChanging: [Self.path: text],
            [
                "\(Self.path):6:7: error: 'file' names projects/alpha/evidence/files/missing.pdf, which does not exist"
            ])
        // Another project's file does not count either.
        let other = Self.evidence(
            "kind: report\naccess: public\nfile: evidence/files/notes.txt\nsha256: 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\n"
        )
        .replacingOccurrences(of: "field-notes", with: "copied-notes")
        try Support.expectFindings(
            afterChanging: ["projects/beta/evidence/copied-notes.md": other],
            [
                "projects/beta/evidence/copied-notes.md:6:7: error: 'file' names projects/beta/evidence/files/notes.txt, which does not exist"
            ])
    }

    @Test func digestMismatchAndMissingDigest() throws {
        // SHA-256 of "changed\n", computed with sha256sum.
        try Support.expectFindings(
            afterChanging: ["projects/alpha/evidence/files/notes.txt": "changed\n"],
            [
                "\(Self.path):6:9: error: 'sha256' does not match projects/alpha/evidence/files/notes.txt (the file's SHA-256 is 7f8b1dfc466b6249f06cbe55c9174df2578e7754da793fded244ef5cba2a38f1): the file changed or the digest is wrong"
            ])
        let text = Self.evidence("kind: interview-notes\nfile: evidence/files/notes.txt\naccess: restricted\n")
        try Support.expectFindings(
            afterChanging: [Self.path: text],
            [
                "\(Self.path):5:7: error: evidence with a 'file' needs its 'sha256' (5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03)"
            ])
        // Upper-case hex is the same digest.
        let upper = Self.evidence(
            "kind: interview-notes\nfile: evidence/files/notes.txt\naccess: restricted\nsha256: 5891B5B522D5DF086D0FF0B110FBD9D21BB4FC7163AF34D08286A2E846F6BE03\n"
        )
        try Support.expectFindings(afterChanging: [Self.path: upper], [])
    }

    @Test func strengthIsOneToFive() throws {
        let text = Self.evidence("kind: report\naccess: public\nlink: https://example.org/n\nstrength: 0\n")
        try Support.expectFindings(
            afterChanging: [Self.path: text],
            [
                "\(Self.path):7:11: error: 'strength' must be 1 to 5 (the Nesta standards of evidence), not 0"
            ])
    }

    @Test func evidenceFileThatIsASymbolicLinkIsReportedAndNotRead() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let notes = root + "/projects/alpha/evidence/files/notes.txt"
            try FileManager.default.removeItem(atPath: notes)
            // The link's target has the recorded digest: if it were followed, the evidence would pass.
            try Support.write(Array("hello\n".utf8), to: dir + "/outside.txt")
            try FileManager.default.createSymbolicLink(atPath: notes, withDestinationPath: dir + "/outside.txt")
            try Support.expectCheck(
                root,
                [
                    "\(Self.path):5:7: error: 'file' names projects/alpha/evidence/files/notes.txt, which does not exist",
                    "projects/alpha/evidence/files/notes.txt: error: symbolic link is not followed (store the file itself in the repository)",
                ])
        }
    }
}
