extension PublicationPolicy {
    /// What replaces an e-mail address or a contact in a published commit note.
    static let removedAddress = "(address removed)"
    /// What replaces the name of a stakeholder who is not public in a published commit note.
    static let removedName = "(name withheld)"

    /// Makes commit notes fit to publish: control characters dropped, e-mail addresses and the
    /// knowledge base's contacts removed, and the names of stakeholders who are not public
    /// withheld, since a commit subject is free text that may carry any of them. With the
    /// redactor, everything it removes, for the key of cached dates (`SiteBuilder`): the names
    /// withheld, then the contacts.
    static func noteRedactor(for kb: KnowledgeBase) -> (redact: @Sendable (String) -> String, words: [String]) {
        let (names, contacts) = withheld(in: kb)
        let redact: @Sendable (String) -> String = { note in
            var text = ControlCharacters.removed(from: note, allowingNewlines: false)
            for contact in contacts { text = text.replacingOccurrences(of: contact, with: removedAddress) }
            text = text.replacing(/<?[^\s<>()"',;]+@[^\s<>()"',;]+>?/, with: removedAddress)
            for name in names { text = text.replacingOccurrences(of: name, with: removedName) }
            return text
        }
        return (redact, ["names"] + names + ["contacts"] + contacts)
    }

    /// The names of stakeholders who are not public and every contact, longest first (so that a
    /// name inside a longer one does not leave the rest behind), in a stable order.
    private static func withheld(in kb: KnowledgeBase) -> (names: [String], contacts: [String]) {
        let stakeholders = kb.projects.flatMap(\.stakeholders)
        // Each length counted once: counting characters is the cost of the sort.
        func longestFirst(_ words: Set<String>) -> [String] {
            words.map { ($0.count, $0) }.sorted { ($0.0, $1.1) > ($1.0, $0.1) }.map(\.1)
        }
        let names = longestFirst(Set(stakeholders.filter { !$0.isPublic }.map(\.name).filter { !$0.isEmpty }))
        let contacts = longestFirst(Set(stakeholders.compactMap(\.contact).filter { !$0.isEmpty }))
        return (names, contacts)
    }
}
