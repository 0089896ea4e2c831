import Foundation
import Testing

/// A site built once for a suite, in a temporary folder that is removed when the suite's tests
/// are done (a `static let` would leave one folder in /tmp per run).
struct TemporarySite: SuiteTrait, TestScoping {
    /// The site of the suite running now.
    @TaskLocal static var path = ""

    /// The start of the temporary folder's name, such as `policylab-browser`.
    let name: String
    /// The arguments of `policylab site` after `--out DIR`.
    let arguments: [String]

    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let dir = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try? CLI.policylab(["site", "--out", dir + "/site"] + arguments, in: CLI.packageRoot)
        try await Self.$path.withValue(dir + "/site") { try await function() }
    }
}

extension Trait where Self == TemporarySite {
    /// Builds a site with `policylab site --out DIR arguments...` for the suite, and removes it after.
    static func temporarySite(_ name: String, _ arguments: [String]) -> Self { TemporarySite(name: name, arguments: arguments) }
}
