internal import CGit2

extension ObjectID {
    /// Copies a libgit2 object id.
    init(_ oid: git_oid) {
        self = withUnsafeBytes(of: oid.id) { ObjectID(bytes: $0) }
    }

    /// Copies a libgit2 object id from a pointer that must not be null.
    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    /// This id as a libgit2 `git_oid` value.
    var oid: git_oid {
        var result = git_oid()
        let source = bytes
        withUnsafeMutableBytes(of: &result.id) { target in
            for (index, byte) in source.enumerated() where index < target.count {
                target[index] = byte
            }
        }
        return result
    }
}
