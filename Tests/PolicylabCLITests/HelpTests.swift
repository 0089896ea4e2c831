import Foundation
import Testing

/// `--help` of every command, as a terminal of 80 columns shows it: examples that paste (no
/// command wrapped mid-line; a long one is split with `\` and indented continuation lines), and
/// the values of an option listed once.
@Suite struct HelpTests {
    static let commands: [[String]] = [
        ["check"], ["list"], ["show"], ["status"], ["history"], ["init"], ["search"], ["site"], ["summary"], ["digest"], ["export"],
        ["review"], ["review", "approve"], ["merge"], ["sync"], ["hooks"], ["hooks", "install"],
        ["method", "new"], ["project", "new"], ["project", "set"], ["project", "stakeholder", "add"], ["project", "milestone", "add"],
        ["project", "milestone", "done"], ["project", "milestone", "set-outcome"], ["evidence", "link"], ["lesson", "new"],
        ["impact"], ["impact", "claim"], ["impact", "request"], ["impact", "verify"], ["impact", "withdraw"],
        ["lint-commitments"], ["schema"], ["ci", "init"], ["translate"], ["translations"],
        ["import"], ["import", "collection"], ["import", "ogp"],
    ]

    func help(_ command: [String]) throws -> String {
        let run = try CLI.policylab(command + ["--help"], in: CLI.packageRoot, environment: ["COLUMNS": "80"])
        #expect(run.status == 0, "\(command)")
        return run.stdout
    }

    @Test(arguments: commands) func examplesPasteAt80Columns(command: [String]) throws {
        let lines = try help(command).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Example") }) else {
            Issue.record("\(command.joined(separator: " ")) --help has no example")
            return
        }
        let examples = lines[(start + 1)...].prefix { !$0.hasPrefix("USAGE:") }.filter { !$0.isEmpty }
        #expect(examples.contains { $0.contains("policylab ") })
        var continued = false
        for line in examples {
            #expect(line.count <= 80, "\(command): '\(line)' is wider than 80 columns")
            if continued {
                #expect(line.hasPrefix("    "), "\(command): '\(line)' continues a command without indentation (wrapped?)")
            } else {
                #expect(line.hasPrefix("  ") && !line.hasPrefix("   "), "\(command): '\(line)' is not a command (a wrapped line?)")
            }
            continued = line.hasSuffix("\\")
        }
        #expect(!continued, "\(command): the last example ends with '\\'")
    }

    @Test(arguments: commands) func anOptionsValuesAreListedOnce(command: [String]) throws {
        // Options are indented by two spaces; their help continues on lines indented further.
        var options: [String] = []
        for line in try help(command).components(separatedBy: "\n") {
            if line.hasPrefix("  -") {
                options.append(line)
            } else if line.hasPrefix("     "), !options.isEmpty {
                options[options.count - 1] += " " + line
            }
        }
        for option in options {
            let text = option.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard let match = text.firstMatch(of: /\(values: ([^;)]*)/) else { continue }
            let values = match.1.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let before = text[..<match.range.lowerBound]
            let repeated = values.filter { before.contains($0) }
            // Naming a value or two to explain it is fine; listing them all (or all but one) again is not.
            #expect(repeated.count < max(2, values.count - 1), "\(command): \(text)")
        }
    }
}
