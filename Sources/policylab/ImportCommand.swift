import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Bring an existing toolkit (with its history) into the knowledge base.",
        subcommands: [ImportCollectionCommand.self])
}
