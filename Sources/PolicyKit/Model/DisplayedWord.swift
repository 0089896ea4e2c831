/// A word of a record vocabulary as readers see it: its machine value in the source language's
/// outputs (as before), its French name in French ones. The French names are all in
/// `Vocabulary+French.swift`, one table per vocabulary, so that every French output says the
/// same thing.
public protocol DisplayedWord: RawRepresentable<String> {
    /// The word in French, as a French civil servant would write it ("en cours", "livré").
    var frenchName: String { get }
}

extension DisplayedWord {
    /// The word in `language`: French for `fr`, else the vocabulary's own word.
    public func localizedName(in language: String?) -> String {
        language == "fr" ? frenchName : rawValue
    }
}
