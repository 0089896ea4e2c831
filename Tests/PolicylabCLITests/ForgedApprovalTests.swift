import Foundation
import Testing

/// The forgery of issue 12, end to end: a contributor approves their own branch under a
/// maintainer's name in their clone and pushes the note with the branch; the maintainer syncs.
@Suite struct ForgedApprovalTests {
    static let maintainer = "A Maintainer <maintainer@example.org>"

    @Test func aPushedApprovalUnderAMaintainersNameDoesNotCountOnceKeysAreNamed() throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            _ = try CLI.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "maintainer", "-f", dir + "/maintainer"])
            let key = try String(contentsOfFile: dir + "/maintainer.pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let settings = try String(contentsOfFile: root + "/policylab.yaml", encoding: .utf8)
                .replacingOccurrences(
                    of: "      email: maintainer@example.org\n", with: "      email: maintainer@example.org\n      signing_key: \"\(key)\"\n")
            try CLI.write(settings, to: root + "/policylab.yaml")
            try CLI.git(["commit", "-q", "-am", "Maintainers sign approvals"], in: root)
            try CLI.git(["clone", "-q", "--bare", root, dir + "/shared.git"], in: dir)
            try CLI.git(["clone", "-q", dir + "/shared.git", dir + "/cso"], in: dir)

            // The contributor's clone: a branch, and an approval typed in the maintainer's name.
            let cso = dir + "/cso"
            try CLI.git(["switch", "-q", "-c", "proposal"], in: cso)
            try CLI.write("---\nid: late\ntitle: Late\nsummary: S.\nphases: [define]\nstatus: draft\n---\n", to: cso + "/toolkit/methods/late.md")
            try CLI.git(["add", "-A"], in: cso)
            try CLI.git(["commit", "-q", "-m", "Add late"], in: cso)
            let refused = try CLI.policylab(["review", "approve", "proposal", "--author", Self.maintainer], in: cso)
            #expect(refused.status == 1)
            #expect(
                refused.stderr.hasPrefix("policylab: error: policylab.yaml on main names signing keys, so an unsigned approval would not count"),
                "\(refused)")
            // So they write the note with git instead, and push it with the branch.
            try CLI.git(["notes", "--ref", "policylab-approvals", "add", "-m", "Approved-by: \(Self.maintainer)", "proposal"], in: cso)
            try CLI.git(["push", "-q", "origin", "proposal", "refs/notes/policylab-approvals"], in: cso)

            // The maintainer syncs (which brings the note in) and tries to merge.
            #expect(try CLI.policylab(["sync", dir + "/shared.git"], in: root).status == 0)
            try CLI.git(["fetch", "-q", dir + "/shared.git", "proposal:proposal"], in: root)
            #expect(try CLI.git(["notes", "--ref", "policylab-approvals", "show", "proposal"], in: root) == "Approved-by: \(Self.maintainer)\n")
            let review = try CLI.policylab(["review", "proposal"], in: root)
            #expect(
                review.stdout.contains(
                    "approvals: 0 of 1 required; not counted: \(Self.maintainer) (unsigned, and policylab.yaml names signing keys: "
                        + "only signed approvals count)\n"), "\(review)")
            let merge = try CLI.policylab(["merge", "proposal", "--author", Self.maintainer], in: root)
            #expect(merge.status == 1)
            #expect(merge.stderr.hasPrefix("policylab: error: 0 of 1 required approvals"), "\(merge)")

            // The maintainer's own signed approval counts, and the merge records it.
            let approve = try CLI.policylab(["review", "approve", "proposal", "--signing-key", dir + "/maintainer"], in: root)
            #expect(approve.stdout.hasSuffix("(signed)\napprovals: 1 of 1 required\n"), "\(approve)")
            let merged = try CLI.policylab(["merge", "proposal", "--author", Self.maintainer], in: root)
            #expect(merged.status == 0, "\(merged)")
            #expect(merged.stdout.contains("Approved-by: \(Self.maintainer)\n"))
        }
    }
}
