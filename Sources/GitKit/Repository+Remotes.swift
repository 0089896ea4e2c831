import Foundation
internal import CGit2

extension Repository {
    /// Fetches `refspecs` (e.g. `+refs/heads/*:refs/remotes/origin/*`) from `remote`: the name of a
    /// configured remote, or a URL or path (`../kb.git`, `file:///srv/kb.git`, `ssh://...`).
    ///
    /// Credentials: an ssh agent for ssh remotes. For https: a user name and password written in
    /// the URL, else git's credential helpers and askpass program (see `CredentialLookup`).
    public func fetch(from remote: String, refspecs: [String]) throws {
        let payload = TransferPayload(credentials: CredentialLookup(configuration: try credentialConfiguration()))
        try withRemote(remote) { remotePointer in
            var options = git_fetch_options()
            try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
            payload.install(in: &options.callbacks)
            try withStringArray(refspecs) { array in
                try payload.checking("git_remote_fetch", remote) {
                    git_remote_fetch(remotePointer, &array, &options, "policylab: fetch")
                }
            }
        }
    }

    /// Pushes `refspecs` (e.g. `refs/heads/main:refs/heads/main`) to `remote` (as in `fetch`).
    ///
    /// Throws `.nonFastForward` when the remote refuses an update that would lose its commits.
    public func push(to remote: String, refspecs: [String]) throws {
        let payload = TransferPayload(credentials: CredentialLookup(configuration: try credentialConfiguration()))
        try withRemote(remote) { remotePointer in
            var options = git_push_options()
            try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
            payload.install(in: &options.callbacks)
            options.callbacks.push_update_reference = { reference, status, data in
                guard let status, let data else { return 0 }
                let payload = Unmanaged<TransferPayload>.fromOpaque(data).takeUnretainedValue()
                payload.rejected.append("\(reference.map { String(cString: $0) } ?? "?"): \(String(cString: status))")
                return 0
            }
            try withStringArray(refspecs) { array in
                try payload.checking("git_remote_push", remote) { git_remote_push(remotePointer, &array, &options) }
            }
        }
        if !payload.rejected.isEmpty {
            throw GitError(
                code: .nonFastForward, function: "git_remote_push",
                message: "\(remote) refused " + payload.rejected.joined(separator: "; "))
        }
    }

    /// The URL of the configured remote `name`, or nil when there is no such remote.
    public func remoteURL(_ name: String) throws -> String? {
        let remote = try nilOnError(.notFound, .invalidSpec) {
            try Handle.make("git_remote_lookup", release: git_remote_free) { git_remote_lookup($0, pointer, name) }
        }
        return remote?.withPointer { git_remote_url($0).map { String(cString: $0) } }
    }

    private func withRemote(_ remote: String, _ body: (OpaquePointer) throws -> Void) throws {
        let handle: Handle
        if try remoteURL(remote) != nil {
            handle = try Handle.make("git_remote_lookup", release: git_remote_free) { git_remote_lookup($0, pointer, remote) }
        } else {
            handle = try Handle.make("git_remote_create_anonymous", release: git_remote_free) {
                git_remote_create_anonymous($0, pointer, remote)
            }
        }
        try handle.withPointer(body)
    }

    private func withStringArray(_ strings: [String], _ body: (inout git_strarray) throws -> Void) throws {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var pointers = copies
        try pointers.withUnsafeMutableBufferPointer { buffer in
            var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            try body(&array)
        }
    }
}

/// State shared with libgit2's transfer callbacks: credential attempts and refused updates.
private final class TransferPayload {
    let credentials: CredentialLookup
    var sshAttempts = 0
    /// ssh asks for the user name first when the URL has none.
    var gaveUsername = false
    /// The URLs already given a looked-up user name and password: a second request means the
    /// server refused them.
    var passwordAttempts: Set<String> = []
    var credentialFailure: String?
    var rejected: [String] = []

    init(credentials: CredentialLookup) { self.credentials = credentials }

    func install(in callbacks: inout git_remote_callbacks) {
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.credentials = { out, url, username, allowed, data in
            guard let out, let data else { return -1 }
            let payload = Unmanaged<TransferPayload>.fromOpaque(data).takeUnretainedValue()
            return payload.credential(
                out, url: url.map { String(cString: $0) }, username: username.map { String(cString: $0) },
                allowed: allowed)
        }
    }

    /// Answers one credential request of libgit2: the ssh agent, then git's credential helpers.
    private func credential(
        _ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, url: String?, username: String?,
        allowed: UInt32
    ) -> Int32 {
        let address = url ?? "the remote"
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            sshAttempts += 1
            if sshAttempts == 1 { return git_credential_ssh_key_from_agent(out, username ?? "git") }
            credentialFailure =
                "authentication to \(address) failed: the ssh agent offered no key the server accepts (start ssh-agent and ssh-add your key)"
            return GIT_EUSER.rawValue
        }
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0, !gaveUsername {
            gaveUsername = true
            return git_credential_username_new(out, username ?? "git")
        }
        guard allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, let url else {
            credentialFailure = "authentication to \(address) failed: the server asks for a kind of credential policylab cannot give"
            return GIT_EUSER.rawValue
        }
        if passwordAttempts.contains(url) {
            credentialFailure =
                "authentication to \(address) failed: the server refused the user name and password "
                + "(from the URL, a credential helper or GIT_ASKPASS)"
            return GIT_EUSER.rawValue
        }
        passwordAttempts.insert(url)
        let outcome = credentials.credential(for: url, username: username)
        guard let found = outcome.credential else {
            credentialFailure =
                "authentication to \(address) failed: no credential helper gave a user name and password "
                + "(configure one with 'git config credential.helper store' and ~/.git-credentials, or set GIT_ASKPASS; "
                + "or write the token in the URL, https://user:token@host/..., or use an ssh remote with an ssh agent)"
                + outcome.notes.map { "; " + $0 }.joined()
            return GIT_EUSER.rawValue
        }
        return git_credential_userpass_plaintext_new(out, found.username, found.password)
    }

    /// Runs a transfer, keeping it alive, and reports a credential failure in our words.
    func checking(_ function: String, _ remote: String, _ body: () -> Int32) throws {
        let code = withExtendedLifetime(self) { body() }
        if code < 0, let credentialFailure {
            git_error_clear()
            throw GitError(code: .other(code), function: function, message: credentialFailure)
        }
        try check(code, function)
    }
}
