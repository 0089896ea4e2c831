/// The map file of `import collection`: how the front matter keys, values and body headings of a
/// foreign collection (a Jekyll or Hugo site, a Decap CMS folder) become a policylab record.
///
/// ```yaml
/// folder: _methods
/// repository: https://github.com/example/toolkit
/// id: file-name
/// keys:
///   title: title
///   description: summary
///   category: phases
///   timeRequired: time_needed
///   permalink: aliases
///   redirect_from: aliases
/// values:
///   phases: {Explore: discover, Design: develop}
/// sections:
///   How to do it: How to start
/// defaults:
///   status: published
/// skip: [_template.md, archive/*]
/// drop: [layout]
/// ```
public struct ImportMap: Sendable, Equatable, Decodable {
    /// Where a record's id comes from.
    public enum IDSource: String, Sendable, Equatable, Decodable, CaseIterable {
        /// The file's name without its extension, as a slug (`Citizens_Jury.md` -> `citizens-jury`).
        case fileName = "file-name"
        /// The last part of the file's `permalink` (`/methods/citizens-jury/` -> `citizens-jury`), else its name.
        case permalink
    }

    /// A default for a record key the source lacks: one text or a list of them.
    public enum Value: Sendable, Equatable, Decodable {
        /// One word or text.
        case text(String)
        /// A list of words or texts.
        case list([String])

        /// Reads a scalar as text and a sequence of scalars as a list.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .list(try container.decode([String].self))
            }
        }

        /// The value as a list (one text is a list of one).
        public var texts: [String] {
            switch self {
            case .text(let text): [text]
            case .list(let texts): texts
            }
        }
    }

    /// The collection's folder inside the source (`_methods`); the source's root when nil.
    public var folder: String?
    /// How the source is named in commit trailers (its public URL, say); the source's path when nil.
    public var repository: String?
    /// Where ids come from.
    public var id: IDSource = .fileName
    /// Source front matter key -> record key (several source keys may feed one list key, such as `aliases`).
    public var keys: [String: String] = [:]
    /// Record key -> (source value -> record value); a key with a table accepts only the values it lists.
    public var values: [String: [String: String]] = [:]
    /// Source body heading -> record section heading.
    public var sections: [String: String] = [:]
    /// Record key -> value for the records whose source lacks it.
    public var defaults: [String: Value] = [:]
    /// Patterns of files (relative to `folder`) to leave out, reported as skipped: `*` matches within
    /// one path part, a pattern without `/` matches a file name in any folder.
    public var skip: [String] = []
    /// Source front matter keys to leave out without a finding (`layout`).
    public var drop: [String] = []

    /// The keys a map may hold, for the "unknown key" finding.
    static let allowedKeys = ["folder", "repository", "id", "keys", "values", "sections", "defaults", "skip", "drop"]

    enum CodingKeys: String, CodingKey {
        case folder, repository, id, keys, values, sections, defaults, skip, drop
    }

    /// A map with nothing mapped: every source key must then already be a record key.
    public init() {}

    /// Decodes every key, with the defaults above for the absent ones.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        folder = try container.decodeIfPresent(String.self, forKey: .folder)
        repository = try container.decodeIfPresent(String.self, forKey: .repository)
        id = try container.decodeIfPresent(IDSource.self, forKey: .id) ?? .fileName
        keys = try container.decodeIfPresent([String: String].self, forKey: .keys) ?? [:]
        values = try container.decodeIfPresent([String: [String: String]].self, forKey: .values) ?? [:]
        sections = try container.decodeIfPresent([String: String].self, forKey: .sections) ?? [:]
        defaults = try container.decodeIfPresent([String: Value].self, forKey: .defaults) ?? [:]
        skip = try container.decodeIfPresent([String].self, forKey: .skip) ?? []
        drop = try container.decodeIfPresent([String].self, forKey: .drop) ?? []
    }

    /// The record key a source key becomes: its mapping, else the key itself.
    func recordKey(for sourceKey: String) -> String { keys[sourceKey] ?? sourceKey }

    /// Whether the file at `path` (relative to `folder`) matches a `skip` pattern.
    func skips(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return skip.contains { pattern in
            pattern.contains("/") ? GlobPattern.matches(pattern, path) : GlobPattern.matches(pattern, name)
        }
    }
}
