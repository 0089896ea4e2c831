import Foundation
import FuzzSupport
import GitKit
@testable import PolicyKit

/// A stand-in `.git` folder holding `policylab/reference-index`.
let gitDirectory = FuzzFolder.make("reference-index")

/// The reference index (`.git/policylab/reference-index`), read as a write reads it. Its header's
/// payload length and checksum are set right before it is read, so that inputs get past them;
/// what it accepts must answer lookups and read back as it is written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReferenceIndex(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var file = FuzzInput(data, size).bytes
    if file.count >= ReferenceIndex.headerSize {
        let length = UInt64(file.count - ReferenceIndex.headerSize)
        let sum = Checksum.of(file[ReferenceIndex.headerSize...])
        for index in 0..<8 {
            file[8 + index] = UInt8(truncatingIfNeeded: length >> UInt64(8 * index))
            file[16 + index] = UInt8(truncatingIfNeeded: sum >> UInt64(8 * index))
        }
    }
    try? FileManager.default.createDirectory(atPath: gitDirectory + "/policylab", withIntermediateDirectories: true)
    guard FuzzFolder.write(file, to: gitDirectory + "/policylab/reference-index"),
          let index = ReferenceIndexCache(gitDirectory: gitDirectory).load() else { return 0 }
    for entry in index.entries {
        _ = index[entry.path]
        _ = index.definesProject(entry.id)
        _ = index.definesMethod(entry.id, aliases: Set(entry.aliases))
        if let project = entry.project { _ = index.definesEvidence(project, entry.id) }
    }
    FuzzProperty.require((try? ReferenceIndex(encoded: index.encoded())) == index, "the index does not read back as it was written")
    return 0
}
