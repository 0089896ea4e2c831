import Foundation
import Testing

/// End to end: a CSO proposes on a branch with the `git` program, a maintainer reviews, approves,
/// merges and syncs with policylab.
@Suite struct ContributionCommandTests {
    static let maintainer = "A Maintainer <maintainer@example.org>"
    static let method = "---\nid: crowdsourcing\ntitle: Crowdsourcing\nsummary: Ask many people.\nphases: [discover]\nstatus: draft\n---\n"

    /// A fixture repository with a `proposal` branch that adds a method, committed by `git`.
    private func withProposal(_ body: (String) throws -> Void) throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            try CLI.git(["switch", "-q", "-c", "proposal"], in: root)
            try CLI.write(Self.method, to: root + "/toolkit/methods/crowdsourcing.md")
            try CLI.git(["add", "-A"], in: root)
            try CLI.git(["commit", "-q", "-m", "Propose crowdsourcing"], in: root)
            try CLI.git(["switch", "-q", "main"], in: root)
            try body(root)
        }
    }

    @Test func reviewApproveAndMerge() throws {
        try withProposal { root in
            let review = try CLI.policylab(["review", "proposal"], in: root)
            #expect(review.status == 0, "\(review)")
            #expect(review.stdout.contains("  + method:crowdsourcing (toolkit/methods/crowdsourcing.md)\n"))
            #expect(
                review.stdout.hasSuffix(
                    "approvals: 0 of 1 required\nnote: approvals are not authenticated: policylab.yaml names no signing keys, "
                        + "so an approval is a name and e-mail anyone can type\nverdict: ready to merge once approved\n"))

            let refused = try CLI.policylab(["merge", "proposal", "--author", Self.maintainer], in: root)
            #expect(refused.status == 1)
            #expect(
                refused.stderr
                    == "policylab: error: 0 of 1 required approvals of the branch's current head by maintainers, so nothing was merged (record one with 'policylab review approve BRANCH')\n"
            )

            let other = try CLI.policylab(["review", "approve", "proposal"], in: root)
            #expect(other.status == 0)
            #expect(
                other.stderr == "policylab: warning: this approval does not count: not a maintainer in policylab.yaml\n"
                    + "policylab: note: approvals are not authenticated: policylab.yaml names no signing keys, so an approval is a name and e-mail anyone can type\n"
            )
            let approve = try CLI.policylab(["review", "approve", "proposal", "--author", Self.maintainer], in: root)
            #expect(approve.stdout.hasSuffix("as A Maintainer <maintainer@example.org>\napprovals: 1 of 1 required\n"), "\(approve)")

            let json = try CLI.policylab(["review", "proposal", "--format", "json"], in: root)
            #expect(json.stdout.contains("\"clean\" : true") && json.stdout.contains("\"email\" : \"maintainer@example.org\""))

            let merge = try CLI.policylab(["merge", "proposal", "--author", Self.maintainer], in: root)
            #expect(merge.status == 0, "\(merge)")
            #expect(merge.stdout.hasPrefix("merged proposal (1 file)\nApproved-by: A Maintainer <maintainer@example.org>\ncommit "))
            #expect(
                try CLI.git(["log", "-1", "--format=%P%n%B"], in: root).split(separator: "\n").dropFirst()
                    == ["merge: proposal", "Approved-by: A Maintainer <maintainer@example.org>", "Policylab-Command: merge"])
            #expect(try CLI.git(["rev-list", "--parents", "-1", "HEAD"], in: root).split(separator: " ").count == 3)
            #expect(try CLI.git(["status", "--porcelain"], in: root) == "")
            #expect(try CLI.git(["fsck", "--strict", "--no-dangling"], in: root).isEmpty)

            let history = try CLI.policylab(["history", "crowdsourcing", "--format", "json"], in: root)
            #expect(history.stdout.contains("\"subject\" : \"Propose crowdsourcing\""), "\(history)")
        }
    }

    @Test func reviewExitsNonZeroForAContributionThatShouldNotBeMerged() throws {
        try withProposal { root in
            try CLI.git(["switch", "-q", "proposal"], in: root)
            try CLI.write("echo hi\n", to: root + "/scripts/run.sh")
            try CLI.git(["add", "-A"], in: root)
            try CLI.git(["commit", "-q", "-m", "Add a script"], in: root)
            try CLI.git(["switch", "-q", "main"], in: root)
            let review = try CLI.policylab(["review", "proposal", "--base", "main"], in: root)
            #expect(review.status == 1)
            #expect(
                review.stderr
                    == "scripts/run.sh: error: outside the paths a contribution may change (toolkit, projects, lessons; set by review.paths in policylab.yaml)\n"
            )
            #expect(review.stdout.contains("other files:\n  + scripts/run.sh\n"))
            #expect(review.stdout.hasSuffix("verdict: not ready to merge\n"))
            let missing = try CLI.policylab(["review", "no-such-branch"], in: root)
            #expect(missing.status == 3)
        }
    }

    @Test func syncsBranchAndApprovalsWithPathAndFileRemotes() throws {
        try withProposal { root in
            let dir = URL(fileURLWithPath: root).deletingLastPathComponent().path
            try CLI.git(["clone", "-q", "--bare", root, dir + "/shared.git"], in: dir)
            try CLI.git(["clone", "-q", "file://" + dir + "/shared.git", dir + "/cso"], in: dir)
            // The maintainer approves the proposal and syncs main with the approvals to the shared repository.
            #expect(try CLI.policylab(["review", "approve", "proposal", "--author", Self.maintainer], in: root).status == 0)
            let first = try CLI.policylab(["sync", dir + "/shared.git"], in: root)
            #expect(first.status == 0, "\(first)")
            #expect(
                try CLI.git(["notes", "--ref", "policylab-approvals", "show", "proposal"], in: dir + "/shared.git")
                    == "Approved-by: A Maintainer <maintainer@example.org>\n")
            // The CSO's clone syncs over file://: it gets the approvals, and pushes its own commit on main.
            try CLI.write("---\nid: late\ntitle: Late\nsummary: S.\nphases: [define]\nstatus: draft\n---\n", to: dir + "/cso/toolkit/methods/late.md")
            try CLI.git(["add", "-A"], in: dir + "/cso")
            try CLI.git(["commit", "-q", "-m", "Add late"], in: dir + "/cso")
            let cso = try CLI.policylab(["sync"], in: dir + "/cso")
            #expect(cso.status == 0, "\(cso)")
            #expect(cso.stdout == "pushed main to origin\napprovals updated from origin\n")
            // Meanwhile the maintainer committed on main too: sync merges without a conflict.
            try CLI.write("---\nid: early\ntitle: Early\nsummary: S.\nphases: [define]\nstatus: draft\n---\n", to: root + "/toolkit/methods/early.md")
            try CLI.git(["add", "-A"], in: root)
            try CLI.git(["commit", "-q", "-m", "Add early"], in: root)
            let merged = try CLI.policylab(["sync", "file://" + dir + "/shared.git"], in: root)
            #expect(merged.status == 0, "\(merged)")
            #expect(merged.stdout.hasPrefix("merged file://\(dir)/shared.git into main: commit "))
            #expect(FileManager.default.fileExists(atPath: root + "/toolkit/methods/late.md"))
            #expect(try CLI.git(["status", "--porcelain"], in: root) == "")
            #expect(try CLI.git(["rev-parse", "main"], in: dir + "/shared.git") == (try CLI.git(["rev-parse", "main"], in: root)))
            // And the CSO fast-forwards to it.
            #expect(try CLI.policylab(["sync"], in: dir + "/cso").stdout.hasPrefix("fast-forwarded main to "))
            #expect(FileManager.default.fileExists(atPath: dir + "/cso/toolkit/methods/early.md"))
        }
    }

    @Test func hooksRunCheckBeforeACommit() throws {
        try withProposal { root in
            let install = try CLI.policylab(["hooks", "install"], in: root)
            #expect(install.stdout == "installed \(root)/.git/hooks/pre-commit\ninstalled \(root)/.git/hooks/pre-push\n", "\(install)")
            #expect(FileManager.default.isExecutableFile(atPath: root + "/.git/hooks/pre-commit"))
            // The hook runs the policylab that is on PATH.
            let folder = URL(fileURLWithPath: try CLI.executable()).deletingLastPathComponent().path
            try CLI.write("---\nid: broken\n---\n", to: root + "/toolkit/methods/broken.md")
            try CLI.git(["add", "-A"], in: root)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["commit", "-q", "-m", "Broken"]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.environment = CLI.baseEnvironment().merging(CLI.identity) { $1 }.merging(["PATH": folder + ":/usr/bin:/bin"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus != 0)
            #expect(try CLI.git(["log", "-1", "--format=%s"], in: root) == "Add the valid-kb fixture\n")
            // A hook someone else wrote is left alone.
            try CLI.write("#!/bin/sh\nexit 0\n", to: root + "/.git/hooks/pre-push")
            #expect(try CLI.policylab(["hooks", "install"], in: root).status == 1)
            #expect(try CLI.policylab(["hooks", "install", "--force"], in: root).status == 0)
        }
    }
}
