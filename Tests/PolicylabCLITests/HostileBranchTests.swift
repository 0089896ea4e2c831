import Foundation
import Testing

/// Branches a hostile contributor makes with the `git` program under their own identity: each
/// forgery or trick gets a precise finding from `review`, never a pass, a crash or a hidden line.
@Suite struct HostileBranchTests {
    static let eve = "Eve Activist <eve@cso.example>"
    static let claim = "projects/alpha/impact/timetable-changed.md"
    static let statementSHA = "1f6f0b5d1f3e0c8f5c2b1c6a0e2f6e7b2d5a9c0e1f2a3b4c5d6e7f8091a2b3c4"

    /// The valid-kb fixture on `main`, with `edit` committed by Eve on `branch`.
    private func withBranch(_ branch: String, _ edit: (String) throws -> Void, _ body: (String) throws -> Void) throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            try commit(branch, in: root, edit)
            try body(root)
        }
    }

    private func commit(_ branch: String, from start: String = "main", in root: String, _ edit: (String) throws -> Void) throws {
        try CLI.git(["switch", "-q", "-C", branch, start], in: root)
        try edit(root)
        try CLI.git(["add", "-A"], in: root)
        try CLI.git(["commit", "-q", "--author", Self.eve, "-m", "Contribution"], in: root)
        try CLI.git(["switch", "-q", "main"], in: root)
    }

    private func replace(_ old: String, with new: String, in path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try #require(text.contains(old), "\(path) holds no '\(old)'")
        try CLI.write(text.replacingOccurrences(of: old, with: new), to: path)
    }

    private func addVerification(_ stakeholder: String, verdict: String = "confirmed", root: String) throws {
        try replace(
            "    on: 2020-04-01\n---",
            with: "    on: 2020-04-01\nverifications:\n  - stakeholder: \(stakeholder)\n    verdict: \(verdict)\n"
                + "    on: 2020-05-01\n    statement_sha256: \(Self.statementSHA)\n---", in: root + "/" + Self.claim)
    }

    @Test func aContactSwappedToTheContributorWithAVerificationIsCaught() throws {
        try withBranch(
            "swap",
            { root in
                try replace("contact: policy@dft.example", with: "contact: eve@cso.example", in: root + "/projects/alpha/project.md")
                try addVerification("dft", root: root)
            }
        ) { root in
            let review = try CLI.policylab(["review", "swap"], in: root)
            #expect(review.status == 1)
            #expect(
                review.stderr.contains(
                    "projects/alpha/project.md: error: stakeholder 'dft': contact changed from 'policy@dft.example' to 'eve@cso.example': "
                        + "the contact decides who may verify for this stakeholder, so only a maintainer may change it, on the base branch\n"),
                "\(review)")
            #expect(
                review.stderr.contains(
                    "\(Self.claim): error: the verification by stakeholder 'dft' was added or edited by Eve Activist <eve@cso.example> in commit "))
            #expect(review.stdout.hasSuffix("verdict: not ready to merge\n"))
        }
    }

    @Test func aNewStakeholderWithTheirVerificationInOneBranchIsCaught() throws {
        try withBranch(
            "newcomer",
            { root in
                try replace(
                    "stakeholders:\n",
                    with: "stakeholders:\n  - id: friends\n    name: Friends of Eve\n    kind: cso\n    contact: eve@cso.example\n",
                    in: root + "/projects/alpha/project.md")
                try addVerification("friends", root: root)
            }
        ) { root in
            let review = try CLI.policylab(["review", "newcomer"], in: root)
            #expect(review.status == 1)
            #expect(
                review.stderr.contains(
                    "\(Self.claim): error: the verification by stakeholder 'friends' speaks for someone who is not a stakeholder of "
                        + "project 'alpha' on main: a stakeholder and their verdict cannot come in the same contribution\n"), "\(review)")
        }
    }

    @Test func aDeletedDisputeIsCaught() throws {
        try withBranch("dispute", { root in try addVerification("dft", verdict: "disputed", root: root) }) { root in
            // The dispute lands on main (by a maintainer merging it: here, a plain fast-forward).
            try CLI.git(["merge", "-q", "--ff-only", "dispute"], in: root)
            try commit("quiet", in: root) { root in
                try replace(
                    "verifications:\n  - stakeholder: dft\n    verdict: disputed\n    on: 2020-05-01\n    statement_sha256: \(Self.statementSHA)\n",
                    with: "", in: root + "/" + Self.claim)
            }
            let review = try CLI.policylab(["review", "quiet"], in: root)
            #expect(review.status == 1)
            #expect(
                review.stderr
                    == "\(Self.claim): error: the disputed verification by stakeholder 'dft' is removed: a verdict is the stakeholder's own, "
                    + "so only a maintainer may remove it, on main\n", "\(review)")
        }
    }

    @Test func policyChangesAreErrorsUntilTheBaseMaintainersApprove() throws {
        try withBranch(
            "takeover",
            { root in
                try replace(
                    "  maintainers:\n", with: "  maintainers:\n    - name: Eve Activist\n      email: eve@cso.example\n", in: root + "/policylab.yaml"
                )
                try replace("public: false", with: "public: true", in: root + "/projects/alpha/project.md")
                try replace("access: restricted", with: "access: public", in: root + "/projects/alpha/evidence/field-notes.md")
                try FileManager.default.removeItem(
                    atPath: root + "/lessons/" + (try FileManager.default.contentsOfDirectory(atPath: root + "/lessons").sorted()[0]))
            }
        ) { root in
            let review = try CLI.policylab(["review", "takeover"], in: root)
            #expect(review.status == 1)
            #expect(
                review.stderr.contains(
                    "policylab.yaml: error: the branch changes the knowledge base settings (maintainer added: Eve Activist <eve@cso.example>): "
                        + "only the maintainers in main's policylab.yaml may, so it needs their approval\n"), "\(review)")
            #expect(
                review.stderr.contains(
                    "projects/alpha/project.md: warning: stakeholder 'riders': made public (was private): their name will be published\n"))
            #expect(review.stderr.contains("projects/alpha/evidence/field-notes.md: error: access: restricted -> public: "))
            #expect(review.stderr.contains(" is deleted\n"))
            // Eve's own approval does not count: the base's maintainers judge.
            #expect(
                try CLI.policylab(["review", "approve", "takeover", "--author", Self.eve], in: root).stdout.hasSuffix("approvals: 0 of 1 required\n"))
            // A maintainer's approval turns the settings error into a warning (the access error stays).
            _ = try CLI.policylab(["review", "approve", "takeover", "--author", "A Maintainer <maintainer@example.org>"], in: root)
            let approved = try CLI.policylab(["review", "takeover"], in: root)
            #expect(
                approved.stderr.contains(
                    "policylab.yaml: warning: the branch changes the knowledge base settings (maintainer added: Eve Activist <eve@cso.example>): approved by the base's maintainers\n"
                ), "\(approved)")
        }
    }

    @Test func filesThatAreNotPlainRecordsAreReportedAsWhatTheyAre() throws {
        try withBranch(
            "odd",
            { root in
                try CLI.write("* text=auto\n", to: root + "/projects/.gitattributes")
                let methods = try FileManager.default.contentsOfDirectory(atPath: root + "/toolkit/methods").sorted()
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/toolkit/methods/" + methods[0])
            }
        ) { root in
            // A submodule link, added by hand as git allows.
            try CLI.git(["switch", "-q", "odd"], in: root)
            let head = try CLI.git(["rev-parse", "HEAD"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
            try CLI.git(["update-index", "--add", "--cacheinfo", "160000,\(head),toolkit/vendored"], in: root)
            try CLI.git(["commit", "-q", "--author", Self.eve, "-m", "Vendor"], in: root)
            try CLI.git(["switch", "-q", "main"], in: root)
            for command in [["review", "odd"], ["merge", "odd", "--author", "A Maintainer <maintainer@example.org>"]] {
                let run = try CLI.policylab(command, in: root)
                #expect(run.status == 1, "\(run)")
                #expect(
                    run.stderr.contains(
                        "toolkit/vendored: error: a submodule (a link to commit \(head.prefix(7)) of another repository): "
                            + "a knowledge base holds its own files, so commit the file itself\n"), "\(run)")
                #expect(
                    run.stderr.contains(
                        "projects/.gitattributes: error: not a record: only records (and evidence files under projects/<id>/evidence/files/) "
                            + "belong in toolkit/, projects/, lessons/\n"))
                #expect(
                    run.stderr.contains(
                        ": error: the file mode changes from 100644 (a file) to 100755 (an executable): records and evidence are plain files (100644)\n"
                    ))
            }
            #expect(try CLI.policylab(["review", "odd"], in: root).stdout.contains("      mode: 100644 -> 100755\n"))
        }
    }

    @Test func terminalEscapesInARecordCannotHideReviewLines() throws {
        try withBranch(
            "hide",
            { root in
                try CLI.write(
                    "---\nid: hidden\ntitle: \"Hidden\\e[8m\"\nsummary: \"Conceals\\e[8m the rest\\x07\"\nphases: [discover]\nstatus: draft\n---\n",
                    to: root + "/toolkit/methods/hidden.md")
                try CLI.write("x", to: root + "/toolkit/methods/bad\nname.md")
            }
        ) { root in
            let review = try CLI.policylab(["review", "hide"], in: root)
            #expect(!review.stdout.contains("\u{1B}") && !review.stderr.contains("\u{1B}") && !review.stdout.contains("\u{07}"), "\(review)")
            #expect(review.stdout.contains("findings: ") && review.stdout.contains("verdict: "))
            // The file name's newline is written as \n: one finding, one line.
            for line in review.stderr.split(separator: "\n") { #expect(line.hasPrefix("toolkit/methods/"), "\(line)") }
            #expect(review.stderr.contains("toolkit/methods/bad\\nname.md"))
        }
    }
}
