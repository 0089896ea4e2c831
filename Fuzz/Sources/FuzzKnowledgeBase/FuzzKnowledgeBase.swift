import Foundation
import FuzzSupport
@testable import PolicyKit

/// Scratch working tree, emptied before each input.
let root = FuzzFolder.make("kb")

/// A small knowledge base: the input is files separated by NUL bytes, each a path line and the
/// file's bytes (`projects/a/project.md\n---\nid: a ...`). Written to a folder, loaded as `check`
/// loads a working tree, and validated (ids, references, every rule).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKnowledgeBase(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    FuzzFolder.clear(root)
    var written = 0
    for chunk in input.bytes.split(separator: 0, omittingEmptySubsequences: true).prefix(64) {
        let (pathBytes, content) = FuzzInput.split(Array(chunk), at: UInt8(ascii: "\n"))
        guard let path = safePath(pathBytes) else { continue }
        let folder = (root + "/" + path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if FuzzFolder.write(content, to: root + "/" + path) { written += 1 }
    }
    guard written > 0, let outcome = try? KnowledgeBaseLoader.load(from: .directory(root)) else { return 0 }
    _ = Validator.validate(outcome)
    _ = Validator.validate(outcome, hidingDependents: false)
    return 0
}

/// A relative path of at most four plain names (no `..`, no leading `/`), or nil.
func safePath(_ bytes: [UInt8]) -> String? {
    guard let text = String(bytes: bytes, encoding: .utf8) else { return nil }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard (1...4).contains(parts.count),
          parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && $0.utf8.count < 100 && !$0.utf8.contains(where: { $0 < 0x20 }) })
    else { return nil }
    return text
}
