import GitKit
import PolicyKit

/// Reads the few record files a search shows, from a folder or from one revision: one
/// repository handle and one tree for all of them, rather than one per file.
struct ResultFiles {
    let source: KnowledgeBaseSource

    /// The bytes of each of `paths` (empty for a file that has gone).
    func read(_ paths: [String]) throws -> [[UInt8]] {
        guard !paths.isEmpty else { return [] }
        switch source {
        case .directory:
            return try paths.map { try source.readFile($0, limit: SourceText.maximumSize) ?? [] }
        case .revision(let gitDirectory, let commit):
            // Results often share a large folder (`projects/` of thousands of entries): keep its
            // tree cached rather than inflate it again for every file.
            try GitLibrary.cacheTrees(upTo: 4 << 20, total: 64 << 20)
            let repository = try Repository.open(at: gitDirectory)
            let tree = try repository.commit(commit).tree
            return try paths.map { path in
                guard let entry = try repository.entry(at: path, inTree: tree), entry.kind == .blob || entry.kind == .executable else { return [] }
                return try repository.blob(entry.id)
            }
        }
    }
}
