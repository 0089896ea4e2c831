import Foundation

/// A claim's verification status. Derived from the claim and the settings, never stored.
public enum ClaimStatus: String, Vocabulary {
    /// Nobody has been asked.
    case unverified
    /// Asked, not answered.
    case pending
    /// Enough current confirmations, at least one from outside the lab.
    case verified
    /// A current answer disputes it.
    case disputed
    /// Verified once, but the statement changed since.
    case stale

    /// What the field is called in messages.
    public static let vocabularyName = "claim status"
}

extension ImpactClaim {
    /// Each stakeholder's latest answer: a later verdict replaces an earlier one, and the file keeps both.
    public func latestVerifications() -> [Verification] {
        var latest: [RecordID: Verification] = [:]
        for verification in verifications { latest[verification.stakeholder.value] = verification }
        return verifications.filter { latest[$0.stakeholder.value] == $0 }
    }

    /// The latest answers given on the current statement (their digest matches it).
    public func currentVerifications() -> [Verification] {
        let digest = SHA256.ofStatement(statement)
        return latestVerifications().filter { $0.statementSHA256?.lowercased() == digest }
    }

    /// The status under `settings`, as `records.md` defines it.
    public func status(in project: Project?, settings: Settings) -> ClaimStatus {
        let current = currentVerifications()
        if current.contains(where: { $0.verdict == .disputed }) { return .disputed }
        // A stakeholder with a signing key confirms only by signing; their unsigned word does not count.
        let confirmations = current.filter { $0.verdict == .confirmed && $0.isAuthentic(of: self, in: project, settings: settings) }
        let fromOutsideLab = confirmations.contains { project?.stakeholder($0.stakeholder.value)?.kind != .lab }
        if confirmations.count >= settings.requiredConfirmations, fromOutsideLab { return .verified }
        if latestVerifications().count > current.count { return .stale }
        if !requested.isEmpty || !verifications.isEmpty { return .pending }
        return .unverified
    }
}

extension Verification {
    /// Whether the verdict's own signature verifies against the stakeholder's `signing_key`; nil
    /// when the stakeholder has no key (the verdict is then a recorded word, unauthenticated).
    public func signatureVerifies(of claim: ImpactClaim, in project: Project?, settings: Settings) -> Bool? {
        guard let key = project?.stakeholder(stakeholder.value)?.signingKey else { return nil }
        return VerdictStatement(self, of: claim, knowledgeBase: settings.name).isSigned(signature, by: key)
    }

    /// Whether the verdict counts as the stakeholder's: signed by their key when they have one.
    public func isAuthentic(of claim: ImpactClaim, in project: Project?, settings: Settings) -> Bool {
        signatureVerifies(of: claim, in: project, settings: settings) ?? true
    }

    /// Whether someone other than the stakeholder recorded the verdict: the recorder's email is
    /// not the stakeholder's contact.
    public func isRecordedOnBehalf(in project: Project?) -> Bool {
        guard let recordedBy else { return true }
        let email = recordedBy.split(separator: "<").last.map { $0.trimmingCharacters(in: [">", " "]) } ?? recordedBy
        guard let contact = project?.stakeholder(stakeholder.value)?.contact else { return true }
        return email.lowercased() != contact.lowercased()
    }
}
