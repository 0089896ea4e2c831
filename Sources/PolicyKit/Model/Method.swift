/// A method of the Open Policy Making toolkit (`toolkit/methods/<id>.md`).
public struct Method: Sendable, Hashable, Encodable {
    /// A published source a method is drawn from.
    public struct Source: Codable, Sendable, Hashable {
        public var title: String
        public var link: String
    }

    public var id: RecordID
    public var title: String
    public var summary: String
    public var phases: [Phase]
    public var status: MethodStatus
    public var timeNeeded: String?
    public var participants: String?
    public var cost: Cost?
    /// Where the method sits on the IAP2 spectrum: one level, or several when it spans them
    /// (`level: involve` or `level: [consult, involve]` in the file); empty when not given.
    public var level: [Located<ParticipationLevel>]
    public var related: [Located<RecordID>]
    public var supersedes: [Located<RecordID>]
    /// Former ids of this method: references to them still resolve, with a hint to update.
    public var aliases: [Located<RecordID>]
    public var sources: [Source]
    public var updated: Day?
    public var source: RecordSource
}
