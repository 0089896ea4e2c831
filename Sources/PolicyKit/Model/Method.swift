/// A method of the Open Policy Making toolkit (`toolkit/methods/<id>.md`).
public struct Method: Sendable, Hashable, Encodable {
    /// A published source a method is drawn from.
    public struct Source: Codable, Sendable, Hashable {
        /// The source's title.
        public var title: String
        /// The source's address.
        public var link: String
    }

    /// The method's id, also its file name.
    public var id: RecordID
    /// The method's title.
    public var title: String
    /// One or two sentences saying what the method is.
    public var summary: String
    /// The policy-making phases the method serves.
    public var phases: [Phase]
    /// Where the method stands in the toolkit: a draft, published, or retired.
    public var status: MethodStatus
    /// How long the method takes, as free text.
    public var timeNeeded: String?
    /// Who takes part, as free text.
    public var participants: String?
    /// How costly the method is to run.
    public var cost: Cost?
    /// Where the method sits on the IAP2 spectrum: one level, or several when it spans them
    /// (`level: involve` or `level: [consult, involve]` in the file); empty when not given.
    public var level: [Located<ParticipationLevel>]
    /// Ids of related methods, each where it was written.
    public var related: [Located<RecordID>]
    /// Ids of the methods this one replaces, each where it was written.
    public var supersedes: [Located<RecordID>]
    /// Former ids of this method: references to them still resolve, with a hint to update.
    public var aliases: [Located<RecordID>]
    /// The published sources the method is drawn from.
    public var sources: [Source]
    /// The day the method was last updated.
    public var updated: Day?
    /// Where the record was read from.
    public var source: RecordSource
}
