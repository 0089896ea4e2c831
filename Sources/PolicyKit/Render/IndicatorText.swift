/// One key indicator in a line of plain text, as `show` and `status` print it.
public enum IndicatorText {
    /// "Guidance published online: target by June 2018; latest: principles published (2018-09-30)".
    public static func line(_ indicator: Indicator) -> String {
        var parts = [String]()
        if let target = indicator.target { parts.append("target: \(target)") }
        if let actual = indicator.actual {
            parts.append("latest: \(actual)" + (indicator.actualOn.map { " (collected \($0))" } ?? ""))
        } else {
            parts.append("no actual data yet")
        }
        return indicator.title + " [" + parts.joined(separator: "; ") + "]"
    }

    /// The same line in French: "Title [cible : ...; dernier chiffre : ... (recueilli le 2024-05-01)]".
    public static func frenchLine(_ indicator: Indicator) -> String {
        var parts = [String]()
        if let target = indicator.target { parts.append("cible : \(target)") }
        if let actual = indicator.actual {
            parts.append("dernier chiffre : \(actual)" + (indicator.actualOn.map { " (recueilli le \($0))" } ?? ""))
        } else {
            parts.append("aucun chiffre pour l'instant")
        }
        return indicator.title + " [" + parts.joined(separator: " ; ") + "]"
    }
}
