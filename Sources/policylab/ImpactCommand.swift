import ArgumentParser
import PolicyKit

struct ImpactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Claim impact and have the stakeholders it is about verify it.",
        discussion: """
            A claim is verified only when enough stakeholders confirmed its exact statement, at least one \
            from outside the lab; editing the statement makes earlier verifications stale.

            Example, from claim to verified:
              policylab impact claim atelier-a-paris \\
                "120 residents took part in 6 workshops" --kind participation \\
                --evidence report
              policylab impact request atelier-a-paris/120-residents-took-part-in-6 \\
                --stakeholder quartier-libre
              policylab impact verify atelier-a-paris/120-residents-took-part-in-6 \\
                --stakeholder quartier-libre --verdict confirmed
            """,
        subcommands: [Claim.self, Request.self, Verify.self, Withdraw.self])

    struct Claim: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claim",
            abstract: "Claim an impact of a project (projects/<p>/impact/<id>.md), in one commit.",
            discussion: """
                Write one measurable sentence: a number, a date or a deliverable ("The council adopted 9 of the \
                assembly's 12 recommendations in March 2020"), not "fostered participation".

                Example:
                  policylab impact claim atelier-a-paris \\
                    "120 residents took part in 6 workshops" --kind participation \\
                    --evidence report
                """)

        @Argument(help: "The project's id.") var project: RecordID
        @Argument(help: "The claim: one measurable sentence.") var statement: String
        @Option(help: "What kind of impact it claims.") var kind: ClaimKind
        @Option(help: "The id of evidence of the same project that backs it (repeat for several).") var evidence: [RecordID] = []
        @Option(help: "The id, instead of one derived from the statement's first words.") var id: RecordID?
        @OptionGroup var write: WriteOptions

        func validate() throws { try requireText(statement, "STATEMENT") }

        func run() throws {
            guard let claimID = id ?? NewClaim.id(from: statement) else {
                throw ValidationError("cannot derive an id from the statement; give one with --id")
            }
            var change = NewClaim(project: project, id: claimID, statement: statement, kind: kind)
            change.evidence = evidence
            try write.run(change)
        }
    }

    struct Request: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request",
            abstract: "Record that a project stakeholder was asked to verify a claim, in one commit.",
            discussion: """
                CLAIM is project/id (or claim:project/id).

                Example:
                  policylab impact request atelier-a-paris/120-residents-took-part-in-6 \\
                    --stakeholder quartier-libre
                """)

        @Argument(help: "The claim: project/id.") var claim: String
        @Option(help: "The stakeholder's id (see 'policylab show project:<id>').") var stakeholder: RecordID
        @Option(help: "When they were asked (YYYY-MM-DD; default today).") var on: Day?
        @OptionGroup var write: WriteOptions

        func run() throws {
            var change = VerificationRequestAddition(claim: try mappingFailures { try RecordSelector.claim(claim) }, stakeholder: stakeholder)
            if let on { change.on = on }
            try write.run(change)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Record a stakeholder's verdict on a claim's exact statement, in one commit.",
            discussion: """
                The verdict is tied to the statement's SHA-256: if the statement changes, the verdict becomes stale. \
                The writer's git identity is recorded; when it is not the stakeholder's own contact, 'show' says \
                the verdict was recorded on their behalf. A later verdict replaces an earlier one; both stay in the file.

                A stakeholder with a signing_key in project.md signs their own verdict (--signing-key, their SSH \
                key, run on their machine); their unsigned confirmations do not count.

                Examples:
                  policylab impact verify atelier-a-paris/120-residents-took-part-in-6 \\
                    --stakeholder quartier-libre --verdict confirmed \\
                    --note "Confirmed by email on 3 July"
                  policylab impact verify atelier-a-paris/120-residents-took-part-in-6 \\
                    --stakeholder quartier-libre --verdict confirmed \\
                    --signing-key ~/.ssh/id_ed25519
                """)

        @Argument(help: "The claim: project/id.") var claim: String
        @Option(help: "The stakeholder's id.") var stakeholder: RecordID
        @Option(help: "The stakeholder's answer.") var verdict: Verdict
        @Option(help: "What they said, in a sentence.") var note: String?
        @Option(help: "When they answered (YYYY-MM-DD; default today).") var on: Day?
        @Option(
            help: ArgumentHelp(
                "Sign the verdict with the stakeholder's SSH key (a private key, or a public key held by ssh-agent).",
                valueName: "FILE")) var signingKey: String?
        @OptionGroup var write: WriteOptions

        func run() throws {
            var change = VerificationAddition(
                claim: try mappingFailures { try RecordSelector.claim(claim) }, stakeholder: stakeholder, verdict: verdict,
                recordedBy: try write.identity().identity)
            change.note = note
            if let on { change.on = on }
            if let signingKey { change.signer = try SigningKeyOptions.signer(file: signingKey, in: try write.repository()) }
            try write.run(change)
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a stakeholder's open request or their latest verdict on a claim, in one commit.",
            discussion: """
                The commit history keeps what was withdrawn.

                Example:
                  policylab impact withdraw atelier-a-paris/120-residents-took-part-in-6 \\
                    --stakeholder quartier-libre --verdict
                """)

        @Argument(help: "The claim: project/id.") var claim: String
        @Option(help: "The stakeholder's id.") var stakeholder: RecordID
        @Flag(help: "Withdraw their request to verify.") var request = false
        @Flag(help: "Withdraw their latest verdict.") var verdict = false
        @OptionGroup var write: WriteOptions

        func validate() throws {
            if request == verdict { throw ValidationError("say what to withdraw: --request or --verdict") }
        }

        func run() throws {
            try write.run(
                VerificationWithdrawal(
                    claim: try mappingFailures { try RecordSelector.claim(claim) }, stakeholder: stakeholder, what: request ? .request : .verdict))
        }
    }
}

extension ClaimKind: ExpressibleByArgument {}
extension Verdict: ExpressibleByArgument {}
