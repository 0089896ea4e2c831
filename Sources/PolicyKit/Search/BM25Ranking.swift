import Foundation

/// BM25F: Okapi BM25 (k1 1.2, b 0.75) over a record's fields, each weighted and normalised by
/// its own average length, so that a word in a title counts more than one in a summary, which
/// counts more than one in the body.
struct BM25Ranking {
    static let k1 = 1.2
    static let b = 0.75
    static let weights = (title: 3.0, summary: 2.0, body: 1.0)

    /// A document's score and how many distinct query terms it contains.
    struct Hit {
        var document: Int
        var score: Double
        var matchedTerms: Int
    }

    let index: SearchIndex

    /// The documents that contain any of `terms` (of `kind` when given), documents with more of
    /// the terms first, then by score.
    func rank(_ terms: [String], kind: RecordKind?) throws -> [Hit] {
        var scores = [Double](repeating: 0, count: index.documentCount)
        var matched = [Int](repeating: 0, count: index.documentCount)
        let averages = index.averageLengths
        for term in Set(terms) {
            let postings = try index.postings(of: term)
            guard !postings.isEmpty else { continue }
            let frequency = Double(postings.count)
            let idf = log(1 + (Double(index.documentCount) - frequency + 0.5) / (frequency + 0.5))
            for posting in postings {
                let lengths = index.lengths(posting.document)
                let weighted = Self.weights.title * normalised(posting.title, lengths.title, averages.title)
                    + Self.weights.summary * normalised(posting.summary, lengths.summary, averages.summary)
                    + Self.weights.body * normalised(posting.body, lengths.body, averages.body)
                scores[posting.document] += idf * weighted / (Self.k1 + weighted)
                matched[posting.document] += 1
            }
        }
        var hits: [Hit] = []
        for document in 0..<index.documentCount where matched[document] > 0 {
            if let kind, index.document(document).kind != kind { continue }
            hits.append(Hit(document: document, score: scores[document], matchedTerms: matched[document]))
        }
        return hits
    }

    /// The best `limit` hits, in order; ties go to the earlier path.
    func top(_ hits: [Hit], limit: Int) -> [Hit] {
        let sorted = hits.sorted { left, right in
            if left.matchedTerms != right.matchedTerms { return left.matchedTerms > right.matchedTerms }
            if left.score != right.score { return left.score > right.score }
            return left.document < right.document
        }
        return Array(sorted.prefix(limit))
    }

    private func normalised(_ count: Int, _ length: Int, _ average: Double) -> Double {
        guard count > 0 else { return 0 }
        return Double(count) / (1 - Self.b + Self.b * Double(length) / max(average, 1))
    }
}
