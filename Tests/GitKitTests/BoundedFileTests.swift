import Foundation
import GitKit
import Testing

/// `BoundedFile.read`, which every cache is read through: the bytes of a regular file within its
/// size, and a reason for anything else.
@Suite struct BoundedFileTests {
    @Test func readsRegularFilesWholeWithOrWithoutAHeader() throws {
        try Support.withTemporaryDirectory { dir in
            for size in [0, 1, 7, 4096, 1 << 20] {
                let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
                let path = dir + "/f\(size)"
                #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
                #expect(BoundedFile.read(path, maximumSize: 1 << 21) == .bytes(bytes), "size \(size)")
                #expect(BoundedFile.read(path, maximumSize: size) == .bytes(bytes), "size \(size)")
                if size >= 7 {
                    var seen: ([UInt8], Int)?
                    let read = BoundedFile.read(path, maximumSize: 1 << 21, headerSize: 7) { header, total in
                        seen = (header, total)
                        return nil
                    }
                    #expect(read == .bytes(bytes))
                    #expect(seen?.0 == Array(bytes.prefix(7)) && seen?.1 == size)
                }
            }
        }
    }

    @Test func refusesWhatIsNotAWithinSizeRegularFile() throws {
        try Support.withTemporaryDirectory { dir in
            let path = dir + "/cache"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 1, count: 100)))
            #expect(BoundedFile.read(path, maximumSize: 99) == .refused("100 bytes, over the 99 expected at most"))
            #expect(BoundedFile.read(path, maximumSize: 200, headerSize: 101) == .refused("100 bytes, too short for its header"))
            #expect(BoundedFile.read(path, maximumSize: 200) { _, _ in "wrong magic" } == .refused("wrong magic"))
            #expect(BoundedFile.read(dir + "/none", maximumSize: 200) == .absent)
            #expect(mkfifo(dir + "/fifo", 0o644) == 0)
            #expect(BoundedFile.read(dir + "/fifo", maximumSize: 200) == .refused("not a regular file"))
            #expect(symlink(path, dir + "/link") == 0)
            #expect(BoundedFile.read(dir + "/link", maximumSize: 200) == .refused("a symbolic link"))
            #expect(BoundedFile.read(dir, maximumSize: 200) == .refused("not a regular file"))
        }
    }
}
