/// The vague-commitment rule as it stood before the measurability analysis (a short list of vague
/// verbs, cleared by any number or deliverable word), kept only as the baseline the corpus test
/// and `scripts/bench-measurability.sh` compare against.
enum LegacyVagueWords {
    static let vagueStems = [
        "strengthen", "promot", "foster", "enhanc", "support", "improv",
        "renforc", "promouv", "promeu", "favoris", "amélior", "ameliorat", "sensibilis",
    ]
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
    static let verbPositions: Set<String> = ["to", "will", "and", "or", "by", "shall", "must", "de", "pour", "à", "et", "afin", "va", "vont"]

    static func isVague(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var vague = false
        for (index, word) in words.enumerated() {
            let isVerbPosition = index == 0 || verbPositions.contains(words[index - 1])
            if isVerbPosition && vagueStems.contains(where: word.hasPrefix) {
                vague = true
            } else if isVerbPosition && (word == "raise" || word == "raising") && words.dropFirst(index + 1).first == "awareness" {
                vague = true
            }
        }
        guard vague else { return false }
        let concrete = words.contains { word in
            word.contains(where: \.isNumber) || numberWords.contains(word) || deliverableStems.contains(where: word.hasPrefix)
        }
        return !concrete
    }
}
