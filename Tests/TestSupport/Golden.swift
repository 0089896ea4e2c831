import Foundation
import Testing

/// Golden files: rendered output compared with a reviewed copy under `Fixtures/golden/`.
public enum Golden {
    /// Expects `text` to equal the golden file `name`; with POLICYLAB_UPDATE_GOLDEN set, writes
    /// `text` there first, so that the change shows in the diff to review.
    public static func expect(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = TestFiles.fixture("golden/" + name)
        if ProcessInfo.processInfo.environment["POLICYLAB_UPDATE_GOLDEN"] != nil {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == golden, "differs from \(name); rerun with POLICYLAB_UPDATE_GOLDEN=1 and review the diff", sourceLocation: sourceLocation)
    }
}
