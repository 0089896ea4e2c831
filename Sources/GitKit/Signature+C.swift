import Foundation
internal import CGit2

extension Signature {
    /// Copies a libgit2 signature.
    init(_ signature: UnsafePointer<git_signature>) {
        let value = signature.pointee
        self.init(
            name: value.name.map { String(cString: $0) } ?? "",
            email: value.email.map { String(cString: $0) } ?? "",
            date: Date(timeIntervalSince1970: TimeInterval(value.when.time)),
            timeZoneOffsetMinutes: Int(value.when.offset))
    }
}

/// Owns a `git_signature` made from a `Signature`, freed in `deinit`.
final class SignatureHandle {
    private let pointer: UnsafeMutablePointer<git_signature>

    /// Makes a libgit2 signature; libgit2 rejects empty names and angle brackets.
    init(_ signature: Signature) throws {
        var result: UnsafeMutablePointer<git_signature>?
        let seconds = git_time_t(signature.date.timeIntervalSince1970.rounded(.down))
        try check(
            git_signature_new(
                &result, signature.name, signature.email, seconds,
                Int32(clamping: signature.timeZoneOffsetMinutes)),
            "git_signature_new")
        guard let result else {
            throw GitError(code: .other(-1), function: "git_signature_new", message: "no signature")
        }
        pointer = result
    }

    deinit { git_signature_free(pointer) }

    /// Lends the C signature to `body`, keeping it alive meanwhile.
    func withPointer<R>(_ body: (UnsafePointer<git_signature>) throws -> R) rethrows -> R {
        try withExtendedLifetime(self) { try body(pointer) }
    }
}
