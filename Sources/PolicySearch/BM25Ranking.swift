import Foundation
import PolicyKit

/// BM25F: Okapi BM25 (k1 1.2, b 0.75) over a record's fields, each weighted and normalised by
/// its own average length, so that a word in a title counts more than one in a summary, which
/// counts more than one in the body.
enum BM25Ranking {
    static let k1 = 1.2
    static let b = 0.75
    static let weights = (title: 3.0, summary: 2.0, body: 1.0)

    /// A document's score and how many distinct query terms it contains.
    struct Hit {
        var document: Int
        var score: Double
        var matchedTerms: Int
    }

    /// The best `limit` documents that contain any of `terms` (distinct; of `kind` when given):
    /// documents with more of the terms first, then by score; ties go to the earlier path.
    /// Scores add up term by term in the order of `terms`, so they do not vary from run to run.
    static func top<Source: RankingSource>(_ terms: [String], kind: RecordKind?, limit: Int, in source: Source) throws -> [Hit] {
        var scores = [Double](repeating: 0, count: source.documentCount)
        var matched = [Int32](repeating: 0, count: source.documentCount)
        let averages = source.averageLengths
        for term in terms {
            let postings = try source.postings(of: Array(term.utf8))
            guard !postings.isEmpty else { continue }
            let frequency = Double(postings.count)
            let idf = log(1 + (Double(source.documentCount) - frequency + 0.5) / (frequency + 0.5))
            for posting in postings {
                let lengths = source.lengths(posting.document)
                let weighted =
                    weights.title * normalised(posting.title, lengths.title, averages.title)
                    + weights.summary * normalised(posting.summary, lengths.summary, averages.summary)
                    + weights.body * normalised(posting.body, lengths.body, averages.body)
                scores[posting.document] += idf * weighted / (k1 + weighted)
                matched[posting.document] += 1
            }
        }
        var best = TopHits(limit: limit)
        for document in 0..<source.documentCount where matched[document] > 0 {
            if let kind {
                guard let found = source.kind(document) else { throw IndexError.corrupt("document \(document)") }
                if found != kind { continue }
            }
            best.offer(Hit(document: document, score: scores[document], matchedTerms: Int(matched[document])))
        }
        return best.sorted()
    }

    private static func normalised(_ count: Int, _ length: Int, _ average: Double) -> Double {
        guard count > 0 else { return 0 }
        return Double(count) / (1 - b + b * Double(length) / max(average, 1))
    }
}
