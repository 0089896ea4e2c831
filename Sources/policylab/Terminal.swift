import Foundation

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

    func write(_ text: String) {
        let line = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        handle.write(Data(line.utf8))
    }

    /// `text` in bold red (errors) or yellow (warnings) when colour is on.
    func coloured(_ text: String, severityWord word: String) -> String {
        guard usesColour, let range = text.range(of: " \(word): ") else { return text }
        let code = word == "error" ? "1;31" : "1;33"
        return text.replacingCharacters(in: range, with: " \u{1B}[\(code)m\(word)\u{1B}[0m: ")
    }
}
