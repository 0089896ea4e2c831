/// The knowledge base settings in `policylab.yaml`.
public struct Settings: Sendable, Hashable {
    public struct Programme: Sendable, Hashable {
        public var commitment: String?
        public var start: Day?
        public var end: Day?
        public var demonstratorTarget: Int?
    }

    public struct Maintainer: Sendable, Hashable {
        public var name: String
        public var email: String
    }

    public struct Review: Sendable, Hashable {
        public var requiredApprovals: Int
        public var maintainers: [Maintainer]
        /// The folders a contribution may change.
        public var paths: [String]
    }

    public static let fileName = "policylab.yaml"

    public var name: String
    public var programme: Programme?
    public var review: Review
    public var requiredConfirmations: Int

    /// What a knowledge base without a `policylab.yaml` behaves like.
    public static let defaults = Settings(
        name: "Policy Lab knowledge base", programme: nil,
        review: Review(requiredApprovals: 1, maintainers: [], paths: ["toolkit", "projects", "lessons"]),
        requiredConfirmations: 1)
}
