import Foundation
import Testing

/// The README's tour is `scripts/tour.sh`: this runs it on a fresh knowledge base and compares what
/// every command printed with the README's listings (the blocks marked `<!-- tour: NAME -->`), so
/// that a new user can follow the README verbatim and the README cannot drift from reality.
@Suite("The README's tour") struct TourTests {
    /// Commit ids and today's dates differ from run to run; everything else must be as printed.
    static func normalised(_ lines: [String]) -> [String] {
        lines.map { line in
            line.replacingOccurrences(of: #"\b[0-9a-f]{40}\b|\b[0-9a-f]{7}\b"#, with: "<id>", options: .regularExpression)
                .replacingOccurrences(of: #"\b\d{4}-\d{2}-\d{2}\b"#, with: "<date>", options: .regularExpression)
        }
    }

    /// The README's tour listings by name, without their comment lines ("# The contributor: ...").
    static func readmeListings() throws -> [String: [String]] {
        let readme = try String(contentsOfFile: CLI.packageRoot + "/README.md", encoding: .utf8)
        var listings: [String: [String]] = [:]
        var name: String?
        var inBlock = false
        for line in readme.components(separatedBy: "\n") {
            if let match = line.firstMatch(of: /^<!-- tour: (\S+)/) {
                name = String(match.1)
            } else if name != nil && !inBlock && line == "```console" {
                inBlock = true
            } else if let current = name, inBlock {
                if line == "```" {
                    inBlock = false
                    name = nil
                } else if !line.hasPrefix("# ") {
                    listings[current, default: []].append(line)
                }
            }
        }
        return listings
    }

    /// The script's transcript by part.
    static func transcript(_ output: String) -> [String: [String]] {
        var parts: [String: [String]] = [:]
        var name: String?
        for line in output.components(separatedBy: "\n") {
            if let match = line.firstMatch(of: /^### tour: (\S+)$/) {
                name = String(match.1)
            } else if let name {
                parts[name, default: []].append(line)
            }
        }
        return parts.mapValues { lines in Array(lines.reversed().drop { $0.isEmpty }.reversed()) }
    }

    @Test func theREADMEShowsWhatTheTourPrints() throws {
        try CLI.withTemporaryDirectory { dir in
            var environment = CLI.baseEnvironment()
            environment["POLICYLAB"] = try CLI.executable()
            let run = try CLI.run("/bin/bash", [CLI.packageRoot + "/scripts/tour.sh", dir + "/work"], environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            let printed = Self.transcript(run.stdout)
            let listed = try Self.readmeListings()
            #expect(Set(listed.keys) == ["one-mistake", "log-a-demonstrator", "verify-impact", "publish", "contribute"])
            #expect(Set(printed.keys) == Set(listed.keys))
            for (name, lines) in listed.sorted(by: { $0.key < $1.key }) {
                let actual = Self.normalised(printed[name] ?? [])
                let shown = Self.normalised(lines)
                let difference =
                    zip(actual, shown).first { $0 != $1 }.map { "printed '\($0.0)', README '\($0.1)'" }
                    ?? "in length (\(actual.count) against \(shown.count) lines)"
                #expect(actual == shown, "README listing '\(name)' differs from what scripts/tour.sh prints; first difference: \(difference)")
            }
            // The tour really did what the README says: the contribution is merged and pushed.
            let pushed = try CLI.run("/usr/bin/git", ["--git-dir", dir + "/work/kb.git", "log", "--format=%s", "main"])
            #expect(pushed.stdout.hasPrefix("Merge origin/add-world-cafe") || pushed.stdout.contains("add-world-cafe"), "\(pushed.stdout)")
        }
    }
}
