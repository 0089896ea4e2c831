import Foundation

/// The findings as the Code Climate JSON that GitLab's Code Quality report reads
/// (`artifacts: reports: codequality`).
extension FindingsReport {
    private struct Issue: Encodable {
        struct Location: Encodable {
            struct Lines: Encodable { var begin: Int }
            var path: String
            var lines: Lines
        }
        var description: String
        var checkName = "policylab"
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case description, fingerprint, severity, location
            case checkName = "check_name"
        }
    }

    func codeQuality() throws -> String {
        let issues = findings.map { finding in
            // Stable across runs and line moves: the file and the message.
            Issue(
                description: finding.message, fingerprint: SHA256.hex(Array("\(finding.path)\n\(finding.message)".utf8)),
                severity: finding.severity == .error ? "major" : "minor",
                location: .init(path: finding.path, lines: .init(begin: max(1, finding.position?.line ?? 1))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONOutput.escapingControls(String(decoding: try encoder.encode(issues), as: UTF8.self)) + "\n"
    }
}
