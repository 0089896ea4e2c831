import Foundation
import Testing

/// Nothing a record, a file name or a commit message holds can move the cursor, hide a line or
/// change the terminal: every human-readable output escapes control characters.
@Suite struct TerminalEscapeTests {
    static let hidden = "\u{1B}[8m"

    @Test func listShowHistoryAndStatusEscapeWhatRecordsAndCommitsHold() throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            let path = root + "/projects/alpha/project.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title: ") })
            try CLI.write(text.replacingOccurrences(of: String(title), with: "title: \"Hidden\\e[8m \\a\\b title\""), to: path)
            try CLI.git(["commit", "-q", "-am", "Subject \(Self.hidden) with an escape\u{07}"], in: root)
            for command in [["list", "projects"], ["show", "project:alpha"], ["history", "project:alpha"], ["status"]] {
                let run = try CLI.policylab(command, in: root)
                for output in [run.stdout, run.stderr] {
                    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(command): \(run)")
                }
            }
            #expect(try CLI.policylab(["list", "projects"], in: root).stdout.contains("Hidden\\e[8m \\a\\b title"))
            #expect(try CLI.policylab(["history", "project:alpha"], in: root).stdout.contains("Subject \\e[8m with an escape\\a"))
            #expect(
                try CLI.policylab(["status"], in: root).stdout.contains(
                    "Review: approvals are not authenticated (policylab.yaml names no signing keys: an approval is a name anyone can type)\n"))
        }
    }
}
