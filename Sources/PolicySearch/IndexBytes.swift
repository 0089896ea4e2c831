import Foundation
import PolicyKit

/// The bytes of an index file, owned for as long as a `SearchIndex` reads them: the file mapped
/// read-only, or a copy of an index built in memory. Reading through one raw pointer (rather than
/// `Data.withUnsafeBytes` per value) keeps a query's millions of small reads cheap.
final class IndexBytes {
    let raw: UnsafeRawBufferPointer
    /// The status of the mapped file (`.absent` for a copy).
    let status: FileStatus
    private let mapped: Bool

    /// Maps the file at `path`, or returns nil when it cannot be opened or mapped. Only a regular
    /// file is mapped: it is opened without blocking and without following links, so a FIFO or
    /// device put in its place cannot hang a search (the index is then rebuilt).
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size >= IndexFormat.headerSize else { return nil }
        let size = Int(info.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else { return nil }
        raw = UnsafeRawBufferPointer(start: base, count: size)
        status = FileStatus(info)
        mapped = true
    }

    init(copying bytes: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { source in buffer.copyMemory(from: source) }
        raw = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<bytes.count])
        status = .absent
        mapped = false
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: raw.baseAddress), raw.count)
        } else {
            UnsafeMutableRawPointer(mutating: raw.baseAddress)?.deallocate()
        }
    }

    var count: Int { raw.count }

    @inline(__always) func u32(_ offset: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
    @inline(__always) func u64(_ offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    @inline(__always) func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: raw[range]) }
}
