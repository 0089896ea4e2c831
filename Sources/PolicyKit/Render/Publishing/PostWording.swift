import Foundation

/// The words of a post that a communications team would publish: dates in words, the lab's own
/// name, an institution with its article, and what the project did, does or plans by its status.
/// Views build their sentences from these, so that every template gets the same wording.
enum PostWording {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// "28 February 2017".
    static func date(_ day: Day) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// "from 1 June to 31 December 2023", "from 1 June 2022 to 31 January 2023".
    static func range(_ start: Day, _ end: Day) -> String {
        if start == end { return "on \(date(start))" }
        if start.year == end.year { return "from \(start.day) \(months[start.month - 1]) to \(date(end))" }
        return "from \(date(start)) to \(date(end))"
    }

    /// The lab's name, from the knowledge base's `name` ("Policy Lab knowledge base" gives "Policy Lab").
    static func labName(_ settings: Settings) -> String {
        let name = settings.name.trimmingCharacters(in: .whitespaces)
        for suffix in [" knowledge base", " Knowledge Base", " KB"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// "Policy Lab's", "Harbour Labs'".
    static func possessive(_ name: String) -> String {
        name.hasSuffix("s") ? name + "'" : name + "'s"
    }

    /// First words of institutions that take "the" in running text ("commissioned by the Cabinet Office").
    private static let takesArticle: Set<String> = [
        "Department", "Ministry", "Cabinet", "Privy", "Home", "Foreign", "Treasury",
        "Government", "Office", "Prime", "Scottish", "Welsh", "Northern", "European",
        "National", "Greater", "Royal",
    ]

    /// `name` as it reads after "by": "the Department for Transport", "Harbour Borough Council".
    static func institution(_ name: String) -> String {
        let first = name.prefix { $0 != " " && $0 != "," }
        if first == "The" || first == "the" { return "the" + name.dropFirst(3) }
        return takesArticle.contains(String(first)) ? "the " + name : name
    }

    /// A role as it reads after a name and a comma: the first letter in lower case, unless it starts an acronym.
    static func role(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let second = text.dropFirst().first
        if let second, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// Whether the project is over: its post says what it did rather than what it does or plans.
    static func isOver(_ status: ProjectStatus) -> Bool {
        status == .delivered || status == .closed || status == .cancelled
    }

    /// Whether the project has not started: its post says what it plans.
    static func isPlanned(_ status: ProjectStatus) -> Bool {
        status == .proposed || status == .commissioned
    }

    /// The sentence after the lead: who commissioned the project and when it ran, by its status.
    static func introduction(_ project: Project) -> String {
        let commissioner = institution(project.commissioner)
        let when: String
        switch (project.started, project.ended) {
        case let (started?, ended?) where started == ended: when = "took place on \(date(started))"
        case let (started?, ended?): when = "ran \(range(started, ended))"
        case let (started?, nil):
            switch project.status {
            case .proposed, .commissioned: when = "is due to start on \(date(started))"
            case .active: when = "started on \(date(started)) and is under way"
            case .delivered, .closed: when = "started on \(date(started))"
            case .cancelled: when = "started on \(date(started)) and was cancelled"
            }
        case let (nil, ended?): when = project.status == .cancelled ? "was cancelled on \(date(ended))" : "ended on \(date(ended))"
        case (nil, nil):
            switch project.status {
            case .proposed: when = "is proposed"
            case .commissioned: when = "has not started yet"
            case .active: when = "is under way"
            case .delivered: when = "has been delivered"
            case .closed: when = "is complete"
            case .cancelled: when = "was cancelled"
            }
        }
        if project.status == .proposed { return "The project, proposed to \(commissioner), \(when)." }
        return "Commissioned by \(commissioner), the project \(when)."
    }

    /// Sentences of a project's body that speak of the knowledge base itself ("the settings of this
    /// knowledge base are based on it"): notes for the lab's staff, which `show` prints and
    /// publications leave out.
    static func withoutStaffNotes(_ markdown: String) -> String? {
        let paragraphs = markdown.components(separatedBy: "\n\n").compactMap { paragraph -> String? in
            // Lists, headings, quotes and code are kept as they are: only prose is split into sentences.
            guard let first = paragraph.first,
                first.isLetter || first == "[" || first == "\"" || (first == "*" && !paragraph.hasPrefix("* "))
            else { return paragraph }
            let sentences = sentences(of: paragraph)
            let kept = sentences.filter { !isStaffNote($0) }
            if kept.count == sentences.count { return paragraph }
            let text = kept.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        let text = paragraphs.joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private static let staffNotePhrases = [
        "this knowledge base", "the knowledge base", "policylab", "this record", "in this repository",
        "recorded here", "records here", "the record's", "are recorded as", "is recorded as",
    ]

    static func isStaffNote(_ sentence: String) -> Bool {
        let lowered = sentence.lowercased()
        return staffNotePhrases.contains { lowered.contains($0) }
    }

    /// The sentences of a paragraph: split after '.', '!' or '?' followed by a space and a capital letter.
    static func sentences(of paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(paragraph)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " " || characters[index + 1] == "\n",
                characters[index + 2].isUppercase
            {
                sentences.append(current)
                current = ""
                index += 2
                continue
            }
            index += 1
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
