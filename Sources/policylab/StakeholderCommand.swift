import ArgumentParser
import Foundation
import PolicyKit

struct StakeholderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakeholder", abstract: "Add stakeholders to a project.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a stakeholder to a project, in one commit.",
            discussion: """
                The contact is private: it never appears in any publication. --private also keeps the name out. \
                --signing-key records their SSH public key: their verdicts on claims then count only when \
                signed with it ('impact verify --signing-key').

                Examples:
                  policylab project stakeholder add innovation-in-democracy --name "Involve" \\
                    --kind cso --role "delivery partner" --contact hello@involve.example
                  policylab project stakeholder add innovation-in-democracy --name "Involve" \\
                    --kind cso --signing-key involve.pub
                """)

        @Argument(help: "The project's id.") var project: RecordID
        @Option(help: "The stakeholder's name.") var name: String
        @Option(help: "What kind of stakeholder they are.") var kind: StakeholderKind
        @Option(help: "Their role in the project.") var role: String?
        @Option(help: "How to reach them (private, never published).") var contact: String?
        @Flag(name: .customLong("private"), help: "Keep their name out of publications.") var isPrivate = false
        @Option(help: ArgumentHelp("Their SSH public key file (.pub): their verdicts must then be signed with it.", valueName: "FILE"))
        var signingKey: String?
        @Option(help: "The id, instead of one derived from the name.") var id: RecordID?
        @OptionGroup var write: WriteOptions

        func validate() throws { try requireText(name, "--name") }

        func run() throws {
            var change = StakeholderAddition(project: project, id: try recordID(id, from: name), name: name, kind: kind)
            change.role = role
            change.contact = contact
            change.isPublic = !isPrivate
            if let signingKey {
                guard let text = try? String(contentsOfFile: (signingKey as NSString).expandingTildeInPath, encoding: .utf8) else {
                    throw ValidationError("--signing-key: cannot read \(signingKey)")
                }
                do { change.signingKey = try SSHPublicKey(text: text.trimmingCharacters(in: .whitespacesAndNewlines)) } catch {
                    throw ValidationError("--signing-key: \(signingKey) is not an SSH public key: \(error)")
                }
            }
            try write.run(change)
        }
    }
}
