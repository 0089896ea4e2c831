import Foundation
import FuzzSupport
import GitKit
@testable import PolicyKit

/// A stand-in `.git/policylab` folder holding the site's cache of parsed records.
let folder = FuzzFolder.make("record-cache")

/// The cache of parsed records (`RecordCache`, `RecordCoding`), read as a site build reads it: the
/// input is read as a whole file, then as the entries after the header and checksum that this
/// policylab writes, so that it gets past them. Every entry is decoded, and a decoded outcome
/// must read back the same once encoded again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordCache(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size).bytes
    let path = folder + "/site-records"
    // The input as the whole file first (its header is checked), then as what follows the header
    // and checksum of this policylab, so that it gets past them.
    guard FuzzFolder.write(input, to: path) else { return 0 }
    _ = RecordCache(reading: path)
    var file = RecordCache.header(identity: BuildIdentity.current)
    file.append(contentsOf: withUnsafeBytes(of: Checksum.of(input).littleEndian) { Array($0) })
    file.append(contentsOf: input)
    guard FuzzFolder.write(file, to: path) else { return 0 }
    let cache = RecordCache(reading: path)
    for (path, entry) in cache.entries {
        guard let outcome = cache.outcome(for: RecordCache.Key(path: path, keepBody: entry.keepBody, sha256: entry.sha256)) else { continue }
        var writer = ByteWriter()
        RecordCoding.write(outcome, to: &writer)
        var reader = RecordCoding.reader(writer.data[...])
        let again = try? RecordCoding.readOutcome(&reader)
        FuzzProperty.require(again?.record == outcome.record && again?.findings == outcome.findings, "an entry does not read back as it was written")
    }
    return 0
}
