import FuzzSupport
@testable import PolicyKit

/// What a site build leaves in its site for the next one, decoded as if its seal had been forged:
/// the first byte chooses (modulo 3) the table of the site's files (`SiteFiles`), the search
/// postings (`SiteSearchPostings`) or the manifest (`SiteManifest`), the rest is the file's body.
/// Each decodes to what encodes back to the same, or is refused; never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSiteState(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let (selector, body) = FuzzInput(data, size).selectorAndRest else { return 0 }
    if selector % 3 == 2 {
        guard let manifest = SiteManifest(decoding: body) else { return 0 }
        FuzzProperty.require(SiteManifest(decoding: manifest.encoded()) == manifest, "a manifest does not read back as it was written")
    } else if selector % 3 == 0 {
        guard let table = SiteFiles(decoding: body) else { return 0 }
        FuzzProperty.require(SiteFiles(decoding: table.encoded()) == table, "a table of site files does not read back as it was written")
        // Entries are written in path order, so a table decoded from its own encoding is the same bytes.
        FuzzProperty.require(SiteFiles(decoding: table.encoded())?.encoded() == table.encoded(), "a table's encoding is not stable")
    } else {
        guard let postings = SiteSearchPostings(decoding: body) else { return 0 }
        FuzzProperty.require(SiteSearchPostings(decoding: postings.encoded()) == postings, "search postings do not read back as they were written")
        _ = postings.pageNumbers()
    }
    return 0
}
