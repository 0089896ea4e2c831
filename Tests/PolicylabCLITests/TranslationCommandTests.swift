import Foundation
import Testing

/// `policylab translate` and `policylab translations`, run as a translator would.
@Suite struct TranslationCommandTests {
    @Test func scaffoldTranslateMarkCurrentAndList() throws {
        try CLI.withTemporaryDirectory { dir in
            let run = try CLI.policylab(["init", "kb"], in: dir)
            try #require(run.status == 0, "\(run)")
            let kb = dir + "/kb"
            try CLI.write(try String(contentsOfFile: kb + "/policylab.yaml", encoding: .utf8) + "languages: [en, fr]\n", to: kb + "/policylab.yaml")
            _ = try CLI.git(["commit", "-qam", "languages"], in: kb)
            let lesson = try CLI.policylab(
                [
                    "lesson", "new", "Report back within a month", "--summary", "Participants trust a process that reports back in 30 days.",
                    "--method", "citizens-jury", "--status", "published",
                ], in: kb)
            if lesson.status != 0 {
                // `init` may ship no methods: a lesson about a project then.
                let project = try CLI.policylab(
                    [
                        "project", "new", "Atelier", "--commissioner", "Ville de Paris", "--summary", "Workshops with residents.",
                        "--status", "active",
                    ], in: kb)
                try #require(project.status == 0, "\(project)")
                let retry = try CLI.policylab(
                    [
                        "lesson", "new", "Report back within a month", "--summary", "Participants trust a process that reports back in 30 days.",
                        "--project", "atelier", "--status", "published",
                    ], in: kb)
                try #require(retry.status == 0, "\(retry)")
            }
            let scaffold = try CLI.policylab(["translate", "lesson:report-back-within-a-month", "--lang", "fr"], in: kb)
            #expect(scaffold.status == 0, "\(scaffold)")
            let path = kb + "/lessons/report-back-within-a-month.fr.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("title: \"[to translate] Report back within a month\"\n"), "\(text)")
            let subject = try CLI.git(["log", "--format=%s", "-1"], in: kb)
            #expect(subject == "translate: scaffold the French translation of lesson:report-back-within-a-month\n", "\(subject)")

            // Translated and committed, then marked current after the source's summary changed.
            let digestLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("translation_of: ") })
            try CLI.write(
                "---\n\(digestLine)\ntitle: \"Rendre compte dans le mois\"\nsummary: \"Les participants font confiance à une démarche qui rend compte en 30 jours.\"\n---\n## Ce qui s'est passé\n\n## Ce que nous avons appris\n",
                to: path)
            _ = try CLI.git(["commit", "-qam", "French"], in: kb)
            let json = try CLI.policylab(["translations", "--lang", "fr", "--format", "json"], in: kb)
            #expect(json.status == 0, "\(json)")
            let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let records = report?["records"] as? [[String: Any]] ?? []
            let entry = records.first { $0["record"] as? String == "lesson:report-back-within-a-month" }
            #expect(entry?["status"] as? String == "current", "\(json.stdout)")
            #expect(entry?["to_translate"] as? [String] == [], "\(json.stdout)")

            let source = kb + "/lessons/report-back-within-a-month.md"
            try CLI.write(
                try String(contentsOfFile: source, encoding: .utf8).replacingOccurrences(of: "in 30 days", with: "within 30 days"), to: source)
            _ = try CLI.git(["commit", "-qam", "edit"], in: kb)
            let stale = try CLI.policylab(["translations", "--lang", "fr"], in: kb)
            #expect(stale.stdout.contains("  stale    lesson:report-back-within-a-month"), "\(stale)")
            #expect(stale.stdout.contains("changed since: summary)"), "\(stale)")
            let mark = try CLI.policylab(["translate", "report-back-within-a-month", "--lang", "fr", "--mark-current"], in: kb)
            #expect(mark.status == 0, "\(mark)")
            let after = try CLI.policylab(["translations", "--lang", "fr"], in: kb)
            #expect(after.stdout.contains("  current  lesson:report-back-within-a-month"), "\(after)")

            // A language the knowledge base does not have is a usage error.
            let wrong = try CLI.policylab(["translations", "--lang", "de"], in: kb)
            #expect(wrong.status == 2)
            #expect(
                wrong.stderr.hasPrefix(
                    "policylab: error: --lang de: not a translation language of this knowledge base (policylab.yaml: languages: [en, fr])"),
                "\(wrong)")
            // A translation is never searched or listed as a record of its own; `--lang fr` searches it in place of its record.
            let search = try CLI.policylab(["search", "Rendre"], in: kb)
            #expect(!search.stdout.contains(".fr"), "\(search)")
            let french = try CLI.policylab(["search", "rendre compte", "--lang", "fr"], in: kb)
            #expect(
                french.stdout.hasPrefix(
                    "lesson:report-back-within-a-month  Rendre compte dans le mois\n  lessons/report-back-within-a-month.fr.md\n"), "\(french)")
            let list = try CLI.policylab(["list", "lessons"], in: kb)
            #expect(!list.stdout.contains(".fr"), "\(list)")
        }
    }
}
