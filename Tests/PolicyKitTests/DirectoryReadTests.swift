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
}
