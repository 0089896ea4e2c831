/// Spots commitments built on vague verbs ("foster partnerships") with nothing that makes them
/// checkable: no number, no date, no concrete deliverable. Independent reviewers of open
/// government action plans, and the 2017 French "Ministère ouvert" workshops, ask for exactly this.
public enum VagueLanguage {
    /// Stems of the verbs (and their nouns) that promise effort rather than a result, in English and French.
    static let vagueStems = [
        "strengthen", "promot", "foster", "enhanc", "support", "improv",
        "renforc", "promouv", "promeu", "favoris", "amélior", "ameliorat", "sensibilis",
    ]
    /// Words that name something one can point at when it is done.
    static let deliverableStems = [
        "publish", "publication", "launch", "report", "toolkit", "guidance", "guide", "dataset", "portal", "website",
        "platform", "standard", "pilot", "workshop", "assembl", "register", "legislation", "law", "charter", "training",
        "publier", "rapport", "plateforme", "lancer", "lancement", "atelier", "charte", "formation",
    ]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred",
        "thousand", "half", "all", "every", "deux", "trois", "quatre", "cinq", "dix", "cent", "mille",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// Words after which a vague stem is the verb of the commitment ("work with CSOs *to foster*"),
    /// rather than a noun or adjective ("a democracy *support* contractor").
    static let verbPositions: Set<String> = ["to", "will", "and", "or", "by", "shall", "must", "de", "pour", "à", "et", "afin", "va", "vont"]

    /// The vague words in `text` when nothing in it makes the commitment checkable; empty otherwise.
    public static func vagueWords(in text: String) -> [String] {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var vague: [String] = []
        for (index, word) in words.enumerated() {
            let isVerbPosition = index == 0 || verbPositions.contains(words[index - 1])
            if isVerbPosition && vagueStems.contains(where: word.hasPrefix) {
                vague.append(word)
            } else if isVerbPosition && (word == "raise" || word == "raising") && words.dropFirst(index + 1).first == "awareness" {
                vague.append("\(word) awareness")
            }
        }
        guard !vague.isEmpty else { return [] }
        let concrete = words.contains { word in
            word.contains(where: \.isNumber) || numberWords.contains(word) || deliverableStems.contains(where: word.hasPrefix)
        }
        return concrete ? [] : vague
    }
}
