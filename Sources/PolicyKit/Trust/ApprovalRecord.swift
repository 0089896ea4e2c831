import Foundation
import GitKit

/// One approval as written in a note on the approved commit: an `Approved-by:` line, then for a
/// signed approval the base it was judged against, the date, and the SSHSIG signature in base64:
///
///     Approved-by: A Maintainer <maintainer@example.org>
///     Approval-Base: 3f1c...
///     Approval-Date: 2026-12-01T20:15:00Z
///     Approval-Signature: U1NIU0lH...
///
/// Notes come from anyone who can push: every field is untrusted until the signature verifies
/// against a key read from the base.
public struct ApprovalRecord: Sendable, Hashable {
    static let approvedBy = "Approved-by: "
    static let baseField = "Approval-Base: "
    static let dateField = "Approval-Date: "
    static let signatureField = "Approval-Signature: "
    /// Notes larger than this are not read: no honest note holds more than a few dozen approvals.
    static let maximumNoteSize = 256 << 10

    /// `Name <email>` as written: what the approver typed.
    public var identity: String
    /// The base commit the signed approval was made against; nil for an unsigned approval.
    public var base: ObjectID?
    /// When the signed approval was made, as `YYYY-MM-DDTHH:MM:SSZ`; nil for an unsigned approval.
    public var date: String?
    /// The signature's base64 text; nil for an unsigned approval.
    public var signature: String?

    /// The records of a note, in order; lines that belong to none are ignored.
    static func parse(_ note: String) -> [ApprovalRecord] {
        guard note.utf8.count <= maximumNoteSize else { return [] }
        var records: [ApprovalRecord] = []
        for line in note.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map(String.init) {
            if line.hasPrefix(approvedBy) {
                records.append(ApprovalRecord(identity: String(line.dropFirst(approvedBy.count))))
            } else if !records.isEmpty, line.hasPrefix(baseField) {
                records[records.count - 1].base = ObjectID(hex: String(line.dropFirst(baseField.count)))
            } else if !records.isEmpty, line.hasPrefix(dateField) {
                records[records.count - 1].date = String(line.dropFirst(dateField.count))
            } else if !records.isEmpty, line.hasPrefix(signatureField) {
                records[records.count - 1].signature = String(line.dropFirst(signatureField.count))
            }
        }
        return records
    }

    /// The note's lines for this record.
    var lines: [String] {
        [Self.approvedBy + identity]
            + [
                base.map { Self.baseField + $0.hex }, date.map { Self.dateField + $0 },
                signature.map { Self.signatureField + $0 },
            ].compactMap { $0 }
    }

    /// The identity as a signature's name and e-mail, when it is written `Name <email>`.
    var parsedIdentity: Signature? { Signature(parsing: identity) }

    /// The statement this record claims was signed for `head` of `knowledgeBase`.
    func statement(head: ObjectID, knowledgeBase: String) -> ApprovalStatement? {
        guard let base, let date else { return nil }
        return ApprovalStatement(knowledgeBase: knowledgeBase, head: head, base: base, approver: identity, date: date)
    }

    /// The decoded signature, or why it cannot be read.
    func decodedSignature() -> Result<SSHSignature, SSHFormatError>? {
        guard let signature else { return nil }
        guard let bytes = Data(base64Encoded: signature) else { return .failure(.malformed("the signature is not valid base64")) }
        do { return .success(try SSHSignature(blob: Array(bytes))) } catch { return .failure(error) }
    }
}
