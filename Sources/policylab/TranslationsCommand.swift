import ArgumentParser
import PolicyKit

struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "List every record as current, stale or missing in each translation language.",
        discussion: """
            A translation is current while its translation_of is the digest of the source's translatable \
            text, stale once the source's text changed (with what changed since, from git), missing when \
            a published record has none. Parity differences (numbers, dates, URLs, references) and texts \
            still to translate are counted.

            Examples:
              policylab translations
              policylab translations --lang fr --format json
            """)

    @Option(help: ArgumentHelp("Only this language, such as fr.", valueName: "CODE"))
    var lang: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if let lang, !lang.allSatisfy({ $0.isLowercase && $0.isASCII }) || !(2...3).contains(lang.count) {
            throw ValidationError("--lang must be a language code such as fr, not '\(lang)'")
        }
    }

    func run() throws {
        let outcome = try knowledgeBase.load()
        let kb = outcome.knowledgeBase
        if let lang, !kb.settings.translationLanguages.contains(lang) {
            throw CommandFailure(
                status: CommandFailure.usage,
                "--lang \(lang): not a translation language of this knowledge base (policylab.yaml: languages: [\(kb.settings.languages.joined(separator: ", "))])"
            )
        }
        let report = TranslationReport(
            kb, languages: lang.map { [$0] }, gitDirectory: knowledgeBase.gitDirectory, revision: knowledgeBase.rev ?? "HEAD")
        switch format {
        case .text: Terminal.standardOutput.write(report.text)
        case .json: Terminal.standardOutput.write(try JSONOutput.encode(report))
        }
    }
}
