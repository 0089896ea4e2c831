import Foundation
import FuzzSupport
import GitKit
@testable import PolicyKit

let folder = FuzzFolder.make("journal")

/// A write-ahead journal file (`.git/policylab/journal/`), read as recovery reads it: the input
/// as the whole file, and the input as the JSON record under a header line with its right length
/// and SHA-256, so that inputs get past the checksum into the decoding and the checks of each entry.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    let path = folder + "/write.journal"
    if FuzzFolder.write(bytes, to: path) {
        switch JournalFile.open(path) {
        case .ready(let file, let journal): use(journal); file.close()
        case .damaged(let file, _): file.close()
        case .busy, nil: break
        }
    }
    let header = "\(WriteJournal.header) \(WriteJournal.formatVersion) \(bytes.count) \(PolicyKit.SHA256.hex(bytes))\n"
    if let journal = try? WriteJournal.decode(Array(header.utf8) + bytes) { use(journal) }
    return 0
}

/// What recovery reads of a journal before it touches anything.
func use(_ journal: WriteJournal) {
    _ = ObjectID(hex: journal.newCommit)
    _ = journal.oldTip.flatMap(ObjectID.init(hex:))
    for change in journal.changes {
        _ = (change.old?.file, change.new?.file)
        _ = try? Repository.validateTreePath(change.path)
    }
    if let encoded = try? journal.encoded() {
        FuzzProperty.require((try? WriteJournal.decode(encoded)) == journal, "the journal does not read back as it was written")
    }
}
