import Foundation

/// Finds a user name and password for an https remote the way git does (gitcredentials(7)):
/// the configured credential helpers in order, then `GIT_ASKPASS` / `core.askPass` /
/// `SSH_ASKPASS`. Never prompts on the terminal.
///
/// A helper named `store` is read directly (the `~/.git-credentials` format); any other is run as
/// a program with the `get` action: `git-credential-NAME` found on `PATH`, an absolute path, or a
/// `!shell command`. `cache` is built into the git program, which GitKit never runs, so it is
/// reported as unsupported.
public struct CredentialLookup: Sendable {
    /// What a lookup found, and why helpers gave nothing (for the error message).
    public struct Outcome: Sendable, Equatable {
        /// The credential found; nil when no helper gave one.
        public var credential: Credential?
        /// Why helpers (or the askpass program) gave nothing, one note per failure, for the error message.
        public var notes: [String]

        /// Creates an outcome from its parts.
        public init(credential: Credential?, notes: [String]) {
            self.credential = credential
            self.notes = notes
        }
    }

    /// The `credential.*` settings that choose the helpers.
    public var configuration: CredentialConfiguration
    /// The environment helpers run with, and where `PATH`, `HOME` and `GIT_ASKPASS` come from.
    public var environment: [String: String]

    /// Creates a lookup from the configuration and environment to use.
    public init(configuration: CredentialConfiguration, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.configuration = configuration
        self.environment = environment
    }

    /// The request that is sent for `url`: the user name from the URL (or `username`, or
    /// `credential.username`), the path only with `credential.useHttpPath`.
    public func request(for url: String, username: String? = nil) -> CredentialRequest? {
        guard var request = CredentialRequest(url: url) else { return nil }
        request.username = request.username ?? username ?? configuration.username(for: request)
        if !configuration.usesPath(for: request) { request.path = nil }
        return request
    }

    /// The credential for `url`, asking each helper in turn, then the askpass program.
    public func credential(for url: String, username: String? = nil) -> Outcome {
        guard var request = request(for: url, username: username) else {
            return Outcome(credential: nil, notes: ["'\(url)' is not a URL with a host"])
        }
        var notes: [String] = []
        for helper in configuration.helpers(for: request) {
            let answer: [String: String]
            do {
                answer = try ask(helper, request)
            } catch let problem as Problem {
                notes.append(problem.message)
                continue
            } catch {
                notes.append("credential helper '\(helper)' failed: \(error)")
                continue
            }
            if let user = answer["username"], request.username == nil || answer["password"] != nil { request.username = user }
            if let user = request.username, let password = answer["password"] {
                return Outcome(credential: Credential(username: user, password: password), notes: notes)
            }
            if ["1", "true"].contains(answer["quit"]?.lowercased() ?? "") { return Outcome(credential: nil, notes: notes) }
        }
        if let askPass = [environment["GIT_ASKPASS"], configuration.askPass, environment["SSH_ASKPASS"]]
            .compactMap({ $0 }).first(where: { !$0.isEmpty })
        {
            do {
                let user = try request.username ?? askPassReply(askPass, "Username for '\(request.displayURL)': ")
                request.username = user
                let password = try askPassReply(askPass, "Password for '\(request.displayURL)': ")
                return Outcome(credential: Credential(username: user, password: password), notes: notes)
            } catch let problem as Problem {
                notes.append(problem.message)
            } catch {
                notes.append("askpass program '\(askPass)' failed: \(error)")
            }
        }
        return Outcome(credential: nil, notes: notes)
    }

    private struct Problem: Error {
        var message: String
    }

    /// Asks one helper with the `get` action; its answer's `key=value` pairs.
    private func ask(_ helper: String, _ request: CredentialRequest) throws -> [String: String] {
        if helper.hasPrefix("!") {
            return Self.parseAnswer(try run(shell: String(helper.dropFirst()) + " get", input: request.protocolText, helper: helper))
        }
        let words = helper.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first else { return [:] }
        if name == "store" {
            for path in CredentialStoreFile.paths(arguments: Array(words.dropFirst()), environment: environment) {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }  // a missing file is no entry
                if let found = CredentialStoreFile.credential(in: text, for: request) {
                    return ["username": found.username, "password": found.password]
                }
            }
            return [:]
        }
        if name == "cache" {
            throw Problem(
                message: "credential helper 'cache' is built into the git program, which policylab does not run; "
                    + "use 'store', another helper program (git-credential-NAME on PATH), or an ssh remote")
        }
        let program: String
        if name.hasPrefix("/") {
            program = name
        } else if let found = findOnPath("git-credential-" + name) {
            program = found
        } else {
            throw Problem(message: "credential helper '\(name)' not found: no git-credential-\(name) on PATH")
        }
        let rest = helper.dropFirst(helper.distance(from: helper.startIndex, to: helper.range(of: name)?.upperBound ?? helper.endIndex))
        return Self.parseAnswer(try run(shell: Self.quoted(program) + rest + " get", input: request.protocolText, helper: helper))
    }

    /// A helper's answer: `key=value` lines up to an empty line or the end.
    static func parseAnswer(_ text: String) -> [String: String] {
        var answer: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty { break }
            guard let equals = line.firstIndex(of: "=") else { continue }
            answer[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        return answer
    }

    private func askPassReply(_ program: String, _ prompt: String) throws -> String {
        let path = program.contains("/") ? program : findOnPath(program) ?? program
        let output = try run(executable: path, arguments: [prompt], input: "", helper: program)
        return String(output.prefix { $0 != "\n" && $0 != "\r" })
    }

    private func findOnPath(_ name: String) -> String? { HelperProgram.find(name, environment: environment) }

    private func run(shell command: String, input: String, helper: String) throws -> String {
        try run(executable: "/bin/sh", arguments: ["-c", command], input: input, helper: helper)
    }

    /// Runs a helper with `input` on its standard input; its standard output, or `Problem` when it fails.
    private func run(executable: String, arguments: [String], input: String, helper: String) throws -> String {
        let program = HelperProgram(what: "credential helper '\(helper)'", executable: executable, arguments: arguments, environment: environment)
        do {
            return String(decoding: try program.run(input: Array(input.utf8)), as: UTF8.self)
        } catch {
            throw Problem(message: error.description)
        }
    }

    private static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
