import ArgumentParser
import Foundation
import PolicyKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print or write the JSON Schemas of records' front matter and of policylab.yaml.",
        discussion: """
            NAME is method, project, evidence, claim, lesson or settings (policylab.yaml). The schemas \
            (JSON Schema 2020-12) carry the vocabularies, required keys and id, date and digest patterns \
            that check uses; check remains the authority (it also checks references, dates and files). \
            --install writes them to .vscode/policylab/ and maps policylab.yaml to its schema in \
            .vscode/settings.json (yaml.schemas, read by the YAML language server).

            Examples:
              policylab schema method
              policylab schema --out schemas
              policylab schema --install
            """)

    @Argument(help: ArgumentHelp("The schema to print (all are written with --out).", valueName: "NAME"))
    var name: String?

    @Option(help: ArgumentHelp("Write every schema into DIR as policylab-NAME.schema.json.", valueName: "DIR"))
    var out: String?

    @Flag(help: "Write the schemas into .vscode/policylab/ and wire policylab.yaml to its schema in .vscode/settings.json.")
    var install = false

    @OptionGroup var place: LocationOptions

    func validate() throws {
        if let name, !RecordSchemas.names.contains(name) {
            throw ValidationError("unknown schema '\(name)' (expected \(RecordSchemas.names.joined(separator: ", ")))")
        }
        if name != nil, out != nil || install { throw ValidationError("give NAME to print one schema, or --out / --install to write them all") }
    }

    func run() throws {
        try mappingFailures {
            if let name {
                Terminal.standardOutput.write(try RecordSchemas.json(name) ?? "")
                return
            }
            if install {
                let repository = try place.repository()
                guard let root = repository.workingDirectory else {
                    throw CommandFailure(status: CommandFailure.repository, "the repository has no working tree to install the schemas into")
                }
                try EditorWiring.install(into: root)
                Terminal.standardOutput.write("wrote .vscode/policylab/ and .vscode/settings.json (yaml.schemas)")
                return
            }
            guard let out else {
                throw CommandFailure(status: CommandFailure.usage, "give a NAME, --out DIR or --install (see 'policylab schema --help')")
            }
            try EditorWiring.writeSchemas(into: out)
            Terminal.standardOutput.write("wrote \(RecordSchemas.names.count) schemas into \(out)")
        }
    }
}
