/// The text of a new record file: front matter lines between `---`, then the body's sections.
struct RecordFile {
    private var lines: [String] = ["---"]

    /// Adds `key: value`, skipping nil and empty values.
    mutating func field(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { lines.append("\(key): \(value)") }
    }

    mutating func text(_ key: String, _ value: String?) { field(key, value.map(YAMLText.quoted)) }
    mutating func words(_ key: String, _ values: [String]) { if !values.isEmpty { field(key, YAMLText.flowList(values)) } }
    mutating func texts(_ key: String, _ values: [String]) { if !values.isEmpty { field(key, YAMLText.quotedList(values)) } }

    func bytes(sections: [String]) -> [UInt8] {
        let body = sections.map { "## \($0)\n" }.joined(separator: "\n")
        return Array((lines + ["---", ""]).joined(separator: "\n").utf8) + Array(body.utf8)
    }
}
