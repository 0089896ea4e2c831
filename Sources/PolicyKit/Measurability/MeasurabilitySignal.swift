/// One thing the measurability analysis found in a commitment, with the words that show it.
public struct MeasurabilitySignal: Sendable, Hashable, Encodable {
    /// What kind of evidence the words are.
    public enum Kind: String, Sendable, Hashable, Encodable {
        /// A number or quantity ("4 projects", "35%", "at least two").
        case quantity
        /// A date or period in the text ("by June 2018", "2021-2023").
        case date
        /// A frequency ("each year", "quarterly").
        case frequency
        /// A concrete thing governed by a verb of making or releasing ("publish … guide").
        case deliverable
        /// A verb that keeps an activity going or looks into something ("continue", "explore").
        case activity
        /// A word that names an aim rather than a result ("strengthen", "transparency").
        case aim
        /// A hedge that makes the commitment optional ("where possible").
        case hedge

        /// Whether this kind of signal makes a commitment checkable.
        public var isCheckable: Bool { [.quantity, .date, .frequency, .deliverable].contains(self) }
    }

    /// What kind of signal it is.
    public var kind: Kind
    /// The words of the text that show it.
    public var words: String
}
