internal import CGit2

extension Repository {
    /// The text of the note on `object` under the notes reference `notesReference`
    /// (e.g. `refs/notes/commits`), or nil when there is none.
    public func note(on object: ObjectID, notesReference: String) throws -> String? {
        var oid = object.oid
        let note = try nilOnError(.notFound) {
            try Handle.make("git_note_read", release: git_note_free) {
                git_note_read($0, pointer, notesReference, &oid)
            }
        }
        return note?.withPointer { note in git_note_message(note).map { String(cString: $0) } ?? "" }
    }

    /// Sets the note on `object` to `text`, replacing any note it had, as a new commit on
    /// `notesReference` (created when missing); returns the new notes commit.
    @discardableResult
    public func setNote(
        _ text: String, on object: ObjectID, notesReference: String, author: Signature,
        committer: Signature
    ) throws -> ObjectID {
        let authorHandle = try SignatureHandle(author)
        let committerHandle = try SignatureHandle(committer)
        var oid = object.oid
        var noteID = git_oid()
        try authorHandle.withPointer { authorPointer in
            try committerHandle.withPointer { committerPointer in
                _ = try check(
                    git_note_create(
                        &noteID, pointer, notesReference, authorPointer, committerPointer,
                        &oid, text, 1), "git_note_create")
            }
        }
        guard let tip = try referenceTarget(notesReference) else {
            throw GitError(code: .notFound, function: "git_note_create", message: "\(notesReference) was not created")
        }
        return tip
    }

    /// Every object that has a note under `notesReference`, with the note's text; empty when the
    /// reference does not exist.
    public func notes(notesReference: String) throws -> [ObjectID: String] {
        guard try referenceTarget(notesReference) != nil else { return [:] }
        final class Collector { var objects: [ObjectID] = [] }
        let collector = Collector()
        try withExtendedLifetime(collector) {
            let payload = Unmanaged.passUnretained(collector).toOpaque()
            try check(
                git_note_foreach(
                    pointer, notesReference,
                    { _, annotated, payload in
                        guard let annotated, let payload else { return -1 }
                        Unmanaged<Collector>.fromOpaque(payload).takeUnretainedValue().objects.append(ObjectID(annotated))
                        return 0
                    }, payload), "git_note_foreach")
        }
        var result: [ObjectID: String] = [:]
        for object in collector.objects {
            result[object] = try note(on: object, notesReference: notesReference)
        }
        return result
    }
}
