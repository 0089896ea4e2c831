import Foundation

/// Who made a commit, and when.
public struct Signature: Sendable, Equatable {
    /// The person's name, e.g. `Ada Lovelace`.
    public var name: String
    /// The person's e-mail address, without angle brackets.
    public var email: String
    /// When; git keeps whole seconds only, so a date read back from a commit is truncated.
    public var date: Date
    /// The time zone offset from UTC in minutes, e.g. `120` for +0200.
    public var timeZoneOffsetMinutes: Int

    /// Creates a signature from its parts.
    public init(name: String, email: String, date: Date, timeZoneOffsetMinutes: Int) {
        self.name = name
        self.email = email
        self.date = date
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }

    /// Parses `"Name <email>"` (as an author is given), with the local time zone's offset at `date`.
    ///
    /// Returns nil when the name or the e-mail address is empty, or when either
    /// contains an angle bracket or a line break.
    public init?(parsing text: String, date: Date = Date()) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(">"), let open = trimmed.firstIndex(of: "<") else { return nil }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let email = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        let forbidden = CharacterSet(charactersIn: "<>\n\r\0")
        guard !name.isEmpty, !email.isEmpty,
            name.rangeOfCharacter(from: forbidden) == nil,
            email.rangeOfCharacter(from: forbidden) == nil
        else { return nil }
        let offset = TimeZone.current.secondsFromGMT(for: date) / 60
        self.init(name: name, email: email, date: date, timeZoneOffsetMinutes: offset)
    }

    /// `"Name <email>"`.
    public var identity: String { "\(name) <\(email)>" }
}
