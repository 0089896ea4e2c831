import Foundation

@testable import PolicyKit

/// A deterministic pseudo-random generator (SplitMix64), so that a failing seed can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates a small knowledge base and random changes to it, valid and invalid: broken and
/// dangling references, duplicate and colliding ids and aliases, bad vocabulary, deleted records
/// that others name, evidence files that change under their digest, syntax errors, misplaced files.
struct RandomKnowledgeBase {
    var random: SeededGenerator
    /// The files of the current tip, by path.
    var files: [String: String] = [:]

    static let methodIDs = ["interviews", "workshops", "futures", "citizens-jury", "ethnography", "prototyping", "mapping", "survey-method"]
    static let projectIDs = ["alpha", "beta", "gamma", "delta", "epsilon"]
    static let evidenceIDs = ["report", "survey", "notes", "video", "minutes"]
    static let stakeholderIDs = ["dft", "lab-team", "riders", "council"]

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
        files["policylab.yaml"] = "name: Random knowledge base\nverification:\n  required_confirmations: 1\n"
        for id in Self.methodIDs.prefix(6) { files[methodPath(id)] = method(id) }
        for id in Self.projectIDs.prefix(4) {
            files[projectPath(id)] = project(id)
            for evidenceID in Self.evidenceIDs.prefix(Int.random(in: 0...3, using: &random)) {
                let (path, text, attachment) = evidence(evidenceID, of: id)
                files[path] = text
                if let attachment { files[attachment.path] = attachment.text }
            }
            if Bool.random(using: &random) { files[claimPath(id, "claim-\(id)")] = claim("claim-\(id)", of: id) }
        }
        for index in 0..<5 { files["lessons/lesson-\(index).md"] = lesson("lesson-\(index)") }
    }

    // MARK: Records

    func methodPath(_ id: String) -> String { "toolkit/methods/\(id).md" }
    func projectPath(_ id: String) -> String { "projects/\(id)/project.md" }
    func evidencePath(_ id: String, of project: String) -> String { "projects/\(project)/evidence/\(id).md" }
    func claimPath(_ project: String, _ id: String) -> String { "projects/\(project)/impact/\(id).md" }

    mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }

    /// A method id, now and then one no method has (or a former id).
    mutating func someMethod() -> String {
        chance(0.1) ? pick(["old-interviews", "nonexistent", "workshop"]) : pick(Self.methodIDs)
    }

    mutating func someProject() -> String { chance(0.1) ? pick(["zeta", "alpah"]) : pick(Self.projectIDs) }

    mutating func list(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }

    mutating func method(_ id: String, declaredID: String? = nil) -> String {
        var lines = [
            "---", "id: \(declaredID ?? id)", "title: Method \(id)",
            "summary: \(chance(0.05) ? String(repeating: "long ", count: 70) : "A way of working.")",
            "phases: [\(chance(0.05) ? "explore" : "discover")]", "status: \(pick(["draft", "published", "published", "retired"]))",
        ]
        if chance(0.4) { lines.append("related: \(list([someMethod(), chance(0.2) ? id : someMethod()]))") }
        if chance(0.3) { lines.append("aliases: \(list([pick(["old-\(id)", "old-interviews", "workshop", "futures", "legacy"])]))") }
        if chance(0.1) { lines.append("supersedes: [\(someMethod())]") }
        lines += ["---", "## When to use it", ""]
        return lines.joined(separator: "\n")
    }

    mutating func project(_ id: String) -> String {
        var lines = [
            "---", "id: \(id)", "title: Project \(id)",
            "summary: \(chance(0.15) ? "We will foster partnerships." : "Three panels with a report by March 2020.")",
            "commissioner: A department", "status: \(chance(0.05) ? "enabled" : pick(["proposed", "active", "delivered"]))",
            "demonstrator: \(chance(0.5))", "started: 2019-06-01",
        ]
        if chance(0.1) { lines.append("ended: 2018-01-01") }
        if chance(0.7) { lines.append("methods: \(list((0..<Int.random(in: 1...3, using: &random)).map { _ in someMethod() }))") }
        if chance(0.1) { lines.append("ogp_commitment: \(pick(["UK0092", "uk92"]))") }
        let stakeholders = Self.stakeholderIDs.prefix(Int.random(in: 0...3, using: &random))
        if !stakeholders.isEmpty {
            lines.append("stakeholders:")
            for stakeholder in stakeholders + (chance(0.05) ? ["dft"] : []) {
                lines += ["  - id: \(stakeholder)", "    name: \(stakeholder.capitalized)", "    kind: \(chance(0.05) ? "club" : "cso")"]
            }
        }
        if chance(0.3) {
            lines += ["milestones:", "  - title: \(chance(0.5) ? "Improve services" : "Publish the report")"]
            lines += chance(0.8) ? ["    due: 2020-03-31"] : ["    outcome: missed"]
        }
        if chance(0.1) { lines += ["indicators:", "  - title: Residents reached", chance(0.5) ? "    target: 100" : "    actual_on: 2020-01-01"] }
        lines += ["---", "## Background", ""]
        return lines.joined(separator: "\n")
    }

    /// An evidence record and, when it keeps a file, the file.
    mutating func evidence(_ id: String, of project: String) -> (path: String, text: String, attachment: (path: String, text: String)?) {
        var lines = [
            "---", "id: \(id)", "title: Evidence \(id)", "kind: \(chance(0.05) ? "rumour" : "report")",
            "access: \(pick(["public", "public", "restricted"]))",
        ]
        var attachment: (path: String, text: String)?
        if chance(0.6) {
            lines.append("link: \(pick(["https://example.org/\(id)", "https://example.org/\(id)", "ftp://example.org/x", "not a url"]))")
            if chance(0.05) { lines.append("file: evidence/files/\(id).txt") }
        } else {
            let text = "notes \(Int.random(in: 0...3, using: &random))\n"
            let file = "evidence/files/\(chance(0.3) ? "shared" : id).txt"
            if chance(0.85) { attachment = ("projects/\(project)/\(file)", text) }
            lines.append("file: \(chance(0.05) ? "files/\(id).txt" : file)")
            if chance(0.85) { lines.append("sha256: \(chance(0.85) ? SHA256.hex(Array(text.utf8)) : SHA256.hex(Array("other".utf8)))") }
        }
        if chance(0.3) { lines.append("strength: \(pick([1, 3, 5, 7]))") }
        lines += ["---", ""]
        return (evidencePath(id, of: project), lines.joined(separator: "\n"), attachment)
    }

    mutating func claim(_ id: String, of project: String) -> String {
        let statement = chance(0.1) ? "We will strengthen engagement." : "The council changed 2 timetables."
        var lines = ["---", "id: \(id)", "statement: \(statement)", "kind: \(chance(0.05) ? "magic" : "service-change")"]
        if chance(0.8) {
            let own = files.keys.filter { $0.hasPrefix("projects/\(project)/evidence/") && $0.hasSuffix(".md") }.sorted()
                .map { String($0.split(separator: "/").last?.dropLast(3) ?? "") }
            let cited = (own.isEmpty || chance(0.3) ? [pick(Self.evidenceIDs)] : [pick(own)]) + (chance(0.2) ? ["missing-evidence"] : [])
            lines.append("evidence: \(list(cited))")
        }
        if chance(0.5) {
            let stakeholder = chance(0.8) ? pick(Self.stakeholderIDs) : "stranger"
            let digest = SHA256.ofStatement(statement)
            lines += ["verifications:", "  - stakeholder: \(stakeholder)", "    verdict: confirmed", "    on: 2020-05-01"]
            switch Int.random(in: 0..<6, using: &random) {
            case 0: break
            case 1: lines.append("    statement_sha256: abc")
            case 2: lines.append("    statement_sha256: \(SHA256.hex(Array("old statement".utf8)))")
            default: lines.append("    statement_sha256: \(digest)")
            }
        }
        if chance(0.3) { lines += ["requested:", "  - stakeholder: \(chance(0.8) ? pick(Self.stakeholderIDs) : "nobody")", "    on: 2020-04-01"] }
        lines += ["---", ""]
        return lines.joined(separator: "\n")
    }

    mutating func lesson(_ id: String) -> String {
        var lines = [
            "---", "id: \(id)", "title: Lesson \(id)", "summary: Start early.", "status: \(chance(0.05) ? "final" : "published")", "date: 2020-01-01",
        ]
        if chance(0.7) { lines.append("projects: \(list([someProject()]))") }
        if chance(0.6) { lines.append("methods: \(list([someMethod()]))") }
        if chance(0.05) { lines.append("colour: blue") }
        if chance(0.1) { lines += ["sources:", "  - title: A source", "    link: \(pick(["https://example.org/s", "ftp://example.org/s"]))"] }
        lines += ["---", ""]
        return lines.joined(separator: "\n")
    }

    // MARK: Changes

    /// A random change to the current files: path to new text, nil to delete.
    mutating func change() -> [String: String?] {
        var change: [String: String?] = [:]
        for _ in 0..<(chance(0.25) ? Int.random(in: 2...4, using: &random) : 1) { oneChange(into: &change) }
        // One change cannot write both a file and a file inside it (buildTree refuses that, rightly).
        let written = change.compactMap { $0.value == nil ? nil : $0.key }
        for path in written where written.contains(where: { $0.hasPrefix(path + "/") }) {
            for inner in written where inner.hasPrefix(path + "/") { change[inner] = nil }
        }
        // Nor remove a file inside a folder it removes (the file is gone with the folder).
        let removed = change.compactMap { $0.value == nil ? $0.key : nil }
        for path in removed where removed.contains(where: { path.hasPrefix($0 + "/") }) { change[path] = nil }
        return change
    }

    private mutating func oneChange(into change: inout [String: String?]) {
        let records = files.keys.filter { $0 != "policylab.yaml" }.sorted()
        switch Int.random(in: 0..<16, using: &random) {
        case 0, 1:
            let id = chance(0.7) ? "lesson-\(Int.random(in: 0..<12, using: &random))" : pick(["Bad_Name", "lesson-"])
            change["lessons/\(id).md"] = lesson(id)
        case 2, 3:
            let id = pick(Self.methodIDs)
            change[methodPath(id)] = method(id, declaredID: chance(0.05) ? pick(Self.methodIDs) : nil)
        case 4, 5:
            let id = pick(Self.projectIDs)
            change[projectPath(id)] = project(id)
        case 6, 7:
            let project = pick(Self.projectIDs)
            let (path, text, attachment) = evidence(pick(Self.evidenceIDs), of: project)
            change[path] = text
            if let attachment { change[attachment.path] = attachment.text }
        case 8, 9:
            let project = pick(Self.projectIDs)
            change[claimPath(project, "claim-\(Int.random(in: 0..<3, using: &random))")] = claim(
                "claim-\(Int.random(in: 0..<3, using: &random))", of: project)
        case 10, 11:
            // Delete a record (others may name it) or an evidence file (its record may name it).
            if !records.isEmpty { change[pick(records)] = .some(nil) }
        case 12:
            let attachments = files.keys.filter { $0.contains("/evidence/files/") }.sorted()
            if !attachments.isEmpty { change[pick(attachments)] = .some("changed \(Int.random(in: 0...9, using: &random))\n") }
        case 13 where chance(0.2):
            // A folder deleted whole, or a record file turned into a folder.
            let folders = Set(
                files.keys.filter { $0.hasPrefix("projects/") }.sorted().map {
                    String($0.split(separator: "/").prefix(chance(0.5) ? 2 : 3).joined(separator: "/"))
                }
            )
            .filter { folder in files.keys.contains { $0.hasPrefix(folder + "/") } }.sorted()
            if chance(0.5), !folders.isEmpty {
                change[pick(folders)] = .some(nil)
            } else if !records.isEmpty {
                change[pick(records) + "/inner.md"] = "inside\n"
            }
        case 13:
            change[pick(["toolkit/notes.md", "lessons/sub/deep.md", "projects/alpha/extra.md", "README.md", "lessons/README.md"])] = "misplaced\n"
        case 14:
            if !records.isEmpty { change[pick(records)] = .some(pick(["---\nid: [unclosed\n---\n", "no front matter\n", "---\n: : :\n---\n"])) }
        default:
            change["policylab.yaml"] = "name: Random knowledge base\nverification:\n  required_confirmations: \(pick([1, 2, 0]))\n"
        }
    }

    /// Applies an accepted change to the current files, as `buildTree` does: removals first (a
    /// folder goes with everything in it), then files, each replacing a file or folder in its way.
    mutating func apply(_ change: [String: String?]) {
        func remove(_ path: String) {
            files[path] = nil
            for inside in files.keys where inside.hasPrefix(path + "/") { files[inside] = nil }
        }
        for (path, text) in change.sorted(by: { $0.key < $1.key }) where text == nil { remove(path) }
        for (path, text) in change.sorted(by: { $0.key < $1.key }) {
            guard let text else { continue }
            remove(path)
            var prefix = Substring(path)
            while let slash = prefix.lastIndex(of: "/") {
                prefix = prefix[..<slash]
                files[String(prefix)] = nil
            }
            files[path] = text
        }
    }
}
