import Foundation

/// Runs a helper program (a credential helper, `ssh-keygen`) with a small input and reads its
/// answer: what git itself does for `credential.helper` and `gpg.ssh.program`.
public struct HelperProgram: Sendable {
    /// Why a helper gave no answer, in words fit for an error message (`what` names the helper).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// Why the helper gave no answer.
        public var description: String
    }

    /// What messages call the helper ("credential helper 'store'").
    public var what: String
    /// The program to run: a path, or a name found on `PATH`.
    public var executable: String
    /// The arguments passed to the program.
    public var arguments: [String]
    /// The environment the program runs with.
    public var environment: [String: String]

    /// A helper that runs `executable` with `arguments` in `environment`, named `what` in messages.
    public init(what: String, executable: String, arguments: [String], environment: [String: String]) {
        self.what = what
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
    }

    /// The first executable file called `name` in the folders of `PATH`.
    public static func find(_ name: String, environment: [String: String]) -> String? {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the helper with `input` on its standard input; its standard output, or `Failure`
    /// when it cannot be started or exits with a status other than 0.
    public func run(input: [UInt8]) throws(Failure) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        // Its messages go to a file, read once it has ended: two pipes read one after the other
        // would hang on a helper that fills the second before closing the first.
        let errorsPath = NSTemporaryDirectory() + "policylab-helper-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: errorsPath, contents: nil, attributes: [.posixPermissions: 0o600]),
            let stderr = FileHandle(forWritingAtPath: errorsPath)
        else {
            throw Failure(description: "\(what) could not be run: cannot create a file in \(NSTemporaryDirectory())")
        }
        defer {
            try? stderr.close()
            unlink(errorsPath)
        }
        process.standardError = stderr
        // The input is small: written before the helper starts, it waits in the pipe, and a
        // helper that never reads it cannot make the write fail.
        stdin.fileHandleForWriting.write(Data(input))
        try? stdin.fileHandleForWriting.close()
        do {
            try process.run()
        } catch {
            throw Failure(description: "\(what) could not be run: \(executable): \(error.localizedDescription)")
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = FileHandle(forReadingAtPath: errorsPath).flatMap { try? $0.read(upToCount: 2048) } ?? Data()
            let said = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "\(what) exited with status \(process.terminationStatus)" + (said.isEmpty ? "" : ": \(said)"))
        }
        return Array(output)
    }
}
