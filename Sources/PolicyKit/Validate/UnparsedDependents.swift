/// The findings that only follow from a record file that does not parse, hidden until it does.
///
/// A file whose front matter is not valid YAML gives no record, so every rule that looks for it
/// complains: its project's evidence "has no project.md", its claims name unknown stakeholders, a
/// lesson names an unknown project. None of that is true, and it buries the one finding that says
/// what to fix. Those findings are dropped, and the parse error says how many were.
enum UnparsedDependents {
    /// `findings` of the rules without those that depend on `unparsed`; `loadFindings` with each
    /// unparsed file's error saying how many of its dependents were hidden.
    static func apply(ruleFindings: [Finding], loadFindings: [Finding], unparsed: [KnowledgeBaseLoader.UnparsedRecord]) -> [Finding] {
        guard !unparsed.isEmpty else { return loadFindings + ruleFindings }
        var hidden: [String: Int] = [:]
        let kept = ruleFindings.filter { finding in
            guard let cause = unparsed.first(where: { depends(finding, on: $0) }) else { return true }
            hidden[cause.path, default: 0] += 1
            return false
        }
        var noted = Set<String>()
        let explained = loadFindings.map { finding -> Finding in
            guard finding.severity == .error, let count = hidden[finding.path], !noted.contains(finding.path) else { return finding }
            noted.insert(finding.path)
            var note = finding
            note.message +=
                " (\(count) \(count == 1 ? "finding" : "findings") about records that depend on \(finding.path) "
                + "\(count == 1 ? "is" : "are") hidden until it parses)"
            return note
        }
        return explained + kept
    }

    /// Whether `finding` is about a reference to or from `record`, or about a record of its project.
    static func depends(_ finding: Finding, on record: KnowledgeBaseLoader.UnparsedRecord) -> Bool {
        // A project or lesson that does not parse may be the one that uses a method: when its text names the method.
        if record.kind == .project || record.kind == .lesson, finding.message == UsageRule.unusedMethodMessage,
            let method = finding.path.split(separator: "/").last.map({ $0.replacingOccurrences(of: ".md", with: "") }),
            record.text.contains(method)
        {
            return true
        }
        switch record.kind {
        case .project:
            return finding.path.hasPrefix("projects/\(record.id)/") || finding.message.contains("unknown project '\(record.id)'")
                || finding.message.contains("of project '\(record.id)', which has no project.md")
        case .method:
            return finding.message.contains("unknown method '\(record.id)'")
        case .evidence:
            return finding.message.contains("unknown evidence '\(record.id)' of project '\(record.project?.rawValue ?? "")'")
        case .lesson, .claim:
            // Nothing refers to a lesson or a claim.
            return false
        }
    }
}
