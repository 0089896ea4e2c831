import Foundation

/// The findings as SARIF 2.1.0 (OASIS), the format GitHub's and GitLab's code-scanning
/// views read.
extension FindingsReport {
    private struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    private struct Tool: Encodable {
        struct Driver: Encodable {
            var name = "policylab"
            var rules: [Rule]
        }
        var driver: Driver
    }

    private struct Rule: Encodable {
        var id: String
        var shortDescription: Message
    }

    private struct Message: Encodable {
        var text: String
    }

    private struct Result: Encodable {
        var ruleId: String
        var level: String
        var message: Message
        var locations: [Location]
    }

    private struct Location: Encodable {
        struct Physical: Encodable {
            struct Artifact: Encodable { var uri: String }
            struct Region: Encodable { var startLine: Int; var startColumn: Int }
            var artifactLocation: Artifact
            var region: Region?
        }
        var physicalLocation: Physical
    }

    /// The rule every finding of `check` belongs to.
    static let sarifRule = "policylab/check"

    func sarif() throws -> String {
        let results = findings.map { finding in
            Result(
                ruleId: Self.sarifRule, level: finding.severity == .error ? "error" : "warning", message: Message(text: finding.message),
                locations: [
                    Location(
                        physicalLocation: .init(
                            artifactLocation: .init(uri: Self.uri(finding.path)),
                            region: finding.position.map { .init(startLine: max(1, $0.line), startColumn: max(1, $0.column)) }))
                ])
        }
        let rule = Rule(
            id: Self.sarifRule, shortDescription: Message(text: "A policylab knowledge base rule (records, references, publication safety)"))
        let log = Log(runs: [Run(tool: Tool(driver: .init(rules: [rule])), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONOutput.escapingControls(String(decoding: try encoder.encode(log), as: UTF8.self)) + "\n"
    }

    /// A path relative to the repository root as a URI reference: each segment percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%?#[]@!$&'()*+,;=:")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }.joined(separator: "/")
    }
}
