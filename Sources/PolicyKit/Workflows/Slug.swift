import Foundation

/// Derives record ids from titles: `Atelier à Paris` becomes `atelier-a-paris`.
public enum Slug {
    /// Letters that folding diacritics does not turn into ASCII.
    static let ligatures: [Character: String] = ["œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ı": "i"]

    /// The id for `title`, or nil when the title has no letters or digits at all.
    public static func make(from title: String) -> RecordID? {
        let folded = title.lowercased().folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for character in folded {
            let replacement = ligatures[character] ?? String(character)
            for scalar in replacement.unicodeScalars {
                if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                    if pendingHyphen && !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.unicodeScalars.append(scalar)
                } else if scalar != "'" && scalar != "’" {
                    pendingHyphen = true
                }
            }
        }
        while slug.utf8.count > 80, let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        return RecordID(String(slug.prefix(80)))
    }

    /// `id` when `isTaken` says it is free, otherwise the first free `id-2`, `id-3`...
    public static func firstFree(_ id: RecordID, isTaken: (RecordID) throws -> Bool) rethrows -> RecordID {
        if try !isTaken(id) { return id }
        for number in 2... {
            let suffix = "-\(number)"
            if let candidate = RecordID(String(id.rawValue.prefix(80 - suffix.count)) + suffix), try !isTaken(candidate) { return candidate }
        }
        return id
    }
}
