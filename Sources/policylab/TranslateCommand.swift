import ArgumentParser
import PolicyKit

struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Scaffold the translation of a record into another language, or mark a translation current, in one commit.",
        discussion: """
            The translation is a sibling file (toolkit/methods/<id>.fr.md beside <id>.md) holding only \
            the record's translatable text, each text marked '[to translate]', with translation_of, the \
            digest of the source's text. Translate the texts and remove the markers; once the \
            translation matches the source again, --mark-current sets translation_of to the source's \
            current digest. The language must be one of 'languages' in policylab.yaml (not the first).

            Examples:
              policylab translate method:backcasting --lang fr
              policylab translate method:backcasting --lang fr --mark-current
              policylab translate \\
                  claim:canada-open-dialogue/public-engagement-training --lang fr --dry-run
            """)

    @Argument(help: ArgumentHelp("The record: kind:id, project/id, or a bare id.", valueName: "RECORD"))
    var record: String

    @Option(help: ArgumentHelp("The language of the translation, such as fr.", valueName: "CODE"))
    var lang: String

    @Flag(help: "Set translation_of of the existing translation to the source's current digest (after translating).")
    var markCurrent = false

    @OptionGroup var write: WriteOptions

    func run() throws {
        let selector = try mappingFailures { try RecordSelector(record) }
        try write.run(TranslationChange(selector: selector, language: lang, action: markCurrent ? .markCurrent : .scaffold))
    }
}
