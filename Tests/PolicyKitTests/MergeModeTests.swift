import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// Merges and fast-forwards keep executable bits and symbolic links, as git does.
@Suite struct MergeModeTests {
    /// On `main`: an executable script, a script that is not executable yet, and a link to the
    /// first guide. On `proposal`: the script edited, the other one made executable, a new
    /// executable, the link pointed at the second guide, and a new method.
    private func proposeModeChanges(_ kb: AuthoringRepository) throws {
        let git = { (arguments: [String]) in _ = try Contributor.maintainer.git(arguments, in: kb.root) }
        // The scripts and guides are paths a contribution may change.
        let settings = try kb.read("policylab.yaml")
        try kb.write(
            settings.replacingOccurrences(of: "paths: [toolkit, projects, lessons]", with: "paths: [toolkit, projects, lessons, docs, scripts]"),
            to: "policylab.yaml")
        try kb.write("#!/bin/sh\necho check\n", to: "scripts/check.sh")
        try kb.write("#!/bin/sh\necho tool\n", to: "scripts/tool.sh")
        try kb.write("v1\n", to: "docs/guide-v1.md")
        try kb.write("v2\n", to: "docs/guide-v2.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: kb.root + "/scripts/check.sh")
        try FileManager.default.createSymbolicLink(atPath: kb.root + "/docs/current.md", withDestinationPath: "guide-v1.md")
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", "Scripts and guides"])
        try git(["switch", "-q", "-c", "proposal"])
        try kb.write("#!/bin/sh\necho check all\n", to: "scripts/check.sh")
        try kb.write("#!/bin/sh\necho new\n", to: "scripts/new.sh")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: kb.root + "/scripts/new.sh")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: kb.root + "/scripts/tool.sh")
        try FileManager.default.removeItem(atPath: kb.root + "/docs/current.md")
        try FileManager.default.createSymbolicLink(atPath: kb.root + "/docs/current.md", withDestinationPath: "guide-v2.md")
        try kb.write(methodText("crowdsourcing", title: "Crowdsourcing"), to: "toolkit/methods/crowdsourcing.md")
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", "Propose"])
        try git(["switch", "-q", "main"])
        _ = try ApprovalWorkflow(repository: kb.repository).approve("proposal", base: "main", identity: Contributor.maintainer.signature, signer: nil)
    }

    private static let expectedModes = """
        120000 docs/current.md
        100644 docs/guide-v1.md
        100644 docs/guide-v2.md
        100755 scripts/check.sh
        100755 scripts/new.sh
        100755 scripts/tool.sh

        """

    /// `mode path` lines of `git ls-tree -r` for the files under docs/ and scripts/.
    private func modes(_ kb: AuthoringRepository, _ revision: String) throws -> String {
        try kb.git("ls-tree", "-r", "--format=%(objectmode) %(path)", revision, "docs", "scripts")
    }

    private func expectWorkingTreeFollows(_ kb: AuthoringRepository) throws {
        #expect(try kb.git("status", "--porcelain") == "")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: kb.root + "/docs/current.md") == "guide-v2.md")
        for script in ["check", "new", "tool"] {
            #expect(FileManager.default.isExecutableFile(atPath: kb.root + "/scripts/\(script).sh"), "scripts/\(script).sh")
        }
        #expect(try kb.read("scripts/check.sh") == "#!/bin/sh\necho check all\n")
    }

    @Test func aMergeKeepsExecutableBitsAndSymbolicLinks() throws {
        try AuthoringRepository.withFixture { kb in
            try proposeModeChanges(kb)
            // main moves too, so the merge is a real one.
            try Contributor.maintainer.commit(["lessons/.keep": "\n"], on: "main", in: kb.root)
            let outcome = try MergeWorkflow(repository: kb.repository).merge("proposal", identity: Contributor.maintainer.signature)
            #expect(try kb.repository.commit(outcome.commit).parents.count == 2)
            #expect(try modes(kb, "HEAD") == Self.expectedModes)
            #expect(try modes(kb, "HEAD") == modes(kb, "proposal"))
            #expect(
                outcome.changedPaths == [
                    "docs/current.md", "scripts/check.sh", "scripts/new.sh", "scripts/tool.sh",
                    "toolkit/methods/crowdsourcing.md",
                ])
            try expectWorkingTreeFollows(kb)
            #expect(try kb.git("fsck", "--strict", "--no-dangling").isEmpty)
        }
    }

    @Test func aSyncMergeAndAFastForwardKeepModes() throws {
        try AuthoringRepository.withFixture { kb in
            try proposeModeChanges(kb)
            let remote = kb.root + "-remote.git"
            try Support.git(["clone", "-q", "--bare", kb.root, remote], in: kb.root)
            defer { try? FileManager.default.removeItem(atPath: remote) }
            // The remote's main gets the proposal; the local main moves on its own: sync merges.
            try Support.git(["push", "-q", remote, "proposal:main"], in: kb.root)
            try Contributor.maintainer.commit(["lessons/.keep": "\n"], on: "main", in: kb.root)
            let merged = try Sync(repository: kb.repository).run(remote: remote, identity: Contributor.maintainer.signature)
            guard case .merged = merged.integration else { Issue.record("expected a merge, got \(merged.integration)"); return }
            #expect(try modes(kb, "HEAD") == Self.expectedModes)
            try expectWorkingTreeFollows(kb)

            // A second clone, behind: sync fast-forwards it, writing links and executables.
            let behind = kb.root + "-behind"
            defer { try? FileManager.default.removeItem(atPath: behind) }
            try Support.git(["clone", "-q", "--branch", "main", remote, behind], in: kb.root)
            try Support.git(["reset", "-q", "--hard", "HEAD~2"], in: behind)
            let clone = AuthoringRepository(root: behind, repository: try Repository.open(at: behind))
            let forwarded = try Sync(repository: clone.repository).run(remote: remote, identity: Contributor.maintainer.signature)
            guard case .fastForwarded = forwarded.integration else { Issue.record("expected a fast-forward, got \(forwarded.integration)"); return }
            #expect(try modes(clone, "HEAD") == Self.expectedModes)
            try expectWorkingTreeFollows(clone)
        }
    }
}
