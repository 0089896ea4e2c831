import Foundation
import Testing

/// Method pages print as cards: every shipped method on at most two sheets of A4 and of US
/// Letter, a typical one on one, without navigation and with the page's address. Printed to PDF by
/// headless chromium (`--print-to-pdf`), one document per paper size holding every card, each
/// starting on a new sheet (one browser start per size instead of one per card); pages are told
/// apart with `pdftotext` (poppler-utils, `make setup`).
@Suite("Printable method cards", .serialized)
struct PrintCardTests {
    static let sizes = [("A4", "(A4)"), ("letter", "(letter)")]

    @Test func everyShippedMethodFitsOnTwoPagesAndATypicalOneOnOne() throws {
        let pdftotext = try #require(
            ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "pdftotext is not installed: run `make setup` (apt-get install poppler-utils)")
        let chromium = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
                .first { FileManager.default.isExecutableFile(atPath: $0) }, "chromium is not installed: run `make setup`")
        try CLI.withTemporaryDirectory { dir in
            let site = dir + "/site"
            let build = try CLI.policylab(["site", "--out", site, "--date", "2024-01-01"], in: CLI.packageRoot)
            try #require(build.status == 0, "\(build)")
            let names = try FileManager.default.contentsOfDirectory(atPath: site + "/methods").filter { $0.hasSuffix(".html") && $0 != "index.html" }
                .sorted()
            var cards: [String] = []
            for name in names {
                let page = try String(contentsOfFile: site + "/methods/" + name, encoding: .utf8)
                let body = try #require(
                    page.range(of: "<body>").flatMap { start in page.range(of: "</body>").map { page[start.upperBound..<$0.lowerBound] } })
                #expect(body.contains("<p class=\"print-url\">methods/\(name)</p>"), "\(name) carries its address for print")
                cards.append("<div style=\"break-before: page\">\(body)</div>")
            }
            #expect(names.count >= 30)
            for (size, points) in Self.sizes {
                let document =
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>cards</title>"
                    + "<link rel=\"stylesheet\" href=\"../assets/site.css\"><style>@page { size: \(size); }</style></head><body>\n"
                    + cards.joined(separator: "\n") + "\n</body></html>\n"
                let html = site + "/methods/print-\(size).html"
                try document.write(toFile: html, atomically: true, encoding: .utf8)
                let pdf = dir + "/cards-\(size).pdf"
                let profile = dir + "/profile-\(size)"
                let run = try CLI.run(
                    chromium,
                    [
                        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
                        "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html,
                    ])
                try #require(run.status == 0 && FileManager.default.fileExists(atPath: pdf), "\(run)")
                let info = try CLI.run((pdftotext as NSString).deletingLastPathComponent + "/pdfinfo", [pdf])
                #expect(info.stdout.contains("Page size:") && info.stdout.contains(points), "\(size) paper: \(info.stdout)")
                let text = try CLI.run(pdftotext, [pdf, "-"])
                try #require(text.status == 0, "\(text)")
                let pages = text.stdout.components(separatedBy: "\u{0C}")
                #expect(
                    !pages.contains { $0.contains("Skip to main content") || $0.contains("Suggest a change") }, "no navigation or footer in print")
                // Each card ends with its address: the page it ends on, minus the page the one before ended on.
                var previous = -1
                var counts: [String: Int] = [:]
                for name in names {
                    let end = try #require(
                        pages.indices.first { $0 > previous && pages[$0].contains("methods/\(name)") }, "\(size): \(name) not found")
                    counts[name] = end - previous
                    previous = end
                }
                let long = counts.filter { $0.value > 2 }.keys.sorted()
                #expect(long == [], "\(size): more than two pages")
                let single = counts.values.filter { $0 == 1 }.count
                #expect(single * 2 > names.count, "\(size): a typical card fits on one page, here \(single) of \(names.count)")
            }
        }
    }
}
