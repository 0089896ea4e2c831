import Foundation

/// File names as text. git and POSIX names are bytes; a name that is not valid UTF-8 is written
/// with its invalid bytes as `\\xE9`, as git quotes such paths, so it can be shown and reported
/// but never mistaken for another name.
public enum PathText {
    /// The name as text: itself when valid UTF-8, otherwise escaped.
    public static func string(_ bytes: [UInt8]) -> String {
        String(validating: bytes, as: UTF8.self) ?? escaped(bytes)
    }

    /// `bytes` with every byte that is not part of a valid UTF-8 sequence written `\\xHH`.
    public static func escaped(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            // The longest valid UTF-8 sequence starting here (1 to 4 bytes), else one escaped byte.
            if let length = (1...4).reversed().first(where: {
                index + $0 <= bytes.count && String(validating: bytes[index..<index + $0], as: UTF8.self) != nil
            }),
                let text = String(validating: bytes[index..<index + length], as: UTF8.self)
            {
                result += text
                index += length
            } else {
                result += "\\x" + String(bytes[index], radix: 16, uppercase: true)
                index += 1
            }
        }
        return result
    }

    /// The name of a C string.
    static func string(cString: UnsafePointer<CChar>) -> String {
        let length = strlen(cString)
        return cString.withMemoryRebound(to: UInt8.self, capacity: length) { string(Array(UnsafeBufferPointer(start: $0, count: length))) }
    }
}
