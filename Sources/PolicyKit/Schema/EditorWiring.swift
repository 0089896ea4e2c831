import Foundation

/// Installs the schemas for editors: every schema into `.vscode/policylab/`, and `policylab.yaml`
/// mapped to its schema in `.vscode/settings.json` (`yaml.schemas`, read by the YAML language
/// server), keeping whatever else that file holds.
public enum EditorWiring {
    /// The folder the schemas are written to, relative to the working tree.
    public static let schemaFolder = ".vscode/policylab"
    /// The editor settings file, relative to the working tree.
    public static let settingsFile = ".vscode/settings.json"

    /// Writes the schemas and the settings into the working tree at `root`.
    public static func install(into root: String) throws {
        let settingsPath = root + "/" + settingsFile
        // Read the settings first, so that an unreadable file stops everything before any write.
        var document: [String: Any] = [:]
        if let data = FileManager.default.contents(atPath: settingsPath) {
            guard let existing = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw WriteError.refused("\(settingsFile) is not a JSON object: nothing was changed")
            }
            document = existing
        }
        try writeSchemas(into: root + "/" + schemaFolder)
        try settings(wiring: document).write(to: URL(fileURLWithPath: settingsPath), options: .atomic)
    }

    /// The wiring of a new knowledge base, by path: every schema and a settings file that holds
    /// only the mapping (what creating a knowledge base commits).
    public static func files() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [settingsFile: Array(try settings(wiring: [:]))]
        for name in RecordSchemas.names {
            files[schemaFolder + "/" + RecordSchemas.fileName(name)] = Array((try RecordSchemas.json(name) ?? "").utf8)
        }
        return files
    }

    /// `document` with `policylab.yaml` mapped to its schema in `yaml.schemas`, as JSON text.
    private static func settings(wiring document: [String: Any]) throws -> Data {
        var document = document
        var schemas = document["yaml.schemas"] as? [String: Any] ?? [:]
        schemas["./\(schemaFolder)/" + RecordSchemas.fileName("settings")] = RecordSchemas.globs("settings")
        document["yaml.schemas"] = schemas
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return data + Data("\n".utf8)
    }

    /// Writes every schema into `folder` as `policylab-NAME.schema.json`.
    public static func writeSchemas(into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in RecordSchemas.names {
            let text = try RecordSchemas.json(name) ?? ""
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + RecordSchemas.fileName(name)), options: .atomic)
        }
    }
}
