import Foundation

/// Golden files: rendered output compared with a reviewed copy under `Fixtures/golden/`.
public enum Golden {
    /// How `text` differs from the golden file `name`, nil when it does not; with
    /// POLICYLAB_UPDATE_GOLDEN set, writes `text` there first, so that the change shows in the diff
    /// to review. (It says rather than expects: this target does not link the test library, so
    /// that release builds of the package build it too.)
    public static func difference(_ text: String, _ name: String) throws -> String? {
        let path = TestFiles.fixture("golden/" + name)
        if ProcessInfo.processInfo.environment["POLICYLAB_UPDATE_GOLDEN"] != nil {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        guard text != golden else { return nil }
        let line = zip(text.split(separator: "\n", omittingEmptySubsequences: false), golden.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
        return "differs from \(name)\(line.map { " from line \($0)" } ?? " in length"); rerun with POLICYLAB_UPDATE_GOLDEN=1 and review the diff"
    }
}
