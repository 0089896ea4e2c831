import Yams

/// The stakeholders of a project file as written, read for review rather than validation: each
/// one's id, contact (lowercased, without `mailto:`), signing key text and public flag.
struct StakeholderEntries {
    struct Entry: Hashable {
        var id: String
        var name: String?
        var contact: String?
        var signingKey: String?
        var isPublic: Bool
    }

    var entries: [String: Entry] = [:]

    init(_ content: RecordContent) {
        for node in content.value("stakeholders")?.sequence.map(Array.init) ?? [] {
            guard let mapping = node.mapping, let id = mapping["id"]?.string else { continue }
            entries[id] = Entry(
                id: id, name: mapping["name"]?.string, contact: mapping["contact"]?.string.map(Self.normalisedContact),
                signingKey: mapping["signing_key"]?.string, isPublic: mapping["public"]?.bool ?? true)
        }
    }

    /// A contact as compared with commit e-mails: trimmed, lowercased, without `mailto:`.
    static func normalisedContact(_ contact: String) -> String {
        var contact = contact.trimmingCharacters(in: .whitespaces).lowercased()
        if contact.hasPrefix("mailto:") { contact.removeFirst(7) }
        return contact
    }
}
