import ArgumentParser
import PolicyKit

/// `--lang CODE`: read the knowledge base in one of its languages (`languages` in policylab.yaml).
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("Show the records in this language of the knowledge base (a translation language such as fr).", valueName: "CODE"))
    var lang: String?

    func validate() throws {
        if let lang, !lang.allSatisfy({ $0.isLowercase && $0.isASCII }) || !(2...3).contains(lang.count) {
            throw ValidationError("--lang must be a language code such as fr, not '\(lang)'")
        }
    }

    /// `kb` in the language asked for (itself without `--lang`), or a usage error for a language it does not have.
    func apply(to kb: KnowledgeBase) throws -> KnowledgeBase {
        guard let lang else { return kb }
        guard kb.settings.languages.contains(lang) else {
            throw CommandFailure(
                status: CommandFailure.usage,
                "--lang \(lang): not a language of this knowledge base (policylab.yaml: languages: [\(kb.settings.languages.joined(separator: ", "))])"
            )
        }
        return kb.localized(into: lang)
    }
}
