import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Bring an existing toolkit (with its history) and OGP commitment data into the knowledge base.",
        discussion: """
            Examples:
              policylab import collection ../old-toolkit --map toolkit-map.yaml --history
              policylab import ogp commitments.csv --country UK
            """,
        subcommands: [ImportCollectionCommand.self, ImportOGPCommand.self])
}
