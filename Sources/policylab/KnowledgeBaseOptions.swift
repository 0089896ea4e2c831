import ArgumentParser
import Foundation
import PolicyKit

/// Where the knowledge base is, and which revision to read.
struct KnowledgeBaseOptions: ParsableArguments {
    @OptionGroup var place: LocationOptions

    @Option(help: ArgumentHelp("Read this revision (branch, tag or commit) straight from git, leaving the working tree alone.", valueName: "REV"))
    var rev: String?

    /// `-C DIR`, else POLICYLAB_KB, else the current folder.
    var location: String { place.location }

    /// The git directory of the knowledge base, when it is in a repository.
    var gitDirectory: String? { (try? KnowledgeBaseLocation.locate(from: location))?.gitDirectory ?? nil }

    /// Loads the knowledge base, or fails with exit status 3 when there is none to load.
    func load(keepBodies: Bool = true) throws -> KnowledgeBaseLoader.Outcome {
        try loadWithSource(keepBodies: keepBodies).1
    }

    /// The source the knowledge base was read from (for templates), and the knowledge base.
    func loadWithSource(keepBodies: Bool = true) throws -> (KnowledgeBaseSource, KnowledgeBaseLoader.Outcome) {
        try loadWithSource(keepingBodiesOf: keepBodies ? Set(RecordKind.allCases) : [])
    }

    /// - Parameter recordCache: where to keep parsed records between loads, for the source found.
    func loadWithSource(
        keepingBodiesOf kinds: Set<RecordKind>, digestingFiles: Bool = false, recordCache: (KnowledgeBaseSource) -> String? = { _ in nil }
    ) throws -> (KnowledgeBaseSource, KnowledgeBaseLoader.Outcome) {
        try mappingFailures {
            let source = try KnowledgeBaseLocation.locate(from: location).source(revision: rev)
            return (
                source,
                try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: kinds, digestingFiles: digestingFiles, recordCache: recordCache(source))
            )
        }
    }
}
