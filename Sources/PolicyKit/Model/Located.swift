/// A value together with the place in its file where it was written, so that a later check
/// (a dangling reference, a duplicate id) can point at it.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value as read.
    public var value: Value
    /// Where it was written; nil when not known.
    public var position: SourcePosition?

    /// `value`, written at `position`.
    public init(_ value: Value, at position: SourcePosition?) {
        self.value = value
        self.position = position
    }
}

extension Located: Encodable where Value: Encodable {
    /// Encodes as the bare value: positions matter to findings, not to readers of JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
