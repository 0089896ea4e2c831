import Foundation

/// The text of a record file after the checks every file must pass: not empty, not too large,
/// valid UTF-8 without NUL bytes. A byte order mark is dropped and CRLF line endings become LF,
/// so that line numbers stay those an editor shows.
public struct SourceText {
    /// Files above this size are refused unread: a record is prose, not a data dump.
    public static let maximumSize = 1 << 20

    let text: String

    /// Decodes `bytes`, or returns the finding that explains why the file cannot be read.
    static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Finding> {
        if bytes.count > maximumSize {
            // Readers stop soon after the limit, so `bytes.count` is not the file's size: do not print it.
            return .failure(.error("file is larger than 1 MiB (\(maximumSize) bytes), the limit for a record", in: path))
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.error("file is empty (expected front matter between '---' lines)", in: path, at: .start))
        }
        if let nul = content.firstIndex(of: 0) {
            return .failure(
                .error(
                    "file contains a NUL byte (binary data is not a record)", in: path,
                    at: position(ofOffset: nul - content.startIndex, in: content)))
        }
        guard let text = String(validating: content, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(content)
            return .failure(
                .error(
                    "file is not valid UTF-8", in: path,
                    at: position(ofOffset: offset, in: content)))
        }
        let normalised = content.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        return .success(SourceText(text: normalised))
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        return offset
    }

    private static func position(ofOffset offset: Int, in bytes: ArraySlice<UInt8>) -> SourcePosition {
        let before = bytes.prefix(offset)
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        // Columns count characters (Unicode scalars), as the YAML parser's positions do, not bytes.
        let column = String(decoding: bytes[lineStart..<(bytes.startIndex + offset)], as: UTF8.self).unicodeScalars.count + 1
        return SourcePosition(line: line, column: column)
    }
}
