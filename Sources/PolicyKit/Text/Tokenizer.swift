import Foundation

/// Splits text into search terms: lowercased, diacritics folded (`é` -> `e`), split on every
/// character that is not a letter or a digit. Titles, bodies and queries all go through it, so a
/// query matches whatever way a word was written.
public enum Tokenizer {
    /// The terms of `text`, in order, repeats included.
    public static func terms(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        var terms: [String] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            forEachTerm(in: buffer) { term in terms.append(String(decoding: term, as: UTF8.self)) }
        }
        return terms
    }

    /// Calls `body` with each term of the UTF-8 text in `buffer`, which is lowercased in place
    /// first (ASCII only; other letters are folded term by term). The bytes passed to `body` are
    /// only valid during the call. Inlined: the index builder and the query scan call it for
    /// every word of every file.
    @inlinable
    public static func forEachTerm(in buffer: UnsafeMutableBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = buffer.baseAddress else { return }
        let classes = byteClasses
        let count = buffer.count
        var index = 0
        while index < count {
            while index < count, classes[Int(base[index])] == 0 { index += 1 }
            let start = index
            var seen: UInt8 = 0
            while index < count {
                let byte = base[index]
                let byteClass = classes[Int(byte)]
                if byteClass == 0 { break }
                base[index] = byte | (byteClass & 0x20)
                seen |= byteClass
                index += 1
            }
            guard index > start else { continue }
            if seen & 0x80 == 0 {
                body(UnsafeBufferPointer(start: base + start, count: index - start))
            } else {
                // Rare (names, French text): decode, fold and split on the punctuation that only Unicode knows.
                let word = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
                for term in fold(word) {
                    let utf8 = Array(term.utf8)
                    utf8.withUnsafeBufferPointer { body($0) }
                }
            }
        }
    }

    /// Per byte value: 0 when it is no part of a term; otherwise 1, with 0x20 added for an ASCII
    /// capital (the bit that lowercases it) and 0x80 for a byte of a multi-byte character. One
    /// load per byte instead of four comparisons, in the loop every indexed word goes through.
    @usableFromInline nonisolated(unsafe) static let byteClasses: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for value in 0..<256 {
            let byte = UInt8(value)
            table[value] = !isTermByte(byte) ? 0 : byte >= 0x80 ? 0x81 : (byte >= 0x41 && byte <= 0x5A) ? 0x21 : 1
        }
        return UnsafePointer(table)
    }()

    /// ASCII letters and digits, and every byte of a multi-byte character (sorted out by `fold`).
    @inline(__always) static func isTermByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Letters that decompose into no base letter plus a mark, spelled out.
    private static let ligatures: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// A word with non-ASCII letters: decomposed, marks dropped, lowercased, split on non-letters.
    @usableFromInline static func fold(_ word: String) -> [String] {
        var terms: [String] = []
        var current = ""
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                let lower = properties.lowercaseMapping
                current += lower.unicodeScalars.first.flatMap { ligatures[$0] } ?? lower
            } else if !current.isEmpty {
                terms.append(current)
                current = ""
            }
        }
        if !current.isEmpty { terms.append(current) }
        return terms
    }
}
