import FuzzSupport
@testable import PolicyKit

/// A record body through the Markdown sanitiser: the HTML the site shows, and the Markdown that
/// posts carry (rendered again, as a reader of the post would), must hold no `<script` and no
/// link to a scheme other than http(s) and mailto, whatever the body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let markdown = String(decoding: FuzzInput(data, size).bytes, as: UTF8.self)
    let body = SitePageRenderer.body(markdown)
    check(body.html, from: markdown, "site HTML")
    let sanitised = MarkdownText.sanitised(markdown)
    let reread = MarkdownDocument(sanitised)
    check(reread.html(), from: markdown, "HTML of the sanitised Markdown")
    return 0
}

func check(_ html: String, from markdown: String, _ what: String) {
    FuzzProperty.require(FuzzProperty.hasNoScript(html), "\(what) has a <script element", html)
    let link = FuzzProperty.unsafeLink(in: html)
    FuzzProperty.require(link == nil, "\(what) links to '\(link ?? "")'", html)
}
