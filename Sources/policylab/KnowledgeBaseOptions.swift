import ArgumentParser
import Foundation
import PolicyKit

/// Where the knowledge base is, and which revision to read.
struct KnowledgeBaseOptions: ParsableArguments {
    static let environmentVariable = "POLICYLAB_KB"

    @Option(name: .customShort("C"), help: ArgumentHelp("Use the knowledge base in DIR instead of the current folder (also POLICYLAB_KB).", valueName: "DIR"))
    var directory: String?

    @Option(help: ArgumentHelp("Read this revision (branch, tag or commit) straight from git, leaving the working tree alone.", valueName: "REV"))
    var rev: String?

    var location: String {
        directory ?? ProcessInfo.processInfo.environment[Self.environmentVariable] ?? FileManager.default.currentDirectoryPath
    }

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

    func loadWithSource(keepingBodiesOf kinds: Set<RecordKind>) throws -> (KnowledgeBaseSource, KnowledgeBaseLoader.Outcome) {
        try mappingFailures {
            let source = try KnowledgeBaseLocation.locate(from: location).source(revision: rev)
            return (source, try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: kinds))
        }
    }
}

/// `--format text|json`, shared by the reading commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
