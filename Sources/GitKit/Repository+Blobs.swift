internal import CGit2

extension Repository {
    /// The contents of the blob `id`.
    public func blob(_ id: ObjectID) throws -> [UInt8] {
        try lookupBlob(id).withPointer { blob in
            let size = Int(git_blob_rawsize(blob))
            guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
            return Array(UnsafeRawBufferPointer(start: content, count: size))
        }
    }

    /// The size in bytes of the blob `id`, read from the object header without loading it.
    public func blobSize(_ id: ObjectID) throws -> Int {
        let odb = try Handle.make("git_repository_odb", release: git_odb_free) {
            git_repository_odb($0, pointer)
        }
        var oid = id.oid
        var size = 0
        var type = GIT_OBJECT_INVALID
        try odb.withPointer { odb in
            _ = try check(git_odb_read_header(&size, &type, odb, &oid), "git_odb_read_header")
        }
        guard type == GIT_OBJECT_BLOB else {
            throw GitError(
                code: .notFound, function: "git_odb_read_header",
                message: "object \(id.hex) is not a blob")
        }
        return size
    }

    /// Writes `bytes` as a blob (if not already there) and returns its id.
    public func writeBlob(_ bytes: [UInt8]) throws -> ObjectID {
        var oid = git_oid()
        // libgit2 wants a real buffer even for zero bytes.
        let buffer = bytes.isEmpty ? [0] : bytes
        try buffer.withUnsafeBytes { raw in
            _ = try check(
                git_blob_create_from_buffer(&oid, pointer, raw.baseAddress, bytes.count),
                "git_blob_create_from_buffer")
        }
        return ObjectID(oid)
    }
}
