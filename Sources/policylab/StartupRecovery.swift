import Foundation
import GitKit
import PolicyKit

/// What every command does first: complete or discard writes a crash interrupted (cheap when
/// there are none), and, for tests only, arm the crash point of `POLICYLAB_TEST_CRASH_AT`.
enum StartupRecovery {
    static let crashVariable = "POLICYLAB_TEST_CRASH_AT"

    /// Kills this process with SIGKILL right after the named `WriteStep` (for crash tests).
    static func armCrashPoint() {
        guard let name = ProcessInfo.processInfo.environment[crashVariable], let step = WriteStep(rawValue: name) else { return }
        WriteStep.observer = { reached in
            if reached == step { kill(getpid(), SIGKILL) }
        }
    }

    /// Runs recovery in the repository the command will use (`-C DIR`, POLICYLAB_KB or the current
    /// folder), reporting on standard error; a failure is a warning, and the journal stays for later.
    static func run(arguments: [String]) {
        let directory = arguments.firstIndex(of: "-C").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        guard let repository = try? Repository.discover(startingAt: LocationOptions.location(directory)) else { return }
        let recovery = WriteRecovery(repository: repository)
        guard recovery.mayHaveWork else { return }
        do {
            report(try recovery.recover())
        } catch {
            Terminal.standardError.write("policylab: warning: could not recover an interrupted write: \(error)")
        }
    }

    static func report(_ report: WriteRecovery.Report) {
        for line in report.done { Terminal.standardError.write("policylab: recovery: " + line) }
        for line in report.warnings { Terminal.standardError.write("policylab: warning: " + line) }
    }
}
