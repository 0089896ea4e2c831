import Foundation

/// `policylab evidence link`: a piece of evidence for a project, by URL or by a file kept in the
/// repository under `projects/<id>/evidence/files/` with its SHA-256.
public struct EvidenceLink: RecordChange {
    public enum Target: Sendable {
        case link(String)
        /// The file's bytes and the name it gets under `evidence/files/`.
        case file(name: String, bytes: [UInt8])
    }

    public var project: RecordID
    public var id: RecordID
    public var title: String
    public var kind: EvidenceKind
    public var target: Target
    public var access: Access
    public var strength: Int?
    public var date: Day?
    public var summary: String?
    public var collectedBy: String?

    public init(project: RecordID, id: RecordID, title: String, kind: EvidenceKind, target: Target, access: Access) {
        self.project = project
        self.id = id
        self.title = title
        self.kind = kind
        self.target = target
        self.access = access
    }

    public var record: String { "evidence:\(project)/\(id)" }
    public var path: String { Self.path(project, id) }
    public var subject: String { "evidence: link \(project)/\(id)" }
    public var command: String { "evidence link" }
    public var looksUp: Set<RecordKind> { [.project] }

    static func path(_ project: RecordID, _ id: RecordID) -> String { "projects/\(project)/evidence/\(id).md" }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        _ = try ReferenceCheck.project(project, in: kb)
        try ReferenceCheck.free(id, path: path, at: snapshot) { Self.path(project, $0) }
        var files: [String: [UInt8]?] = [:]
        var record = RecordFile()
        record.field("id", id.rawValue)
        record.text("title", title)
        record.field("kind", kind.rawValue)
        switch target {
        case .link(let link):
            record.text("link", link)
        case .file(let name, let bytes):
            let relative = "evidence/files/\(name)"
            let full = "projects/\(project)/\(relative)"
            if let existing = try snapshot.read(full), existing != bytes {
                throw WriteError.usage("\(input: .file): \(full) already exists with other content; rename the file")
            }
            files[full] = bytes
            record.text("file", relative)
            record.field("sha256", SHA256.hex(bytes))
        }
        record.field("access", access.rawValue)
        record.field("strength", strength.map(String.init))
        record.field("date", date?.description)
        record.text("collected_by", collectedBy)
        record.text("summary", summary)
        files[path] = record.bytes(sections: [])
        return files
    }
}

extension EvidenceLink {
    /// Reads the file given with `--file`, which must be a regular file inside the repository's
    /// working tree and no larger than `Evidence.maximumFileSize`.
    public static func readEvidenceFile(_ path: String, workingDirectory: String?) throws -> (name: String, bytes: [UInt8]) {
        guard let workingDirectory else {
            throw WriteError.usage("\(input: .file) needs a working tree; this repository is bare (use \(input: .url))")
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let root = URL(fileURLWithPath: workingDirectory).standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw WriteError.usage("\(input: .file): '\(path)' does not exist")
        }
        if isDirectory.boolValue { throw WriteError.usage("\(input: .file): '\(path)' is a folder; give one file") }
        guard url.path.hasPrefix(root + "/"), !url.path.hasPrefix(root + "/.git/") else {
            throw WriteError.usage("\(input: .file): '\(path)' is outside the repository (\(root)); copy it into the repository first")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > Evidence.maximumFileSize {
            throw WriteError.usage("\(input: .file): '\(path)' is \(size / (1 << 20)) MiB, over the \(Evidence.maximumFileSize >> 20) MiB limit; publish it elsewhere and use --url")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw WriteError.usage("\(input: .file): cannot read '\(path)'")
        }
        let name = url.lastPathComponent
        guard !name.hasPrefix("."), !name.contains("/") else { throw WriteError.usage("\(input: .file): '\(name)' is not a usable file name") }
        return (name, [UInt8](data))
    }
}
