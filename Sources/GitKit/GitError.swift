internal import CGit2

/// An error reported by libgit2 (or by GitKit in libgit2's vocabulary).
public struct GitError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is, from libgit2's error code.
    public enum Code: Sendable, Equatable {
        /// The object or reference is missing; it exists already; the name is ambiguous; it is locked; it was
        /// modified meanwhile; the branch has no commit yet; a push is not a fast-forward; conflicts prevent it; a
        /// reference name or refspec is invalid.
        case notFound, exists, ambiguous, locked, modified, unbornBranch, nonFastForward,
            conflict, invalidSpec
        /// Any other libgit2 error code (negative).
        case other(Int32)
    }

    /// The kind of failure.
    public let code: Code
    /// The libgit2 function (or GitKit operation) that failed, e.g. `git_reference_create`.
    public let function: String
    /// libgit2's message, or GitKit's own explanation.
    public let message: String

    /// Creates an error; GitKit builds most of them from libgit2's last error.
    public init(code: Code, function: String, message: String) {
        self.code = code
        self.function = function
        self.message = message
    }

    /// `"<function> failed: <message>"`.
    public var description: String { "\(function) failed: \(message)" }

    /// The same error with another code and/or message.
    func with(code: Code? = nil, message: String? = nil) -> GitError {
        GitError(code: code ?? self.code, function: function, message: message ?? self.message)
    }
}

extension GitError.Code {
    /// Maps a libgit2 return code (`git_error_code`) to a `Code`.
    init(libgit2 code: Int32) {
        switch code {
        case GIT_ENOTFOUND.rawValue: self = .notFound
        case GIT_EEXISTS.rawValue: self = .exists
        case GIT_EAMBIGUOUS.rawValue: self = .ambiguous
        case GIT_ELOCKED.rawValue: self = .locked
        case GIT_EMODIFIED.rawValue: self = .modified
        case GIT_EUNBORNBRANCH.rawValue: self = .unbornBranch
        case GIT_ENONFASTFORWARD.rawValue: self = .nonFastForward
        case GIT_ECONFLICT.rawValue: self = .conflict
        case GIT_EINVALIDSPEC.rawValue: self = .invalidSpec
        default: self = .other(code)
        }
    }
}

/// The one place where libgit2 return codes are checked.
///
/// Returns `code` unchanged when it is not negative (some functions return counts or
/// booleans); otherwise throws a `GitError` carrying libgit2's last error message,
/// which is then cleared so that it cannot leak into a later, unrelated error.
@discardableResult
func check(_ code: Int32, _ function: String) throws -> Int32 {
    guard code < 0 else { return code }
    var message = "error \(code)"
    if let last = git_error_last(), let text = last.pointee.message {
        // Some messages end in ": " where libgit2 had no OS error text to append.
        message = String(cString: text)
        while let last = message.last, last == " " || last == ":" { message.removeLast() }
        git_error_clear()
    }
    throw GitError(code: GitError.Code(libgit2: code), function: function, message: message)
}

/// Runs `body`, turning a `GitError` with one of `codes` into nil (e.g. `.notFound`
/// for lookups whose absence is an answer, not a failure).
func nilOnError<T>(_ codes: GitError.Code..., body: () throws -> T) throws -> T? {
    do {
        return try body()
    } catch let error as GitError where codes.contains(error.code) {
        return nil
    }
}
