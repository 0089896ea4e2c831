/// A commitment text cut into words, each kept as written and folded (lower case, accents and
/// ligatures removed) so that "Élaborer", "élaboré" and "elaborer" meet the same word list.
/// Sentence punctuation (. ; : ! ?) ends a clause: a verb never governs a noun across it.
struct CommitmentWords {
    struct Word {
        var original: String
        var lowered: String
        var folded: String
        /// The clause the word belongs to (0 for the first).
        var clause: Int
        /// The comma-separated phrase the word belongs to, counted over the whole text.
        var phrase: Int
        /// Where the word is in the text.
        var range: Range<String.Index>
        var isNumber: Bool { original.contains(where: \.isNumber) }
    }

    let words: [Word]
    /// The text as written.
    let text: String
    /// The folded words joined by single spaces, for phrases such as "as appropriate".
    let foldedText: String
    /// `foldedText` as UTF-8, searched byte by byte: Foundation's `contains` costs most of a check.
    private let foldedBytes: [UInt8]

    init(_ text: String) {
        var words: [Word] = []
        var current = ""
        var start = text.startIndex
        var position = text.startIndex
        var clause = 0
        var phrase = 0
        func flush() {
            guard !current.isEmpty else { return }
            let lowered = current.lowercased()
            words.append(
                Word(original: current, lowered: lowered, folded: Self.fold(lowered), clause: clause, phrase: phrase, range: start..<position))
            current = ""
        }
        for character in text {
            defer { position = text.index(after: position) }
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = position }
                current.append(character)
            } else if character == "-" && !current.isEmpty && current.last?.isLetter == true {
                // Keep "co-create" and "e-government" whole; "2018-2020" splits into two numbers.
                current.append(character)
            } else {
                flush()
                if ".;:!?".contains(character) { clause += 1 }
                if ".;:!?,()".contains(character) { phrase += 1 }
            }
        }
        flush()
        self.words = words
        self.text = text
        foldedText = " " + words.map(\.folded).joined(separator: " ") + " "
        foldedBytes = Array(foldedText.utf8)
    }

    /// The indices of the words that make up each occurrence of `phrase` (folded words between
    /// spaces, as in the lexicon).
    /// Whether `foldedText` holds `phrase` (a folded phrase of the lexicon), as its bytes.
    func contains(_ phrase: String) -> Bool {
        let needle = Array(phrase.utf8)
        guard let first = needle.first, needle.count <= foldedBytes.count else { return needle.isEmpty }
        var start = 0
        while start + needle.count <= foldedBytes.count {
            guard let at = foldedBytes[start...(foldedBytes.count - needle.count)].firstIndex(of: first) else { return false }
            if foldedBytes[at..<(at + needle.count)].elementsEqual(needle) { return true }
            start = at + 1
        }
        return false
    }

    /// The first occurrence of `phrase` (a folded phrase of the lexicon) as the text writes it, in
    /// lower case, with its accents and apostrophes ("s'il y a lieu" for " s il y a lieu "); the
    /// phrase itself when the words do not hold it.
    func written(_ phrase: String) -> String {
        let trimmed = phrase.trimmingCharacters(in: .whitespaces)
        guard let first = indices(ofPhrase: trimmed).first, let last = first.last else { return trimmed }
        let span = text[words[first.lowerBound].range.lowerBound..<words[last].range.upperBound]
        return span.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    func indices(ofPhrase phrase: String) -> [Range<Int>] {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count <= words.count else { return [] }
        return (0...(words.count - parts.count)).compactMap { start in
            (0..<parts.count).allSatisfy { words[start + $0].folded == parts[$0] } ? start..<(start + parts.count) : nil
        }
    }

    static func fold(_ word: String) -> String {
        word.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
