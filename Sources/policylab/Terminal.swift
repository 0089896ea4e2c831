import Foundation
import PolicyKit

/// Standard output and error, with colour only on a terminal and never under NO_COLOR.
struct Terminal {
    let handle: FileHandle
    let descriptor: Int32

    static let standardOutput = Terminal(handle: .standardOutput, descriptor: STDOUT_FILENO)
    static let standardError = Terminal(handle: .standardError, descriptor: STDERR_FILENO)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    var usesColour: Bool {
        isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Writes `text` as a line. Control characters other than newline and tab, whatever record,
    /// file name or commit message they came from, are escaped (as git quotes paths): nothing
    /// printed can move the cursor, hide a line or change the terminal.
    func write(_ text: String) {
        let safe = ControlCharacters.escaped(text, allowingNewlines: true)
        let line = safe.hasSuffix("\n") || safe.isEmpty ? safe : safe + "\n"
        handle.write(Data(line.utf8))
    }

    /// Writes a finding's line, its severity word in bold red (errors) or yellow (warnings) when
    /// colour is on. The colour is added after escaping, so it is the only escape sequence.
    func write(_ finding: Finding) {
        let text = ControlCharacters.escaped(finding.description, allowingNewlines: true)
        let word = finding.severity.rawValue
        guard usesColour, let range = text.range(of: " \(word): ") else { return write(text) }
        let code = word == "error" ? "1;31" : "1;33"
        handle.write(Data((text.replacingCharacters(in: range, with: " \u{1B}[\(code)m\(word)\u{1B}[0m: ") + "\n").utf8))
    }

    /// `text` with every control character escaped, newlines included, for one-line messages.
    static func escaped(_ text: String) -> String { ControlCharacters.escaped(text) }
}
