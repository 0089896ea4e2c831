import Foundation
import GitKit
import Platform
import PolicyKit

/// A note beside the working tree's index (`search-worktree.watched`) saying: this index file
/// (by its status: a replaced index has another inode) was current when the watcher gave this
/// answer. Written only by a process that asked the watcher *before* it checked or built the
/// index; so while the watcher gives the same answer, nothing changed and the index is still
/// current, and no file needs checking.
///
///     u64 identity, u64 generation, FileStatus of the index file (56 bytes)
struct IndexVoucher: Equatable {
    static let fileName = "search-worktree.watched"

    var answer: WatcherAnswer
    var index: FileStatus

    static func read(in folder: String) -> IndexVoucher? {
        guard case .bytes(let data) = BoundedFile.read(folder + "/" + fileName, maximumSize: 16 + FileStatus.size),
            data.count == 16 + FileStatus.size
        else { return nil }
        return data.withUnsafeBytes { raw in
            IndexVoucher(
                answer: .init(
                    identity: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                    generation: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))),
                index: FileStatus(reading: raw, at: 16))
        }
    }

    func write(in folder: String) {
        var writer = ByteWriter()
        writer.u64(answer.identity)
        writer.u64(answer.generation)
        index.write(to: &writer)
        IndexCache(path: folder + "/" + Self.fileName).store(writer.data)
    }
}
