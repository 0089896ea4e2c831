import Foundation
internal import CGit2

/// Reads trees as the raw bytes of their objects (`mode SP name NUL 20-byte-id`, repeated), for
/// comparing two trees without libgit2 parsing every entry of both into a `git_tree`.
final class RawTreeReader {
    private let odb: Handle

    init(repository: Repository) throws {
        odb = try Handle.make("git_repository_odb", release: git_odb_free) { git_repository_odb($0, repository.pointer) }
    }

    /// Lends the bytes of the tree `id` to `body` (valid only inside it).
    func withTree<R>(_ id: ObjectID, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var oid = id.oid
        let object = try odb.withPointer { odb in
            try Handle.make("git_odb_read", release: git_odb_object_free) { git_odb_read($0, odb, &oid) }
        }
        return try object.withPointer { object in
            guard git_odb_object_type(object) == GIT_OBJECT_TREE else {
                throw GitError(code: .other(GIT_EINVALID.rawValue), function: "git_odb_read", message: "object \(id.hex) is not a tree")
            }
            return try body(UnsafeRawBufferPointer(start: git_odb_object_data(object), count: git_odb_object_size(object)))
        }
    }
}
