import Foundation
import Testing

/// `list`, `show`, `search` and `status` with `--lang fr`: their text on standard output is
/// French, empty results included; diagnostics and errors on standard error stay English, like
/// every finding of `check`.
@Suite struct FrenchTerminalTests {
    static func withBilingualKB(_ body: (String) throws -> Void) throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = dir + "/kb"
            try CLI.copyFixture("publish-kb", to: kb)
            try CLI.write(try String(contentsOfFile: kb + "/policylab.yaml", encoding: .utf8) + "languages: [en, fr]\n", to: kb + "/policylab.yaml")
            try body(kb)
        }
    }

    @Test func emptyResultsAreSaidInFrench() throws {
        try Self.withBilingualKB { kb in
            let list = try CLI.policylab(["list", "projects", "--status", "cancelled", "--lang", "fr"], in: kb)
            #expect(list.status == 0 && list.stdout == "aucun projet ne correspond\n", "\(list)")
            let english = try CLI.policylab(["list", "projects", "--status", "cancelled"], in: kb)
            #expect(english.stdout == "no projects match\n", "\(english)")
            let claims = try CLI.policylab(["list", "claims", "--status", "disputed", "--lang", "fr"], in: kb)
            #expect(claims.stdout == "aucune affirmation d'impact ne correspond\n", "\(claims)")
            let search = try CLI.policylab(["search", "zzzyzx", "--lang", "fr"], in: kb)
            #expect(search.status == 0 && search.stdout == "aucune fiche ne correspond à « zzzyzx »\n", "\(search)")
            let unknown = try CLI.policylab(["show", "nowhere", "--lang", "fr"], in: kb)
            #expect(unknown.status != 0 && unknown.stderr.hasPrefix("policylab: error: no record 'nowhere'"), "errors stay English: \(unknown)")
        }
    }

    @Test func statusTakesLang() throws {
        try Self.withBilingualKB { kb in
            let french = try CLI.policylab(["status", "--lang", "fr", "--today", "2023-12-31"], in: kb)
            #expect(french.status == 0, "\(french)")
            #expect(french.stdout.contains("\nJalons : "), "\(french.stdout)")
            #expect(french.stdout.contains("\nAffirmations d'impact : "), "\(french.stdout)")
            #expect(french.stdout.contains("\nEnseignements : "), "\(french.stdout)")
            #expect(!french.stdout.contains("Milestones:") && !french.stdout.contains("Lessons:"), "\(french.stdout)")
            let english = try CLI.policylab(["status", "--today", "2023-12-31"], in: kb)
            #expect(english.stdout.contains("\nMilestones: "), "\(english.stdout)")
            let json = try CLI.policylab(["status", "--lang", "fr", "--today", "2023-12-31", "--format", "json"], in: kb)
            #expect(json.status == 0 && json.stdout.hasPrefix("{"), "\(json)")
            let other = try CLI.policylab(["status", "--lang", "de"], in: kb)
            #expect(
                other.status == 2
                    && other.stderr == "policylab: error: --lang de: not a language of this knowledge base (policylab.yaml: languages: [en, fr])\n",
                "\(other)")
        }
    }
}
