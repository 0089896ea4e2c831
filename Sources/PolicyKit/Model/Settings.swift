/// The knowledge base settings in `policylab.yaml`.
public struct Settings: Sendable, Hashable {
    /// The Open Government programme the lab's work belongs to.
    public struct Programme: Sendable, Hashable {
        /// The OGP commitment the programme delivers, such as `UK0092`.
        public var commitment: String?
        /// The day the programme started.
        public var start: Day?
        /// The day the programme ends.
        public var end: Day?
        /// How many demonstrator projects the programme aims for.
        public var demonstratorTarget: Int?
    }

    /// A maintainer of the knowledge base, who may approve contributions.
    public struct Maintainer: Sendable, Hashable {
        /// The maintainer's name.
        public var name: String
        /// The maintainer's e-mail address.
        public var email: String
        /// The SSH public key whose signatures prove an approval is this maintainer's.
        public var signingKey: SSHPublicKey?

        /// A maintainer with an optional signing key.
        public init(name: String, email: String, signingKey: SSHPublicKey? = nil) {
            self.name = name
            self.email = email
            self.signingKey = signingKey
        }
    }

    /// How contributions are reviewed before they are merged.
    public struct Review: Sendable, Hashable {
        /// How many maintainer approvals a contribution needs.
        public var requiredApprovals: Int
        /// The maintainers who may approve.
        public var maintainers: [Maintainer]
        /// The folders a contribution may change.
        public var paths: [String]

        /// Whether approvals are authenticated: some maintainer has a signing key, so only
        /// signatures count and a typed name or e-mail never does.
        public var requiresSignatures: Bool { maintainers.contains { $0.signingKey != nil } }
    }

    /// Where the knowledge base's repository lives on a forge, for "suggest a change" links.
    public struct SourceRepository: Sendable, Hashable {
        /// The repository's web address, such as `https://github.com/lab/kb`.
        public var url: String
        /// The branch the site links to.
        public var branch: String
        /// The forge software, which decides the form of the links.
        public var forge: Forge
    }

    /// The settings file's name at the root of the knowledge base.
    public static let fileName = "policylab.yaml"

    /// The knowledge base's name.
    public var name: String
    /// The programme, when the settings give one.
    public var programme: Programme?
    /// How contributions are reviewed.
    public var review: Review
    /// How many stakeholder confirmations verify a claim (at least one from outside the lab).
    public var requiredConfirmations: Int
    /// Where the knowledge base is kept on a forge; nil when the settings name none (the site then links to no forge).
    public var repository: SourceRepository? = nil
    /// The language the records are written in (`language: en|fr`), for the measurability
    /// analysis of milestones, claims and summaries; nil to guess it from each text.
    public var language: CommitmentLanguage? = nil

    /// What a knowledge base without a `policylab.yaml` behaves like.
    public static let defaults = Settings(
        name: "Policy Lab knowledge base", programme: nil,
        review: Review(requiredApprovals: 1, maintainers: [], paths: ["toolkit", "projects", "lessons"]),
        requiredConfirmations: 1)
}
