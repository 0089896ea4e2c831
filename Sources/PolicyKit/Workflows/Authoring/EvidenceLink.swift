import Foundation

/// Adds a piece of evidence to a project, by URL or by a file kept in the repository under
/// `projects/<id>/evidence/files/` with its SHA-256.
public struct EvidenceLink: RecordChange {
    /// Where the evidence is: at a URL, or in a file committed with the record.
    public enum Target: Sendable {
        /// An http(s) URL of evidence published elsewhere.
        case link(String)
        /// The file's bytes and the name it gets under `evidence/files/`.
        case file(name: String, bytes: [UInt8])
    }

    /// The id of the project the evidence supports; it must exist.
    public var project: RecordID
    /// The evidence's id, unique within its project.
    public var id: RecordID
    /// The evidence's title.
    public var title: String
    /// What kind of evidence it is (report, dataset, survey...).
    public var kind: EvidenceKind
    /// Where the evidence is: a link or a file kept in the repository.
    public var target: Target
    /// Whether the evidence is public or restricted (restricted evidence never leaves the repository).
    public var access: Access
    /// The Nesta standards of evidence level, 1 to 5, when assessed.
    public var strength: Int?
    /// The day the evidence was collected or published.
    public var date: Day?
    /// A short summary of what the evidence shows.
    public var summary: String?
    /// Who collected the evidence, as free text.
    public var collectedBy: String?

    /// A new piece of evidence with the required fields; the others are left out.
    public init(project: RecordID, id: RecordID, title: String, kind: EvidenceKind, target: Target, access: Access) {
        self.project = project
        self.id = id
        self.title = title
        self.kind = kind
        self.target = target
        self.access = access
    }

    /// The evidence record being added, `evidence:<project>/<id>`.
    public var record: RecordSelector { RecordSelector(kind: .evidence, id: "\(project)/\(id)") }
    /// Where the evidence's file goes: `projects/<project>/evidence/<id>.md`.
    public var path: String { Self.path(project, id) }
    /// The commit subject, `evidence: link <project>/<id>`.
    public var subject: String { "evidence: link \(project)/\(id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "evidence link" }
    /// Only projects are looked up, to check the project.
    public var looksUp: Set<RecordKind> { [.project] }

    static func path(_ project: RecordID, _ id: RecordID) -> String { "projects/\(project)/evidence/\(id).md" }

    /// The evidence file, and the kept file when there is one; refused when the project is unknown, the id is taken,
    /// or a kept file of that name exists with other content.
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
    /// Reads an evidence file to keep in the repository, which must be a regular file inside the repository's
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
            throw WriteError.usage(
                "\(input: .file): '\(path)' is \(size / (1 << 20)) MiB, over the \(Evidence.maximumFileSize >> 20) MiB limit; publish it elsewhere and use --url"
            )
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw WriteError.usage("\(input: .file): cannot read '\(path)'")
        }
        let name = url.lastPathComponent
        guard !name.hasPrefix("."), !name.contains("/") else { throw WriteError.usage("\(input: .file): '\(name)' is not a usable file name") }
        return (name, [UInt8](data))
    }
}
