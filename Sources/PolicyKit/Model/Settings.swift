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
        /// The SSH public key whose signatures prove an approval is this maintainer's.
        public var signingKey: SSHPublicKey?

        public init(name: String, email: String, signingKey: SSHPublicKey? = nil) {
            self.name = name
            self.email = email
            self.signingKey = signingKey
        }
    }

    public struct Review: Sendable, Hashable {
        public var requiredApprovals: Int
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
        public var branch: String
        public var forge: Forge
    }

    public static let fileName = "policylab.yaml"

    public var name: String
    public var programme: Programme?
    public var review: Review
    public var requiredConfirmations: Int
    /// Nil when `policylab.yaml` names none: the site then links to no forge.
    public var repository: SourceRepository? = nil
    /// The language the records are written in (`language: en|fr`), for the measurability
    /// analysis of milestones, claims and summaries; nil to guess it from each text.
    public var language: CommitmentLanguage? = nil
    /// The languages of the knowledge base (`languages: [en, fr]`); the first is the language the
    /// records are written in, the others those of their translations (`x.fr.md`).
    public var languages: [String] = ["en"]
    /// How a missing translation into a language is reported (`missing_translations: {fr: error}`);
    /// a warning when the language is not listed.
    public var missingTranslations: [String: Finding.Severity] = [:]

    /// The language records are written in: the first of `languages`.
    public var sourceLanguage: String { languages.first ?? "en" }

    /// The languages translations are written in.
    public var translationLanguages: [String] { Array(languages.dropFirst()) }

    /// What a knowledge base without a `policylab.yaml` behaves like.
    public static let defaults = Settings(
        name: "Policy Lab knowledge base", programme: nil,
        review: Review(requiredApprovals: 1, maintainers: [], paths: ["toolkit", "projects", "lessons"]),
        requiredConfirmations: 1)
}
