import Foundation
import Testing

@testable import PolicyKit

/// `DirectoryListing.read`, which reads every record file of a working tree: whole files of any
/// size, cut just past the limit, and never a FIFO or a link.
@Suite struct DirectoryReadTests {
    /// Sizes around the chunk a file that grew is read on in, and around the limit.
    @Test func filesComeBackWholeOrJustPastTheLimit() throws {
        try Support.withTemporaryDirectory { dir in
            for size in [0, 1, 100, 65_535, 65_536, 65_537, 200_003] {
                let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
                try Support.write(bytes, to: dir + "/f\(size)")
                #expect(try DirectoryListing.read(dir + "/f\(size)", limit: 1 << 20) == bytes, "size \(size)")
                // Over the limit: one byte more than it, enough to tell, never the whole file.
                let cut = try DirectoryListing.read(dir + "/f\(size)", limit: 50)
                #expect(cut == Array(bytes.prefix(51)), "size \(size)")
            }
        }
    }

    /// A FIFO in a record's place (put there after the listing, say) is refused at once, not waited
    /// on; a link is not followed; a missing file is an error naming it.
    @Test func onlyRegularFilesAreRead() throws {
        try Support.withTemporaryDirectory { dir in
            #expect(mkfifo(dir + "/pipe.md", 0o644) == 0)
            #expect(throws: LoadError.unreadable(path: dir + "/pipe.md", reason: "not a regular file")) {
                try DirectoryListing.read(dir + "/pipe.md", limit: 100)
            }
            try Support.write(Array("text".utf8), to: dir + "/real.md")
            #expect(symlink(dir + "/real.md", dir + "/link.md") == 0)
            #expect(throws: LoadError.self) { try DirectoryListing.read(dir + "/link.md", limit: 100) }
            #expect(throws: LoadError.self) { try DirectoryListing.read(dir + "/missing.md", limit: 100) }
        }
    }

    /// A folder of many folders is walked on several cores: the files come in the order of a walk
    /// on one (each folder's entries by name, a folder's files before the next entry's).
    @Test func aWalkOnSeveralCoresKeepsTheOrderOfAWalkOnOne() throws {
        try Support.withTemporaryDirectory { dir in
            var expected: [String] = []
            for project in (0..<150).map({ String(format: "p%03d", $0) }) {
                for file in ["evidence/a.md", "evidence/b.md", "impact/c.md", "project.md"] where project.hasSuffix("7") || file == "project.md" {
                    try Support.write(Array("x".utf8), to: dir + "/projects/\(project)/\(file)")
                    expected.append("projects/\(project)/\(file)")
                }
            }
            try Support.write(Array("x".utf8), to: dir + "/projects/zz.md")
            expected.append("projects/zz.md")
            let listed = try DirectoryListing.files(under: dir, folders: ["projects"], topFiles: [])
            #expect(listed.map(\.path) == expected)
        }
    }
}
