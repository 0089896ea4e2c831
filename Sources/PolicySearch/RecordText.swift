import PolicyKit
/// Where the title, summary and body of a record file are, found by a quick scan of its bytes
/// (no YAML parsing): enough to index the words, not to display them (see `RecordHeading`).
struct RecordText {
    enum Field: Int, CaseIterable { case title = 0, summary, body }

    /// Byte ranges of the values of `title` (or a claim's `statement`) and `summary`, continuation lines included, and of the body.
    var title: Range<Int> = 0..<0
    var summary: Range<Int> = 0..<0
    var body: Range<Int> = 0..<0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count >= 4, bytes[0] == 0x2D, bytes[1] == 0x2D, bytes[2] == 0x2D, bytes[3] == 0x0A || bytes[3] == 0x0D else {
            body = 0..<count
            return
        }
        var lineStart = 0
        var field: Field?
        var fieldStart = 0
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = min(lineEnd + 1, count)
            if lineStart > 0, lineEnd - lineStart >= 3, bytes[lineStart] == 0x2D, bytes[lineStart + 1] == 0x2D, bytes[lineStart + 2] == 0x2D,
                lineEnd - lineStart == 3 || bytes[lineStart + 3] == 0x0D
            {
                close(field, from: fieldStart, to: lineStart)
                body = next..<count
                return
            }
            let first = lineStart < lineEnd ? bytes[lineStart] : 0x20
            // A line that starts in column 1 starts a new top-level key; indented ones continue the value.
            if lineStart > 0, first != 0x20, first != 0x09, first != 0x0D, first != 0x23 {
                close(field, from: fieldStart, to: lineStart)
                field = nil
                if let (key, valueStart) = Self.key(in: bytes, from: lineStart, to: lineEnd) {
                    field = key
                    fieldStart = valueStart
                }
            }
            lineStart = next
        }
        // No closing delimiter: not a record anyone can read; index nothing of it but the text.
        body = 0..<count
        title = 0..<0
        summary = 0..<0
    }

    private mutating func close(_ field: Field?, from start: Int, to end: Int) {
        switch field {
        case .title: title = start..<max(start, end)
        case .summary: summary = start..<max(start, end)
        case .body, nil: break
        }
    }

    private static let keys: [([UInt8], Field)] = [
        (Array("title:".utf8), .title), (Array("statement:".utf8), .title), (Array("summary:".utf8), .summary),
    ]

    private static func key(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Field, Int)? {
        for (key, field) in keys where end - start >= key.count {
            var matches = true
            for offset in 0..<key.count where bytes[start + offset] != key[offset] {
                matches = false
                break
            }
            if matches { return (field, start + key.count) }
        }
        return nil
    }
}
