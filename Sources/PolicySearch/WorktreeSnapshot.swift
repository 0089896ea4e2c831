import GitKit
import Dispatch
import Foundation
import PolicyKit
import Platform

/// The key of a working tree's cached index: the status (`FileStatus`) of every folder walked
/// and of every record file, taken before the files are read. The index is current while each
/// of them is unchanged: an edited file changes its own times, size or inode; a file added,
/// removed or renamed changes its folder's times. Checking this costs one `fstatat` per folder
/// and record file and no listing, no reading and no hashing; on Linux 6.13 and later a change
/// made right after the snapshot still gets a distinct time (multigrain timestamps).
///
///     "worktree:", u32 entry count, then per entry: u32 path length, path (UTF-8), FileStatus (56 bytes)
enum WorktreeSnapshot {
    static let prefix = Array("worktree:".utf8)

    /// The snapshot of `walk`'s folders (statuses taken during the walk) and of its record files (taken now).
    static func take(_ walk: WorktreeWalk, root: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.data = prefix
        writer.u32(UInt32(truncatingIfNeeded: walk.folders.count + walk.records.count))
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        func add(_ path: String, _ status: FileStatus) {
            writer.u32(UInt32(truncatingIfNeeded: path.utf8.count))
            writer.data.append(contentsOf: path.utf8)
            status.write(to: &writer)
        }
        for folder in walk.folders { add(folder.path, folder.status) }
        for record in walk.records { add(record.file.path, FileStatus(at: record.file.path, in: descriptor)) }
        return writer.data
    }

    /// Whether `key` is a snapshot whose folders and files all still have the status it holds,
    /// checked by two threads when there are many.
    static func isCurrent(_ key: UnsafeRawBufferPointer, root: String) -> Bool {
        guard key.count >= prefix.count + 4, key.prefix(prefix.count).elementsEqual(prefix) else { return false }
        let count = Int(UInt32(littleEndian: key.loadUnaligned(fromByteOffset: prefix.count, as: UInt32.self)))
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        var offset = prefix.count + 4
        for _ in 0..<count {
            guard offset + 4 <= key.count else { return false }
            let length = Int(UInt32(littleEndian: key.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            guard length < 4096, offset + 4 + length + FileStatus.size <= key.count else { return false }
            offsets.append(offset)
            offset += 4 + length + FileStatus.size
        }
        guard offset == key.count else { return false }
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let workers = count >= 4096 ? 2 : 1
        let (shared, entries) = (ReadOnlyBytes(raw: key), offsets)
        return ParallelRuns.map(count, runs: workers) { range in unchanged(shared.raw, entries[range], in: descriptor) }.allSatisfy { $0 }
    }

    private static func unchanged(_ key: UnsafeRawBufferPointer, _ offsets: ArraySlice<Int>, in descriptor: Int32) -> Bool {
        var path = [CChar](repeating: 0, count: 4097)
        return path.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress, let source = key.baseAddress else { return false }
            for offset in offsets {
                let length = Int(UInt32(littleEndian: key.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                UnsafeMutableRawPointer(base).copyMemory(from: source + offset + 4, byteCount: length)
                base[length] = 0
                let stored = FileStatus(reading: key, at: offset + 4 + length)
                guard FileStatus(at: base, in: descriptor) == stored else { return false }
            }
            return true
        }
    }
}

/// Bytes only read, and only while their owner waits for the readers to finish.
private struct ReadOnlyBytes: @unchecked Sendable {
    let raw: UnsafeRawBufferPointer
}
