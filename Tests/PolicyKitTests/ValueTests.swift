import Foundation
import Testing
import Yams

@testable import PolicyKit

/// Small value types: "did you mean" suggestions, calendar days, positions.
@Suite struct ValueTests {
    @Test func editDistance() {
        func distance(_ a: String, _ b: String) -> Int { Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "") == 3)
        #expect(distance("same", "same") == 0)
        #expect(distance("titel", "title") == 1)  // a transposition is one edit
        #expect(distance("ab", "ba") == 1)
        #expect(distance("publised", "published") == 1)
    }

    @Test func closestCandidate() {
        let statuses = ["draft", "published", "retired"]
        #expect(Suggestion.closest(to: "publised", among: statuses) == "published")
        #expect(Suggestion.closest(to: "PUBLISHED", among: statuses) == "published")
        #expect(Suggestion.closest(to: "retierd", among: statuses) == "retired")
        #expect(Suggestion.closest(to: "banana", among: statuses) == nil)
        #expect(Suggestion.closest(to: "x", among: [String]()) == nil)
        // Short words allow one typo, never a different word.
        #expect(Suggestion.closest(to: "lo", among: ["low", "medium", "high"]) == "low")
        #expect(Suggestion.closest(to: "cat", among: ["dog"]) == nil)
        // About one typo per three characters, at most three.
        #expect(Suggestion.closest(to: "citizens-asembly-x", among: ["citizens-assembly"]) == "citizens-assembly")
        #expect(Suggestion.closest(to: "citizen-jury", among: ["citizens-assembly"]) == nil)
        #expect(Suggestion.hint(for: "titel", among: ["title", "summary"]) == " (did you mean 'title'?)")
        #expect(Suggestion.hint(for: "zzz", among: ["title", "summary"]) == "")
    }

    @Test func parsingDays() {
        #expect(Day("2019-04-01") == Day(year: 2019, month: 4, day: 1))
        #expect(Day("2020-02-29")?.description == "2020-02-29")
        #expect(Day("2000-02-29") != nil)
        for impossible in ["2019-02-29", "1900-02-29", "2019-02-30", "2019-04-31", "2019-13-01", "2019-00-10", "2019-01-00", "0000-01-01"] {
            #expect(Day(impossible) == nil, "\(impossible)")
        }
        for malformed in ["2019-4-1", "2019/04/01", "20190401", " 2019-04-01", "2019-04-01 ", "2019-04-01T00:00", "２０１９-04-01", "abcd-ef-gh", ""] {
            #expect(Day(malformed) == nil, "\(malformed)")
        }
        #expect(Day(year: 999, month: 1, day: 5)?.description == "0999-01-05")
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test func dayArithmeticAndOrder() throws {
        #expect(Day("1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day("2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(Day("1969-12-31")?.daysSinceEpoch == -1)
        let first = try #require(Day("2019-12-31"))
        let second = try #require(Day("2020-01-01"))
        #expect(first < second)
        #expect(second.daysSinceEpoch - first.daysSinceEpoch == 1)
    }

    @Test func dayDecodingMessages() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode([Day].self, from: Data(#"["2019-04-01"]"#.utf8)) == [Day(year: 2019, month: 4, day: 1)])
        func message(_ json: String) -> String? {
            do {
                _ = try decoder.decode([Day].self, from: Data(json.utf8))
                return nil
            } catch DecodingError.dataCorrupted(let context) {
                return context.debugDescription
            } catch {
                return "\(error)"
            }
        }
        #expect(message(#"["2019-02-30"]"#) == "'2019-02-30' is not a real date")
        #expect(message(#"["2019-2-3"]"#) == "'2019-2-3' is not a date (expected YYYY-MM-DD)")
        #expect(String(data: try JSONEncoder().encode([Day(year: 2019, month: 4, day: 1)]), encoding: .utf8) == #"["2019-04-01"]"#)
    }

    @Test func findingDescriptionsAndOrder() {
        let findings = [
            Finding.warning("w", in: "b.md", at: SourcePosition(line: 2, column: 1)),
            Finding.error("late", in: "a.md", at: SourcePosition(line: 10, column: 1)),
            Finding.error("whole file", in: "a.md"),
            Finding.error("early", in: "a.md", at: SourcePosition(line: 2, column: 7)),
        ]
        #expect(
            findings.sortedForDisplay().map(\.description) == [
                "a.md: error: whole file",
                "a.md:2:7: error: early",
                "a.md:10:1: error: late",
                "b.md:2:1: warning: w",
            ])
        #expect(findings.hasErrors)
        #expect(![findings[0]].hasErrors)
    }
}
