import Foundation
import GitKit

/// The write-ahead record of one write, in the manner of SQLite's hot journal: written and
/// flushed before the branch moves, removed once the work tree and index hold the commit.
///
/// A later command that finds one whose writer is gone completes the write (the branch moved) or
/// discards it (it did not): see `WriteRecovery`. On disk it is one line
/// `policylab-write-journal 1 <byte count> <sha-256 of the JSON>` followed by the JSON, so that a
/// truncated or damaged record is recognised and never trusted.
struct WriteJournal: Codable, Equatable {
    /// One path the write changes, with its file before (at the old tip) and after (nil: absent).
    struct Change: Codable, Equatable {
        var path: String
        var old: Version?
        var new: Version?
    }

    /// A file as a tree holds it.
    struct Version: Codable, Equatable {
        var blob: String
        var mode: UInt32

        init(_ file: TreeFile) {
            blob = file.id.hex
            mode = file.kind.gitMode
        }

        var file: TreeFile? {
            guard let id = ObjectID(hex: blob), let kind = TreeEntryKind(gitMode: mode) else { return nil }
            return TreeFile(id: id, kind: kind)
        }
    }

    static let header = "policylab-write-journal"
    static let formatVersion = 1
    /// The largest journal read back; a bigger file is damaged (a merge of 100 000 paths is ~20 MB).
    static let maximumSize = 64 << 20

    var process: Int32
    var branch: String
    var oldTip: String?
    var newCommit: String
    var message: String
    var changes: [Change]

    /// The file's bytes: the header line, then the JSON.
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = [UInt8](try encoder.encode(self))
        return Array("\(Self.header) \(Self.formatVersion) \(body.count) \(SHA256.hex(body))\n".utf8) + body
    }

    /// Why a journal file cannot be trusted.
    struct Damage: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses a journal file's bytes; throws `Damage` saying what is wrong.
    static func decode(_ bytes: [UInt8]) throws -> WriteJournal {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { throw Damage(description: "no header line (truncated?)") }
        let fields = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        guard fields.count == 4, fields[0] == header else { throw Damage(description: "not a policylab write journal") }
        guard fields[1] == "\(formatVersion)" else { throw Damage(description: "unknown journal format \(fields[1])") }
        let body = Array(bytes[(newline + 1)...])
        guard let count = Int(fields[2]), count == body.count else {
            throw Damage(description: "truncated: \(body.count) of \(fields[2]) bytes")
        }
        guard SHA256.hex(body) == fields[3] else { throw Damage(description: "checksum mismatch") }
        do {
            return try JSONDecoder().decode(WriteJournal.self, from: Data(body))
        } catch {
            throw Damage(description: "unreadable record")
        }
    }
}
