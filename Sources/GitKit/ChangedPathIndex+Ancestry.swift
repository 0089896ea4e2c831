extension ChangedPathIndex {
    /// The first commit (by number) that is its own ancestor in `parents` (the parent numbers of
    /// each commit), or nil when the graph has no cycle, as a commit graph never has. A history
    /// walk that trusted such an index would go round for ever.
    static func commitInCycle(parents: [[Int]]) -> Int? {
        // Depth-first, without recursion (a history is deep): 1 while on the path, 2 once done.
        var state = [UInt8](repeating: 0, count: parents.count)
        for start in parents.indices where state[start] == 0 {
            var path: [(commit: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let (commit, next) = path.last {
                guard next < parents[commit].count else {
                    state[commit] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let parent = parents[commit][next]
                if state[parent] == 1 { return parent }
                if state[parent] == 0 {
                    state[parent] = 1
                    path.append((parent, 0))
                }
            }
        }
        return nil
    }
}
