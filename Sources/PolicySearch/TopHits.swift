import PolicyKit
/// The best `limit` hits of a ranking, kept in a heap whose root is the worst of them: choosing
/// 10 of 40,000 matching records costs one comparison for most of them, not a sort of all.
struct TopHits {
    let limit: Int
    /// A binary heap ordered so that the worst kept hit is at index 0.
    private var heap: [BM25Ranking.Hit] = []

    init(limit: Int) {
        self.limit = max(0, limit)
        heap.reserveCapacity(min(self.limit, 1024))
    }

    /// Whether `left` ranks before `right`: more matched terms, then a higher score; ties go to the earlier document.
    static func ranksBefore(_ left: BM25Ranking.Hit, _ right: BM25Ranking.Hit) -> Bool {
        if left.matchedTerms != right.matchedTerms { return left.matchedTerms > right.matchedTerms }
        if left.score != right.score { return left.score > right.score }
        return left.document < right.document
    }

    mutating func offer(_ hit: BM25Ranking.Hit) {
        if heap.count < limit {
            heap.append(hit)
            siftUp(heap.count - 1)
        } else if let worst = heap.first, Self.ranksBefore(hit, worst) {
            heap[0] = hit
            siftDown(0)
        }
    }

    /// The kept hits, best first.
    func sorted() -> [BM25Ranking.Hit] { heap.sorted(by: Self.ranksBefore) }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.ranksBefore(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            var worst = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && Self.ranksBefore(heap[worst], heap[child]) {
                worst = child
            }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
