/// The IRM's "potential for results", the three-point scale that replaced "potential impact" for
/// the action plans of 2020 on (OGP glossary, "Ambition").
public enum PotentialForResults: String, Vocabulary {
    /// Continues ongoing practice without an added open government approach.
    case unclear
    /// A positive but standalone change (a website, a data release, a pilot).
    case modest
    /// A possible game changer: binding, institutionalised change.
    case substantial

    /// What the field is called in messages.
    public static let vocabularyName = "potential for results"
}
