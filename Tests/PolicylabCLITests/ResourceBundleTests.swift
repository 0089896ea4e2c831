import Foundation
import Testing

/// The templates, style sheet and script are resource files in `policylab_PolicyKit.resources`,
/// which SwiftPM puts beside the binary: an installed copy works with that folder beside it (also
/// called through a symbolic link), and says what is missing without it.
@Suite struct ResourceBundleTests {
    static let bundle = "policylab_PolicyKit.resources"

    @Test func anInstalledCopyWorksFromAnywhereWithItsBundleBesideIt() throws {
        try CLI.withTemporaryDirectory { dir in
            let built = try CLI.executable()
            let lib = dir + "/prefix/lib/policylab"
            try FileManager.default.createDirectory(atPath: lib, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: dir + "/prefix/bin", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: built, toPath: lib + "/policylab")
            try FileManager.default.copyItem(
                atPath: (built as NSString).deletingLastPathComponent + "/" + Self.bundle, toPath: lib + "/" + Self.bundle)
            try FileManager.default.createSymbolicLink(atPath: dir + "/prefix/bin/policylab", withDestinationPath: "../lib/policylab/policylab")
            for binary in [lib + "/policylab", dir + "/prefix/bin/policylab"] {
                let run = try CLI.run(binary, ["site", "--out", dir + "/site", "--date", "2024-01-01"], in: CLI.packageRoot)
                #expect(run.status == 0, "\(binary): \(run)")
                let css = try String(contentsOfFile: dir + "/site/assets/site.css", encoding: .utf8)
                #expect(css == (try String(contentsOfFile: CLI.packageRoot + "/Sources/PolicyKit/Resources/site/assets/site.css", encoding: .utf8)))
            }
        }
    }

    @Test func withoutItsBundleABinarySaysWhatIsMissing() throws {
        try CLI.withTemporaryDirectory { dir in
            try FileManager.default.copyItem(atPath: try CLI.executable(), toPath: dir + "/policylab")
            let run = try CLI.run(dir + "/policylab", ["site", "--out", dir + "/site"], in: CLI.packageRoot)
            #expect(run.status == 1, "\(run)")
            #expect(run.stdout == "")
            #expect(
                run.stderr == "policylab: error: policylab's resource file publishing/summary.md.mustache is missing from \(dir) "
                    + "(keep the folder policylab_PolicyKit.resources beside the policylab binary)\n")
            #expect(!FileManager.default.fileExists(atPath: dir + "/site"), "nothing written")
            let check = try CLI.run(dir + "/policylab", ["check", "--format", "json"], in: CLI.packageRoot)
            #expect(check.status == 0, "commands that need no resource still work: \(check.stderr)")
        }
    }
}
