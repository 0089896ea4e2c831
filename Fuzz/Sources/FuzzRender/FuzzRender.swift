import Foundation
import FoundationXML
import FuzzSupport
@testable import PolicyKit
import Yams

/// Empty: the built-in templates are used.
let root = FuzzFolder.make("render")

/// One record rendered for publication: the first byte picks a lesson, a project or a method (its
/// low bits) and English or French (its high bit: the French templates and words), the rest is
/// its file. Its site page (in the layout), its feed entry and, for a project, its blog
/// post in Markdown and HTML must hold no `<script` and no link to a scheme other than http(s)
/// and mailto, and the feed must be well-formed XML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let (selector, file) = FuzzInput(data, size).selectorAndRest, let id = RecordID("fuzz"),
          let today = Day(year: 2026, month: 6, day: 1) else { return 0 }
    let choices: [(RecordKind, String)] = [(.lesson, "lessons/fuzz.md"), (.project, "projects/fuzz/project.md"), (.method, "toolkit/methods/fuzz.md")]
    let (kind, path) = choices[Int(selector & 0x7F) % choices.count]
    let language = selector & 0x80 == 0 ? "en" : "fr"
    let outcome = RecordParser.parse(file, path: path, kind: kind, fileID: id, project: nil, keepBody: true, decoder: YAMLDecoder())
    guard let record = outcome.record else { return 0 }
    let knowledgeBase = KnowledgeBase(settings: .defaults, records: [record])
    var options = SiteBuilder.Options()
    options.date = today
    options.baseURL = "https://lab.example.org"
    options.language = language
    guard let renderer = try? SitePageRenderer(source: .directory(root), knowledgeBase: knowledgeBase, options: options) else { return 0 }
    for job in renderer.jobs() {
        switch job {
        case .method, .project, .lesson: break
        default: continue
        }
        guard let page = try? renderer.page(job) else { continue }
        checkHTML(renderer.layout(page), "site page \(job.path)")
    }
    if let feed = try? SiteFeed(knowledgeBase: knowledgeBase, baseURL: options.baseURL, today: today).xml() {
        let parser = XMLParser(data: Data(feed.utf8))
        FuzzProperty.require(parser.parse(), "the feed is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")", feed)
    }
    if kind == .project {
        for format in Publisher.Format.allCases {
            var publishing = Publisher.Options()
            publishing.format = format
            publishing.date = today
            publishing.language = language
            guard let post = try? Publisher(source: .directory(root), knowledgeBase: knowledgeBase, options: publishing).summary(of: id) else { continue }
            checkHTML(format == .html ? post : MarkdownDocument(post).html(), "summary (\(format))")
        }
    }
    return 0
}

func checkHTML(_ html: String, _ what: String) {
    FuzzProperty.require(FuzzProperty.hasNoScript(html), "\(what) has a <script element", html)
    let link = FuzzProperty.unsafeLink(in: html)
    FuzzProperty.require(link == nil, "\(what) links to '\(link ?? "")'", html)
}
