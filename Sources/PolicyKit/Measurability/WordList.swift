/// A list of folded words matched either whole (`exact`) or as the start of a word (`stems`, which
/// covers inflections: "publish" matches "published", "publishing").
struct WordList: Sendable {
    let stems: [String]
    let exact: Set<String>

    init(stems: [String] = [], exact: [String] = []) {
        self.stems = stems
        self.exact = Set(exact)
    }

    func matches(_ folded: String) -> Bool {
        exact.contains(folded) || stems.contains { folded.hasPrefix($0) }
    }
}
