import Foundation

/// The findings of a knowledge base's check, rendered in its formats: text, JSON, GitHub annotations, SARIF and
/// GitLab's Code Quality.
public struct FindingsReport: Sendable {
    /// The formats the findings render in: plain text, JSON, GitHub annotations, SARIF and GitLab's Code Quality.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, github, sarif, gitlab
    }

    /// The findings, in the order they are rendered.
    public let findings: [Finding]
    /// How many records were checked.
    public let recordCount: Int

    /// A report of `findings` on `recordCount` checked records.
    public init(findings: [Finding], recordCount: Int) {
        self.findings = findings
        self.recordCount = recordCount
    }

    /// How many findings are errors.
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    /// How many findings are warnings (every finding that is not an error).
    public var warningCount: Int { findings.count - errorCount }

    /// The one-line verdict that closes the text output.
    public var summary: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(recordCount, "record")) checked: \(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
    }

    /// The findings rendered in `format`.
    public func render(_ format: Format) throws -> String {
        switch format {
        case .text:
            return findings.map(\.description).map { $0 + "\n" }.joined()
        case .github:
            return findings.map(githubAnnotation).map { $0 + "\n" }.joined()
        case .sarif:
            return try sarif()
        case .gitlab:
            return try codeQuality()
        case .json:
            struct Document: Encodable {
                struct Item: Encodable {
                    var path: String
                    var line: Int?
                    var column: Int?
                    var severity: Finding.Severity
                    var message: String
                }
                var records: Int
                var errors: Int
                var warnings: Int
                var findings: [Item]
            }
            let items = findings.map {
                Document.Item(path: $0.path, line: $0.position?.line, column: $0.position?.column, severity: $0.severity, message: $0.message)
            }
            return try JSONOutput.encode(Document(records: recordCount, errors: errorCount, warnings: warningCount, findings: items)) + "\n"
        }
    }

    /// A GitHub Actions workflow command: `::error file=...,line=...,col=...::message`.
    private func githubAnnotation(_ finding: Finding) -> String {
        func escapeData(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var properties = ["file=\(escapeProperty(finding.path))"]
        if let position = finding.position {
            properties += ["line=\(position.line)", "col=\(position.column)"]
        }
        return "::\(finding.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(finding.message))"
    }
}
