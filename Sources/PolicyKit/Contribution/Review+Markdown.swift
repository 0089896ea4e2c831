/// The review as a report for a pull request page or a CI job summary, in Markdown: what changes,
/// record by record and field by field, the findings, the approvals and the verdict. Every text from
/// the branch is escaped, so a record cannot inject markup.
extension Review {
    /// The review as a Markdown report (see the extension's summary).
    public var markdown: String {
        // In a code span nothing is markup but the backtick; a pipe would still end a table cell.
        func code(_ text: String) -> String {
            "`"
                + text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "`", with: "'")
                .replacingOccurrences(of: "|", with: "\\|") + "`"
        }
        var lines = ["## policylab review of \(code(branch)) against \(code(base))", ""]
        guard mergeBase != nil else {
            lines.append("**Not ready to merge:** \(code(branch)) shares no history with \(code(base)).")
            return lines.joined(separator: "\n") + "\n"
        }
        let errors = findings.filter { $0.severity == .error }.count
        let verdict = isClean ? (approvals.isSatisfied ? "ready to merge" : "ready to merge once approved") : "not ready to merge"
        lines.append(
            "**Verdict: \(verdict).** \(commitCount) commit\(commitCount == 1 ? "" : "s"), \(changes.count) file\(changes.count == 1 ? "" : "s") changed, "
                + "\(errors) error\(errors == 1 ? "" : "s"), \(findings.count - errors) warning\(findings.count - errors == 1 ? "" : "s"), "
                + "approvals \(approvals.valid.count) of \(approvals.required).")
        if !changes.isEmpty {
            lines += ["", "### Changes", "", "| | record or file | what changed |", "|---|---|---|"]
            for change in changes {
                let mark =
                    switch change.status {
                    case .added: "added"
                    case .removed: "removed"
                    case .modified: "changed"
                    case .renamed: "renamed"
                    }
                let name = change.record.map { "\(code($0)) (\(code(change.path)))" } ?? code(change.path)
                var details = (change.mode.map { ["mode " + $0] } ?? []) + change.fields.map { MarkdownText.escape($0.summary) }
                if let body = change.body { details.append(MarkdownText.escape(body.summary)) }
                if let unreadable = change.unreadable { details.append("unreadable: " + MarkdownText.escape(unreadable)) }
                lines.append("| \(mark) | \(name) | \(details.isEmpty ? "" : details.joined(separator: "<br>")) |")
            }
        }
        if !conflicts.isEmpty {
            lines += ["", "### Conflicts", ""] + conflicts.map { "- " + ($0.record.map(code) ?? code($0.path)) }
        }
        if !findings.isEmpty {
            lines += ["", "### Findings", ""]
            lines += findings.map { finding in
                let place = finding.position.map { "\(finding.path):\($0.line):\($0.column)" } ?? finding.path
                return "- **\(finding.severity.rawValue)** \(code(place)): \(MarkdownText.escape(finding.message))"
            }
        }
        lines += ["", "### Approvals", ""]
        lines.append(
            "\(approvals.valid.count) of \(approvals.required) required"
                + (approvals.valid.isEmpty
                    ? ""
                    : ": " + approvals.valid.map { MarkdownText.escape($0.signedBy.map { "signed by " + $0 } ?? $0.identity) }.joined(separator: ", "))
                + ".")
        for ignored in approvals.approvals where !ignored.counts {
            lines.append("- not counted: \(MarkdownText.escape(ignored.identity)) (\(MarkdownText.escape(ignored.reason ?? "not a maintainer")))")
        }
        if !approvals.authenticated { lines += ["", "_" + MarkdownText.escape(approvals.trustStatement) + "._"] }
        return lines.joined(separator: "\n") + "\n"
    }
}
