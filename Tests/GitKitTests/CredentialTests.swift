import Foundation
import GitKit
import Testing

/// git's credential helper protocol (gitcredentials(7)), without the git program.
@Suite struct CredentialTests {
    private typealias Entry = CredentialConfiguration.Entry

    /// Writes an executable shell script.
    private func script(_ text: String, at path: String) throws {
        try Support.write("#!/bin/sh\n" + text, to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    @Test func choosesTheHelpersThatMatchTheURLInConfigurationOrder() throws {
        let configuration = CredentialConfiguration(entries: [
            Entry(url: nil, key: "helper", value: "store"),
            Entry(url: "https://example.org", key: "helper", value: "test"),
            Entry(url: "https://*.example.org", key: "helper", value: "wildcard"),
            Entry(url: "https://other.org", key: "helper", value: "other"),
            Entry(url: "https://example.org/team", key: "helper", value: "team"),
            Entry(url: "https://example.org", key: "username", value: "ada"),
        ])
        func helpers(_ url: String) throws -> [String] {
            configuration.helpers(for: try #require(CredentialRequest(url: url)))
        }
        #expect(try helpers("https://example.org/kb.git") == ["store", "test"])
        #expect(try helpers("https://EXAMPLE.org/team/kb.git") == ["store", "test", "team"])
        #expect(try helpers("https://git.example.org/kb.git") == ["store", "wildcard"])
        #expect(try helpers("http://example.org/kb.git") == ["store"])
        #expect(try helpers("https://example.org:8443/kb.git") == ["store"])
        // An empty value clears the helpers listed before it.
        let reset = CredentialConfiguration(
            entries: configuration.entries + [
                Entry(url: "https://example.org", key: "helper", value: ""),
                Entry(url: nil, key: "helper", value: "last"),
            ])
        #expect(reset.helpers(for: try #require(CredentialRequest(url: "https://example.org/kb.git"))) == ["last"])

        let lookup = CredentialLookup(configuration: configuration, environment: [:])
        #expect(
            lookup.request(for: "https://example.org/team/kb.git")
                == CredentialRequest(scheme: "https", host: "example.org", path: nil, username: "ada"))
        #expect(lookup.request(for: "https://bob@example.org/kb.git")?.username == "bob")
        #expect(lookup.request(for: "https://other.org/kb.git")?.username == nil)
        let withPath = CredentialLookup(
            configuration: CredentialConfiguration(entries: [Entry(url: nil, key: "usehttppath", value: "true")]),
            environment: [:])
        #expect(
            withPath.request(for: "https://example.org:8443/team/kb%20x.git")?.protocolText
                == "protocol=https\nhost=example.org:8443\npath=team/kb x.git\n\n")
    }

    @Test func readsTheHelperSettingsFromGitConfiguration() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir + "/kb")
            try Support.git(["config", "credential.helper", "store --file=/tmp/creds"], in: dir + "/kb")
            try Support.git(["config", "--add", "credential.https://Example.org/Team.helper", "!f() { echo password=x; }; f"], in: dir + "/kb")
            try Support.git(["config", "credential.https://example.org.username", "ada"], in: dir + "/kb")
            try Support.git(["config", "core.askPass", "/usr/local/bin/ask"], in: dir + "/kb")
            try Support.git(["config", "user.name", "Not A Credential"], in: dir + "/kb")
            let configuration = try repository.credentialConfiguration()
            #expect(
                configuration.entries == [
                    Entry(url: nil, key: "helper", value: "store --file=/tmp/creds"),
                    Entry(url: "https://Example.org/Team", key: "helper", value: "!f() { echo password=x; }; f"),
                    Entry(url: "https://example.org", key: "username", value: "ada"),
                ])
            #expect(configuration.askPass == "/usr/local/bin/ask")
            let request = try #require(CredentialRequest(url: "https://example.org/Team/kb.git"))
            #expect(configuration.helpers(for: request) == ["store --file=/tmp/creds", "!f() { echo password=x; }; f"])
        }
    }

    @Test func runsAHelperProgramFromThePathWithTheGetAction() throws {
        try Support.withTemporaryDirectory { dir in
            // The helper records its arguments and what it was sent, and answers.
            try script(
                "echo \"$@\" > \"\(dir)/arguments\"\ncat > \"\(dir)/sent\"\nprintf 'username=ada\\npassword=s3cr=et\\n'\n",
                at: dir + "/bin/git-credential-test")
            let configuration = CredentialConfiguration(entries: [Entry(url: nil, key: "helper", value: "test --flag")])
            let lookup = CredentialLookup(configuration: configuration, environment: ["PATH": dir + "/bin:/usr/bin:/bin"])
            let outcome = lookup.credential(for: "https://example.org/kb.git")
            #expect(outcome == CredentialLookup.Outcome(credential: Credential(username: "ada", password: "s3cr=et"), notes: []))
            #expect(try String(contentsOfFile: dir + "/arguments", encoding: .utf8) == "--flag get\n")
            #expect(try String(contentsOfFile: dir + "/sent", encoding: .utf8) == "protocol=https\nhost=example.org\n\n")
            // A user name from the URL is sent, and the helper need only give the password.
            try script("cat > \"\(dir)/sent\"\necho password=token\n", at: dir + "/bin/git-credential-test")
            #expect(lookup.credential(for: "https://bob@example.org/kb.git").credential == Credential(username: "bob", password: "token"))
            #expect(try String(contentsOfFile: dir + "/sent", encoding: .utf8) == "protocol=https\nhost=example.org\nusername=bob\n\n")
        }
    }

    /// A helper that writes much more to its standard error than a pipe holds is not left waiting.
    @Test func aHelperThatSaysALotOnStandardErrorStillAnswers() throws {
        try Support.withTemporaryDirectory { dir in
            try script("head -c 300000 /dev/zero | tr '\\0' x >&2\necho username=ada; echo password=pw\n", at: dir + "/bin/git-credential-loud")
            try script("head -c 300000 /dev/zero | tr '\\0' y >&2\nexit 4\n", at: dir + "/bin/git-credential-failing")
            let entries = [Entry(url: nil, key: "helper", value: "failing"), Entry(url: nil, key: "helper", value: "loud")]
            let lookup = CredentialLookup(configuration: CredentialConfiguration(entries: entries), environment: ["PATH": dir + "/bin:/usr/bin:/bin"])
            let outcome = lookup.credential(for: "https://example.org/kb.git")
            #expect(outcome.credential == Credential(username: "ada", password: "pw"))
            // What a failing helper said is kept, cut short.
            #expect(outcome.notes == ["credential helper 'failing' exited with status 4: " + String(repeating: "y", count: 2048)])
        }
    }

    @Test func triesHelpersInOrderAndSaysWhyNoneAnswered() throws {
        try Support.withTemporaryDirectory { dir in
            try script("echo 'nope' >&2\nexit 3\n", at: dir + "/failing")
            try script("echo username=from-shell; echo password=pw\n", at: dir + "/bin/answer")
            let entries = [
                Entry(url: nil, key: "helper", value: "cache --timeout=300"), Entry(url: nil, key: "helper", value: "missing"),
                Entry(url: nil, key: "helper", value: dir + "/failing"), Entry(url: nil, key: "helper", value: "!answer"),
            ]
            let lookup = CredentialLookup(
                configuration: CredentialConfiguration(entries: entries),
                environment: ["PATH": dir + "/bin:/usr/bin:/bin", "HOME": dir])
            let outcome = lookup.credential(for: "https://example.org/kb.git")
            #expect(outcome.credential == Credential(username: "from-shell", password: "pw"))
            #expect(
                outcome.notes == [
                    "credential helper 'cache' is built into the git program, which policylab does not run; "
                        + "use 'store', another helper program (git-credential-NAME on PATH), or an ssh remote",
                    "credential helper 'missing' not found: no git-credential-missing on PATH",
                    "credential helper '\(dir)/failing' exited with status 3: nope",
                ])
        }
    }

    @Test func readsTheStoreFileWithPercentEncodedParts() throws {
        try Support.withTemporaryDirectory { dir in
            try Support.write(
                """
                https://someone:else@other.org
                not a url
                https://carol:first@example.org/other/repo.git
                https://ada%40lab:p%3As%2Fs%20w%25rd@example.org
                https://bob:bobs@example.org:8443

                """, to: dir + "/.git-credentials")
            let store = CredentialConfiguration(entries: [Entry(url: nil, key: "helper", value: "store")])
            let lookup = CredentialLookup(configuration: store, environment: ["HOME": dir])
            // Without credential.useHttpPath the path is not asked about: the first line for the host wins.
            #expect(lookup.credential(for: "https://example.org/kb.git").credential == Credential(username: "carol", password: "first"))
            #expect(
                lookup.credential(for: "https://ada%40lab@example.org/kb.git").credential
                    == Credential(username: "ada@lab", password: "p:s/s w%rd"))
            #expect(lookup.credential(for: "https://example.org:8443/kb.git").credential == Credential(username: "bob", password: "bobs"))
            #expect(lookup.credential(for: "http://example.org/kb.git").credential == nil)
            // --file names the only file read; ~ is the home directory.
            try Support.write("https://dan:fromfile@example.org\n", to: dir + "/elsewhere")
            let file = CredentialConfiguration(entries: [Entry(url: nil, key: "helper", value: "store --file ~/elsewhere")])
            #expect(
                CredentialLookup(configuration: file, environment: ["HOME": dir]).credential(for: "https://example.org/x").credential
                    == Credential(username: "dan", password: "fromfile"))
            // The XDG file is read after ~/.git-credentials.
            try Support.write("https://erin:xdg@xdg.example\n", to: dir + "/.config/git/credentials")
            #expect(lookup.credential(for: "https://xdg.example/kb.git").credential == Credential(username: "erin", password: "xdg"))
        }
    }

    @Test func asksTheAskpassProgramWhenNoHelperAnswers() throws {
        try Support.withTemporaryDirectory { dir in
            try script(
                "echo \"$1\" >> \"\(dir)/prompts\"\ncase \"$1\" in Username*) echo ada;; *) echo pass-word;; esac\n",
                at: dir + "/askpass")
            let lookup = CredentialLookup(configuration: CredentialConfiguration(entries: []), environment: ["GIT_ASKPASS": dir + "/askpass"])
            #expect(lookup.credential(for: "https://example.org/kb.git").credential == Credential(username: "ada", password: "pass-word"))
            #expect(
                try String(contentsOfFile: dir + "/prompts", encoding: .utf8)
                    == "Username for 'https://example.org': \nPassword for 'https://ada@example.org': \n")
        }
    }

    /// libgit2 asks for a credential when an http server answers 401; the helper's answer is sent
    /// as Basic authorization, and a refused one is reported in our words.
    @Test func fetchOverHTTPSendsTheHelpersCredential() throws {
        try Support.withTemporaryDirectory { dir in
            try Support.write(
                """
                import http.server, sys
                class Handler(http.server.BaseHTTPRequestHandler):
                    def do_GET(self):
                        if self.headers.get("Authorization"):
                            with open(sys.argv[1], "a") as log: log.write(self.headers["Authorization"] + "\\n")
                        self.send_response(401)
                        self.send_header("WWW-Authenticate", 'Basic realm="kb"')
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                    def log_message(self, *arguments): pass
                server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
                print(server.server_address[1], flush=True)
                server.serve_forever()

                """, to: dir + "/server.py")
            let server = Process()
            server.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            server.arguments = [dir + "/server.py", dir + "/authorizations"]
            let output = Pipe()
            server.standardOutput = output
            try server.run()
            // SIGKILL: a child of Foundation's Process may start with SIGTERM blocked.
            defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
            var port = ""
            while !port.hasSuffix("\n") {
                let byte = output.fileHandleForReading.readData(ofLength: 1)
                if byte.isEmpty { break }
                port += String(decoding: byte, as: UTF8.self)
            }
            let url = "http://127.0.0.1:\(port.trimmingCharacters(in: .whitespacesAndNewlines))/kb.git"

            try script("cat > /dev/null\necho username=ada; echo password=s3cret\n", at: dir + "/helper")
            let repository = try Repository.create(at: dir + "/kb")
            try Support.git(["config", "credential.helper", dir + "/helper"], in: dir + "/kb")
            let error = Support.gitError { try repository.fetch(from: url, refspecs: ["+refs/heads/main:refs/remotes/origin/main"]) }
            #expect(
                error?.message == "authentication to \(url) failed: the server refused the user name and password "
                    + "(from the URL, a credential helper or GIT_ASKPASS)")
            #expect(
                try String(contentsOfFile: dir + "/authorizations", encoding: .utf8)
                    == "Basic " + Data("ada:s3cret".utf8).base64EncodedString() + "\n")

            // With only 'cache' configured, nothing answers, and the message says why.
            try Support.git(["config", "credential.helper", "cache"], in: dir + "/kb")
            let unanswered = Support.gitError { try repository.fetch(from: url, refspecs: ["+refs/heads/main:refs/remotes/origin/main"]) }
            #expect(
                unanswered?.message == "authentication to \(url) failed: no credential helper gave a user name and password "
                    + "(configure one with 'git config credential.helper store' and ~/.git-credentials, or set GIT_ASKPASS; "
                    + "or write the token in the URL, https://user:token@host/..., or use an ssh remote with an ssh agent); "
                    + "credential helper 'cache' is built into the git program, which policylab does not run; "
                    + "use 'store', another helper program (git-credential-NAME on PATH), or an ssh remote")
        }
    }
}
