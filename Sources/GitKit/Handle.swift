internal import CGit2

/// Owns one libgit2 handle (tree, commit, index, reference, ...) and frees it in `deinit`.
///
/// The pointer is only lent out through `withPointer`, so the handle stays alive while
/// C code or data borrowed from it (names, buffers) is in use.
final class Handle {
    private let pointer: OpaquePointer
    private let release: (OpaquePointer?) -> Void

    private init(_ pointer: OpaquePointer, release: @escaping (OpaquePointer?) -> Void) {
        self.pointer = pointer
        self.release = release
    }

    deinit { release(pointer) }

    /// Runs a libgit2 constructor (`git_xxx_lookup(&out, ...)`), checks its result and
    /// takes ownership of what it made, to be freed with `release`.
    static func make(
        _ function: String, release: @escaping (OpaquePointer?) -> Void,
        _ construct: (UnsafeMutablePointer<OpaquePointer?>) -> Int32
    ) throws -> Handle {
        var result: OpaquePointer?
        try check(construct(&result), function)
        guard let result else {
            throw GitError(code: .other(-1), function: function, message: "returned no object")
        }
        return Handle(result, release: release)
    }

    /// Lends the C handle to `body`, keeping it alive meanwhile.
    func withPointer<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R {
        try withExtendedLifetime(self) { try body(pointer) }
    }
}
