import Testing

@testable import PolicyKit

/// The YAML mistakes people make by hand, each reported in plain words on the line to fix, with
/// how to fix it, rather than in libyaml's words at the place where it gave up.
@Suite struct YAMLPlainWordsTests {
    func findings(_ yaml: String, path: String = "toolkit/methods/m.md", kind: RecordKind = .method) -> [String] {
        Support.parseFindings("---\n" + yaml + "---\n", path: path, kind: kind)
    }

    @Test func unclosedDoubleQuoteAtTheEndOfTheText() {
        // libyaml reports this at the end of the front matter (line 5).
        #expect(
            findings("id: m\ntitle: \"A method\nsummary: S\n") == [
                "toolkit/methods/m.md:3:8: error: the quoted value of 'title' is not closed: add the closing \" at the end of the value, on the same line"
            ])
    }

    @Test func unclosedSingleQuote() {
        #expect(
            findings("id: m\ntitle: 'A method\nsummary: S\n") == [
                "toolkit/methods/m.md:3:8: error: the quoted value of 'title' is not closed: add the closing ' at the end of the value, on the same line"
            ])
    }

    @Test func unclosedQuoteThatALaterQuoteCloses() {
        // libyaml reads on to the quote of the next line, then finds no key (line 4).
        #expect(
            findings("id: m\ntitle: \"A method\nsummary: \"S\"\nstatus: draft\n") == [
                "toolkit/methods/m.md:3:8: error: the quoted value of 'title' is not closed: add the closing \" at the end of the value, on the same line"
            ])
    }

    @Test func aQuotedValueOverSeveralLinesIsStillValid() {
        #expect(findings("id: m\ntitle: \"A method\n  in two lines\"\nsummary: S\nphases: [discover]\nstatus: draft\n") == [])
    }

    @Test func textAfterTheClosingQuote() {
        #expect(
            findings("id: m\ntitle: \"Citizens\" jury\nsummary: S\n") == [
                "toolkit/methods/m.md:3:19: error: text follows the closing quote of 'title': a value that starts with a quote must end with it; quote the whole value instead (title: '\"Citizens\" jury')"
            ])
    }

    @Test func unquotedColonInAValue() {
        #expect(
            findings("id: m\ntitle: Policy: a guide\nsummary: S\n") == [
                "toolkit/methods/m.md:3:14: error: the value of 'title' contains ': ', which YAML reads as the start of a new key: put the whole value in quotes (title: \"Policy: a guide\")"
            ])
    }

    @Test func unquotedHashStartsAComment() {
        #expect(
            findings("id: m\ntitle: #1 priority\nsummary: S\nphases: [discover]\nstatus: draft\n") == [
                "toolkit/methods/m.md:3:7: error: 'title' is empty: YAML reads a value that starts with '#' as a comment; put the value in quotes (title: \"#1 priority\")"
            ])
    }

    @Test func keyIndentedMoreThanTheOneBefore() {
        #expect(
            findings("id: p\nstakeholders:\n  - id: a\n    name: A\n      kind: cso\n", path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:6:7: error: 'kind' is indented more than 'name' on line 5: keys of one mapping start in the same column (here column 5); indent it like 'name', or, if it belongs under 'name', end that line with ':' and put its value on the lines below"
            ])
    }

    @Test func keyIndentedLessThanTheOneBefore() {
        #expect(
            findings("id: p\nstakeholders:\n  - id: a\n    name: A\n   kind: cso\n", path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:6:4: error: 'kind' is indented less than 'name' on line 5: keys of one mapping start in the same column, and so do the '-' of one list; line it up with the entry it belongs to"
            ])
        #expect(
            findings("id: p\nassessment:\n  verifiable: true\n ogp_values: [x]\n", path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:5:2: error: 'ogp_values' is indented less than 'verifiable' on line 4: keys of one mapping start in the same column, and so do the '-' of one list; line it up with the entry it belongs to"
            ])
    }

    @Test func tabInTheIndentation() {
        #expect(
            findings("id: m\n\ttitle: A method\n") == [
                "toolkit/methods/m.md:3:1: error: tab used for indentation: YAML allows only spaces (replace the tab with spaces)"
            ])
    }

    @Test func missingSpaceAfterTheDashOfAListItem() {
        // After another item, it is a syntax error...
        #expect(
            findings("id: m\nphases:\n  - discover\n  -define\n") == [
                "toolkit/methods/m.md:5:3: error: missing space after '-': a list item is written '- define'"
            ])
        // ...and as the first item, valid YAML: text where a list was expected.
        #expect(
            findings("id: m\ntitle: A\nsummary: S\nphases:\n  -discover\nstatus: draft\n") == [
                "toolkit/methods/m.md:6:3: error: 'phases' must be a list, such as [a, b] or lines starting with '- ' (put a space after each '-': '- discover')"
            ])
    }
}
