import FuzzSupport
@testable import PolicyKit

/// An OGP/IRM commitment table (CSV), read as `import ogp` reads it, with and without a country filter;
/// every assessment it reads is written as the one-line mapping a project file holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOGPTable(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    for country in [nil, "UK"] {
        guard let table = try? OGPImport(bytes, path: "table.csv", country: country) else { continue }
        for row in table.rows { _ = row.assessment.map(OGPImport.written) }
    }
    return 0
}
