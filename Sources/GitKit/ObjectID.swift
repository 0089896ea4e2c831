/// The SHA-1 name of a git object.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 40 lowercase hexadecimal digits.
    public let hex: String

    /// Parses 40 hexadecimal digits (either case); nil for anything else, prefixes included.
    public init?(hex: String) {
        let lowered = hex.lowercased()
        guard lowered.utf8.count == 40,
            lowered.utf8.allSatisfy({ ObjectID.hexDigitValue($0) != nil })
        else { return nil }
        self.hex = lowered
    }

    /// The id from its 20 raw bytes (as a binary cache stores it; the caller reads exactly 20).
    public init(bytes: some Collection<UInt8>) {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(40)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        self.hex = String(decoding: text, as: UTF8.self)
    }

    /// The first 7 hexadecimal digits, as `git log --oneline` abbreviates.
    public var short: String { String(hex.prefix(7)) }

    /// The 20 raw bytes.
    public var bytes: [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(20)
        var high: UInt8?
        for character in hex.utf8 {
            // `hex` was validated at construction, so every digit has a value.
            let value = ObjectID.hexDigitValue(character) ?? 0
            if let first = high {
                result.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return result
    }

    /// The full hexadecimal id.
    public var description: String { hex }

    /// Orders ids by their hexadecimal text, which is also their byte order.
    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool { lhs.hex < rhs.hex }

    private static func hexDigitValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return character - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
