/// One problem found in the knowledge base, with the file and place it concerns.
public struct Finding: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is: an error makes the knowledge base invalid, a warning does not.
    public enum Severity: String, Sendable, Codable, Comparable {
        /// Invalid, must be fixed; or worth a look.
        case error, warning

        /// Errors come before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Path relative to the knowledge base root, with `/` separators.
    public var path: String
    /// The line and column the finding is about, when it is about one place.
    public var position: SourcePosition?
    /// Whether the finding is an error or a warning.
    public var severity: Severity
    /// What is wrong, in words, without the path or place.
    public var message: String

    /// A finding with all its parts.
    public init(path: String, position: SourcePosition?, severity: Severity, message: String) {
        self.path = path
        self.position = position
        self.severity = severity
        self.message = message
    }

    /// An error about `path` (at `position`, when given).
    public static func error(_ message: String, in path: String, at position: SourcePosition? = nil) -> Finding {
        Finding(path: path, position: position, severity: .error, message: message)
    }

    /// A warning about `path` (at `position`, when given).
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

    /// Whether any finding is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
