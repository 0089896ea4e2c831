import Foundation
import PolicylabTestSupport
import GitKit
import Testing

@testable import PolicyKit

/// A contributor working with the `git` program on a fixture repository, as a CSO would.
struct Contributor {
    var name: String
    var email: String

    static let cso = Contributor(name: "Eve Activist", email: "eve@cso.example")
    static let maintainer = Contributor(name: "A Maintainer", email: "maintainer@example.org")
    static let department = Contributor(name: "Dee Partment", email: "policy@dft.example")

    var signature: Signature {
        Signature(name: name, email: email, date: Date(timeIntervalSince1970: 1_700_000_000), timeZoneOffsetMinutes: 0)
    }

    /// Runs `git` as this contributor (author and committer) in `directory`.
    @discardableResult
    func git(_ arguments: [String], in directory: String) throws -> String {
        let (status, output, errors) = try run(arguments, in: directory)
        try #require(status == 0, "git \(arguments.joined(separator: " ")) failed: \(errors)")
        return output
    }

    /// Runs `git` as this contributor, whatever its exit status.
    func run(_ arguments: [String], in directory: String) throws -> (status: Int32, output: String, errors: String) {
        let run = try GitProgram.run(
            arguments, in: directory, home: Support.emptyConfigDirectory,
            identity: ["GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email])
        return (run.status, run.stdout, run.stderr)
    }

    /// Commits `files` (path -> text, nil deletes) on `branch` (created from the current branch when
    /// missing), then switches back to the branch it started on.
    func commit(_ files: [String: String?], on branch: String, message: String = "Contribution", in root: String) throws {
        let start = try git(["rev-parse", "--abbrev-ref", "HEAD"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
        let exists = try run(["rev-parse", "--verify", "-q", "refs/heads/" + branch], in: root).status == 0
        if start != branch { try git(exists ? ["switch", "-q", branch] : ["switch", "-q", "-c", branch], in: root) }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            if let text {
                try Support.write(Array(text.utf8), to: root + "/" + path)
            } else {
                try git(["rm", "-q", path], in: root)
            }
        }
        try git(["add", "-A"], in: root)
        try git(["commit", "-q", "-m", message], in: root)
        if start != branch { try git(["switch", "-q", start], in: root) }
    }
}

extension AuthoringRepository {
    func review(_ branch: String = "proposal", base: String = "main") throws -> Review {
        try BranchReview.review(branch: branch, base: base, in: repository)
    }
}

/// A valid method file.
func methodText(_ id: String, title: String = "A method", status: String = "draft", body: String = "## When to use it\nOften.\n") -> String {
    "---\nid: \(id)\ntitle: \(title)\nsummary: What it is.\nphases: [discover]\nstatus: \(status)\n---\n\(body)"
}
