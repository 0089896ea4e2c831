import Foundation
import GitKit

/// Git hooks that validate the knowledge base before a commit and before a push.
public enum Hooks {
    /// Marks the scripts policylab wrote, so that reinstalling replaces them and nothing else.
    static let marker = "# installed by 'policylab hooks install'"

    static let scripts: [String: String] = [
        "pre-commit": """
        #!/bin/sh
        \(marker)
        # First completes or discards a policylab write a crash interrupted (so that this commit
        # cannot sweep in a deletion), then refuses the commit when the knowledge base in the
        # working tree has errors.
        policylab doctor --repair >/dev/null || exit 1
        exec policylab check
        """,
        "pre-push": """
        #!/bin/sh
        \(marker)
        # Refuses the push when a pushed commit holds a knowledge base with errors.
        zero=0000000000000000000000000000000000000000
        while read local_ref local_sha remote_ref remote_sha; do
            [ "$local_sha" = "$zero" ] && continue
            policylab check --rev "$local_sha" >/dev/null || {
                echo "policylab: $local_ref has errors (policylab check --rev $local_sha); not pushing" >&2
                exit 1
            }
        done
        exit 0
        """,
    ]

    /// Writes the hooks into the repository's hooks folder (`core.hooksPath` when set); returns
    /// their paths. Refuses to replace a hook policylab did not write unless `force`.
    public static func install(in repository: Repository, force: Bool = false) throws -> [String] {
        let folder = try hooksFolder(repository)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let targets = scripts.keys.sorted().map { (name: $0, path: folder + "/" + $0) }
        for target in targets where !force {
            if let existing = FileManager.default.contents(atPath: target.path), !String(decoding: existing, as: UTF8.self).contains(marker) {
                throw ContributionError.refused(
                    "\(target.path) already exists and was not written by policylab: "
                        + "add 'policylab check' to it yourself, or pass \(input: .force) to replace it")
            }
        }
        for target in targets {
            try WorkingTreeFile.write(Array(((scripts[target.name] ?? "") + "\n").utf8), to: target.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
        }
        return targets.map(\.path)
    }

    private static func hooksFolder(_ repository: Repository) throws -> String {
        guard let configured = try repository.configString("core.hooksPath"), !configured.isEmpty else {
            return repository.gitDirectory + "/hooks"
        }
        if configured.hasPrefix("/") { return configured }
        return (repository.workingDirectory ?? repository.gitDirectory) + "/" + configured
    }
}
