/// One problem found in the knowledge base, with the file and place it concerns.
public struct Finding: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Path relative to the knowledge base root, with `/` separators.
    public var path: String
    public var position: SourcePosition?
    public var severity: Severity
    public var message: String

    public init(path: String, position: SourcePosition?, severity: Severity, message: String) {
        self.path = path
        self.position = position
        self.severity = severity
        self.message = message
    }

    public static func error(_ message: String, in path: String, at position: SourcePosition? = nil) -> Finding {
        Finding(path: path, position: position, severity: .error, message: message)
    }

    public static func warning(_ message: String, in path: String, at position: SourcePosition? = nil) -> Finding {
        Finding(path: path, position: position, severity: .warning, message: message)
    }

    /// `path:line:column: severity: message`, the form compilers use, which editors can jump to.
    /// Always one line: control characters in the path or message (a file named with a newline, a
    /// value quoted in the message) are escaped, so no finding can forge another.
    public var description: String {
        let safePath = ControlCharacters.escaped(path)
        let place = position.map { "\(safePath):\($0.line):\($0.column)" } ?? safePath
        return "\(place): \(severity.rawValue): \(ControlCharacters.escaped(message))"
    }
}

extension Array where Element == Finding {
    /// Sorted by file, then place, then message, so output is stable from run to run.
    public func sortedForDisplay() -> [Finding] {
        sorted {
            if $0.path != $1.path { return $0.path < $1.path }
            let l = $0.position ?? .start, r = $1.position ?? .start
            if l != r { return l < r }
            return $0.message < $1.message
        }
    }

    public var hasErrors: Bool { contains { $0.severity == .error } }
}
