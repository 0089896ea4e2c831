import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// The incremental validation of writes against a full validation of the same commits.
///
/// `POLICYLAB_DIFFERENTIAL_STEPS` and `POLICYLAB_DIFFERENTIAL_SEED` make a longer run
/// (`scripts/differential.sh`); the suite's share is a few hundred random changes.
@Suite struct IncrementalValidationTests {
    static let environment = ProcessInfo.processInfo.environment
    static let steps = environment["POLICYLAB_DIFFERENTIAL_STEPS"].flatMap { Int($0) } ?? 300
    static let seed = environment["POLICYLAB_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 20_261_201

    /// Everything a full validation of `commit` finds.
    static func fullFindings(_ commit: ObjectID, in repository: Repository) throws -> [Finding] {
        Validator.validate(
            try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: commit), keepBodies: false),
            hidingDependents: false)
    }

    static func commit(_ change: [String: String?], on tip: ObjectID, in repository: Repository) throws -> (commit: ObjectID, tree: ObjectID) {
        var treeChanges: [String: TreeChange] = [:]
        for (path, text) in change { treeChanges[path] = try text.map { .blob(try repository.writeBlob(Array($0.utf8))) } ?? .remove }
        let tree = try repository.buildTree(base: try repository.commit(tip).tree, changes: treeChanges)
        let commit = try repository.createCommit(tree: tree, parents: [tip], author: Support.author, committer: Support.author, message: "change\n")
        return (commit, tree)
    }

    /// Every file of `tree` with its text.
    static func files(of tree: ObjectID, in repository: Repository) throws -> [String: String] {
        var files: [String: String] = [:]
        try repository.walkTree(tree) { path, entry in
            if entry.kind == .blob { files[path] = String(decoding: try repository.blob(entry.id), as: UTF8.self) }
            return true
        }
        return files
    }

    @Test("the verdict on random changes is the verdict of a full validation, and so are the findings it checks")
    func differential() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir + "/kb.git", bare: true)
            var generator = RandomKnowledgeBase(seed: Self.seed)
            var treeChanges: [String: TreeChange] = [:]
            for (path, text) in generator.files { treeChanges[path] = .blob(try repository.writeBlob(Array(text.utf8))) }
            var tip = try repository.createCommit(
                tree: try repository.buildTree(base: nil, changes: treeChanges), parents: [],
                author: Support.author, committer: Support.author, message: "start\n")
            var tipFindings = try Self.fullFindings(tip, in: repository)
            var cache = ReferenceIndexCache(gitDirectory: repository.gitDirectory)
            var judged = 0, refusedCount = 0, fullOnly = 0
            for step in 0..<Self.steps {
                let change = generator.change()
                let context = "seed \(Self.seed), step \(step), change \(change.keys.sorted())"
                let tipIndex = try Snapshot(repository: repository, tip: tip, references: cache).referenceIndex()
                let (commit, tree) = try Self.commit(change, on: tip, in: repository)
                let bytes = change.mapValues { $0.map { Array($0.utf8) } }
                var expected = generator
                expected.apply(change)
                #expect(try Self.files(of: tree, in: repository) == expected.files, "\(context): the tree holds exactly the files")
                let after = try Self.fullFindings(commit, in: repository)
                // What the write path refused before incremental validation, computed here from the two full validations.
                let existing = Set(tipFindings.filter { $0.severity == .error }.map(\.key))
                let fullRefusal = after.filter { $0.severity == .error && (change[$0.path] != nil || !existing.contains($0.key)) }
                guard let verdict = try IncrementalValidation(repository: repository).verdict(tip: tipIndex, newTree: tree, changes: bytes) else {
                    fullOnly += 1
                    let files = generator.files.keys
                    let movesFolders = change.keys.contains { path in files.contains { $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") } }
                    // Evidence files and the evidence naming them are left to it too, where restricted files exist.
                    let touchesEvidence = change.keys.contains { $0.contains("/evidence/") }
                    #expect(
                        change["policylab.yaml"] != nil || movesFolders || touchesEvidence,
                        "\(context): only the settings, folders and evidence files are left to a full validation")
                    try advance(
                        &tip, &tipFindings, to: commit, after, cache: cache, index: nil, refused: !fullRefusal.isEmpty, generator: &generator, change)
                    continue
                }
                judged += 1
                #expect(verdict.refused.map(\.description) == fullRefusal.map(\.description), "\(context)")
                let checked = verdict.scope.union(change.keys)
                #expect(verdict.findings.map(\.description) == after.filter { checked.contains($0.path) }.map(\.description), "\(context)")
                // The records left out are exactly as they were: what makes skipping them right.
                #expect(
                    after.filter { !checked.contains($0.path) }.map(\.description)
                        == tipFindings.filter { !checked.contains($0.path) }.map(\.description), "\(context)")
                #expect(verdict.index == (try ReferenceIndex.build(commit: commit, in: repository)), "\(context): the updated index")
                if !verdict.refused.isEmpty { refusedCount += 1 }
                try advance(
                    &tip, &tipFindings, to: commit, after, cache: cache, index: verdict.index, refused: !verdict.refused.isEmpty,
                    generator: &generator, change)
                // Now and then a new process: the index comes from the file, or from a damaged one.
                if step % 7 == 3 { cache = ReferenceIndexCache(gitDirectory: repository.gitDirectory) }
                if step % 50 == 17 {
                    try Support.write(Array("damaged".utf8), to: cache.path)
                    cache = ReferenceIndexCache(gitDirectory: repository.gitDirectory)
                }
            }
            #expect(judged > Self.steps * 6 / 10)
            #expect(refusedCount > Self.steps / 10, "the random changes include invalid ones")
            #expect(fullOnly > 0)
        }
    }

    /// Moves the tip to an accepted change, and to a quarter of the refused ones too, so that the
    /// knowledge base carries errors that later changes must not be blamed for.
    private func advance(
        _ tip: inout ObjectID, _ tipFindings: inout [Finding], to commit: ObjectID, _ findings: [Finding],
        cache: ReferenceIndexCache, index: ReferenceIndex?, refused: Bool, generator: inout RandomKnowledgeBase,
        _ change: [String: String?]
    ) throws {
        guard !refused || generator.chance(0.25) else { return }
        tip = commit
        tipFindings = findings
        generator.apply(change)
        // As a write does, but not always: then the next step brings the index up from the tree diff.
        if let index, generator.chance(0.7) { cache.keep(index) }
    }
}
