/// One piece of a record's text that a translation translates, named by its key path.
///
/// Key paths: a top-level key (`title`, `summary`, `challenge`, `statement`...), a list item by
/// its 1-based place (`milestones.2.measure`, `sources.1.title`, `reached.3`), a stakeholder by
/// its id (`stakeholders.pco.role`), and `body` for the Markdown after the front matter.
public struct TranslatableText: Sendable, Hashable, Encodable {
    /// The key path of the text (`summary`, `milestones.2.measure`, `body`).
    public var key: String
    /// The text as written.
    public var text: String
    /// Where the text was written (in the source record or in the translation).
    public var position: SourcePosition?

    /// The text `text` at the key path `key`, written at `position` when known.
    public init(key: String, text: String, position: SourcePosition? = nil) {
        self.key = key
        self.text = text
        self.position = position
    }

    enum CodingKeys: String, CodingKey { case key, text }

    /// The text as it is hashed and compared: line endings as `\n`, surrounding white space trimmed.
    public var normalized: String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").trimmingWhitespace()
    }
}

extension Record {
    /// The record's translatable text, in the order `TranslationDigest` hashes it; empty values
    /// are left out (there is nothing to translate).
    public var translatableTexts: [TranslatableText] {
        var texts = TranslatableTextList(positions: source.keyPositions)
        switch self {
        case .method(let method):
            texts.add("title", method.title)
            texts.add("summary", method.summary)
            texts.add("time_needed", method.timeNeeded)
            texts.add("participants", method.participants)
            for (index, item) in method.sources.enumerated() {
                texts.add("sources.\(index + 1).title", item.title, at: source.position(of: "sources"))
            }
        case .project(let project):
            texts.add("title", project.title)
            texts.add("summary", project.summary)
            texts.add("commissioner", project.commissioner)
            texts.add("challenge", project.challenge)
            for (index, group) in project.reached.enumerated() { texts.add("reached.\(index + 1)", group, at: source.position(of: "reached")) }
            for stakeholder in project.stakeholders { texts.add("stakeholders.\(stakeholder.id).role", stakeholder.role, at: stakeholder.position) }
            for (index, milestone) in project.milestones.enumerated() {
                texts.add("milestones.\(index + 1).title", milestone.title, at: milestone.position)
                texts.add("milestones.\(index + 1).measure", milestone.measure, at: milestone.position)
            }
            for (index, indicator) in project.indicators.enumerated() {
                texts.add("indicators.\(index + 1).title", indicator.title, at: indicator.position)
                texts.add("indicators.\(index + 1).target", indicator.target, at: indicator.position)
                texts.add("indicators.\(index + 1).actual", indicator.actual, at: indicator.position)
            }
        case .evidence(let item):
            texts.add("title", item.title)
            texts.add("summary", item.summary)
        case .claim(let claim):
            texts.add("statement", claim.statement)
        case .lesson(let lesson):
            texts.add("title", lesson.title)
            texts.add("summary", lesson.summary)
            texts.add("audience", lesson.audience)
            for (index, item) in lesson.sources.enumerated() {
                texts.add("sources.\(index + 1).title", item.title, at: source.position(of: "sources"))
            }
        }
        if TranslationLayout.translatesBody(kind) { texts.add("body", source.body, at: nil) }
        return texts.items
    }
}

/// Collects the non-empty texts of a record.
private struct TranslatableTextList {
    let positions: [String: SourcePosition]
    var items: [TranslatableText] = []

    mutating func add(_ key: String, _ text: String?) { add(key, text, at: positions[key]) }

    mutating func add(_ key: String, _ text: String?, at position: SourcePosition?) {
        guard let text else { return }
        let item = TranslatableText(key: key, text: text, position: position)
        if !item.normalized.isEmpty { items.append(item) }
    }
}
