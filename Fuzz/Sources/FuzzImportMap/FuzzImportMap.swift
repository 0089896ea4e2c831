import FuzzSupport
@testable import PolicyKit
import Yams

/// An import map and a foreign Markdown file (separated by the first NUL byte), read as
/// `import collection` reads them: the map, then the file converted by it (and by an empty map);
/// a converted file's front matter must be YAML whose keys are exactly the lines written (no value
/// of the source can add a key or break out of its line) and whose id is the one chosen, and it
/// is parsed as a record of its kind.
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
            checkFrontMatter(converted)
            _ = RecordParser.parse(
                converted.bytes, path: "toolkit/methods/\(converted.id).md", kind: .method, fileID: converted.id, project: nil, keepBody: true,
                decoder: .init())
        }
    }
    return 0
}

/// The property of a converted file's front matter: one key per line written, none added or lost.
func checkFrontMatter(_ converted: RecordConversion.Converted) {
    let text = String(decoding: converted.bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
        FuzzProperty.require(false, "the converted file has no front matter", text)
        return
    }
    let written = lines[1..<end].map { String($0.prefix(while: { $0 != ":" })) }
    let node = try? Yams.compose(yaml: lines[1..<end].joined(separator: "\n"))
    let keys = node?.mapping?.keys.compactMap(\.string) ?? []
    FuzzProperty.require(keys == written, "the converted front matter has keys \(keys), but \(written) were written", text)
    FuzzProperty.require(node?.mapping?["id"]?.string == converted.id.description, "the converted id is not \(converted.id)", text)
}
