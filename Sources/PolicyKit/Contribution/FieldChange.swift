/// One front matter key whose value differs between two versions of a record.
public struct FieldChange: Sendable, Hashable, Encodable {
    /// Whether a key was added, removed or given another value.
    public enum Kind: String, Sendable, Encodable {
        /// The key is new; it is gone; its value differs.
        case added, removed, changed
    }

    /// The top-level key, e.g. `status` or `verifications`.
    public var field: String
    /// Whether the key was added, removed or changed.
    public var kind: Kind
    /// The value before, as YAML text (a plain string for a scalar); nil when the key was added.
    public var old: String?
    /// The value after, as YAML text; nil when the key was removed.
    public var new: String?

    /// `status: active -> delivered`, `methods: changed`, `+ challenge: ...`, `- tags`.
    public var summary: String {
        switch kind {
        case .added: "+ \(field)" + (new.flatMap(Self.short).map { ": \($0)" } ?? "")
        case .removed: "- \(field)"
        case .changed:
            if let old = old.flatMap(Self.short), let new = new.flatMap(Self.short) { "\(field): \(old) -> \(new)" } else { "\(field): changed" }
        }
    }

    /// A one-line value short enough to print in a summary, or nil.
    private static func short(_ value: String) -> String? {
        value.contains("\n") || value.count > 60 ? nil : value
    }
}
