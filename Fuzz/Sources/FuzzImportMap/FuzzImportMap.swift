import FuzzSupport
@testable import PolicyKit

/// An import map and a foreign Markdown file (separated by the first NUL byte), read as
/// `import collection` reads them: the map, then the file converted by it (and by an empty map);
/// a converted file must parse as a record of its kind.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportMap(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
    let mapBytes = Array(bytes[..<split])
    let file = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : bytes
    var maps = [ImportMap()]
    if let map = try? ImportMap.load(mapBytes, path: "map.yaml", kind: .method) { maps.append(map) }
    for map in maps {
        let outcome = RecordConversion(map: map, kind: .method).convert(file, path: "_methods/fuzzed.md", relativePath: "fuzzed.md")
        if let converted = outcome.converted {
            _ = RecordParser.parse(
                converted.bytes, path: "toolkit/methods/\(converted.id).md", kind: .method, fileID: converted.id, project: nil, keepBody: true,
                decoder: .init())
        }
    }
    return 0
}
