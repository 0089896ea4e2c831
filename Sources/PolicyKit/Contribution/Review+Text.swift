extension Review {
    /// The review as text, for standard output (the findings themselves go to standard error).
    public var text: String {
        var lines = ["review of \(branch) (\(head.short)) against \(base) (\(baseCommit.short))"]
        guard let mergeBase else {
            lines.append("no common history: \(branch) does not fork from \(base)")
            return lines.joined(separator: "\n")
        }
        let records = changes.filter { $0.record != nil }
        let others = changes.filter { $0.record == nil }
        lines.append(
            "merge base \(mergeBase.short); \(commitCount) commit\(commitCount == 1 ? "" : "s"), "
                + "\(records.count) record\(records.count == 1 ? "" : "s") and \(others.count) other file\(others.count == 1 ? "" : "s") changed")
        if !records.isEmpty { lines += ["", "records:"] + records.flatMap(\.lines).map { "  " + $0 } }
        if !others.isEmpty { lines += ["", "other files:"] + others.flatMap(\.lines).map { "  " + $0 } }
        if !conflicts.isEmpty {
            lines += ["", "conflicts (both sides changed these; the merged knowledge base was not checked):"]
            lines += conflicts.map { "  ! " + ($0.record.map { "\($0) (\(conflictPath($0)))" } ?? $0.path) }
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        lines += ["", "findings: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"]
        lines.append(approvalLine)
        lines.append(
            isClean
                ? "verdict: ready to merge" + (approvals.isSatisfied ? "" : " once approved")
                : "verdict: not ready to merge")
        return lines.joined(separator: "\n")
    }

    private func conflictPath(_ reference: String) -> String {
        conflicts.first { $0.record == reference }?.path ?? ""
    }

    private var approvalLine: String {
        var line = "approvals: \(approvals.valid.count) of \(approvals.required) required"
        if !approvals.valid.isEmpty {
            line += " (" + approvals.valid.map { $0.signedBy.map { "signed by " + $0 } ?? $0.identity }.joined(separator: ", ") + ")"
        }
        let ignored = approvals.approvals.filter { !$0.counts }
        if !ignored.isEmpty {
            line += "; not counted: " + ignored.map { "\($0.identity) (\($0.reason ?? "not a maintainer"))" }.joined(separator: ", ")
        }
        if approvals.staleApprovals > 0 {
            line += "; \(approvals.staleApprovals) approval\(approvals.staleApprovals == 1 ? "" : "s") of earlier heads no longer count"
        }
        if !approvals.authenticated { line += "\nnote: " + approvals.trustStatement }
        return line
    }
}
