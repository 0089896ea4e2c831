/// The `*` and `?` patterns of a map's `skip` list, matched part by part of a `/`-separated path.
enum GlobPattern {
    /// Whether `path` matches `pattern`: `*` stands for any run of characters within one part,
    /// `?` for one character; parts are compared one to one.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let patternParts = pattern.split(separator: "/", omittingEmptySubsequences: true)
        let pathParts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard patternParts.count == pathParts.count else { return false }
        return zip(patternParts, pathParts).allSatisfy { matchesPart(Array($0), Array($1)) }
    }

    /// Iterative wildcard matching with one backtracking point: linear in practice, never exponential.
    private static func matchesPart(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0
        var star: Int?
        var starText = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                starText = t
                p += 1
            } else if let star {
                p = star + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
