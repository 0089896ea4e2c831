import ArgumentParser
import Foundation
import GitKit
import PolicyKit

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Show (and with --repair, fix) interrupted writes, stale locks and leftover temporary files.",
        discussion: """
            Every other command already completes or discards an interrupted write when it starts; \
            doctor shows what is there without touching it, and names each lock file with its age and, \
            when policylab took it, its owner process. --repair recovers interrupted writes, removes locks \
            whose policylab owner is no longer running, and leftover temporary files; a lock of unknown \
            owner (git's) is only reported. Exit status 1 when something needs attention (without --repair).

            Examples:
              policylab doctor
              policylab doctor --repair
            """)

    @Flag(help: "Recover interrupted writes and remove what killed policylab processes left behind.")
    var repair = false

    @OptionGroup var place: LocationOptions

    func run() throws {
        let repository = try place.repository()
        try mappingFailures {
            let doctor = WriteDoctor(repository: repository)
            if repair {
                let report = try doctor.repair()
                StartupRecovery.report(report)
                if report.busy > 0 { Terminal.standardOutput.write("\(report.busy) write(s) in progress left alone") }
            }
            let diagnosis = try doctor.diagnose()
            for line in Self.describe(diagnosis, root: repository.workingDirectory ?? repository.gitDirectory) {
                Terminal.standardOutput.write(line)
            }
            if !diagnosis.isClean, !repair { throw ExitCode(CommandFailure.findings) }
        }
    }

    static func describe(_ diagnosis: WriteDoctor.Diagnosis, root: String) -> [String] {
        func relative(_ path: String) -> String { path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path }
        guard !diagnosis.isClean else { return ["no interrupted writes, stale locks or leftover temporary files"] }
        var lines: [String] = []
        for (path, state) in diagnosis.journals {
            switch state {
            case .inProgress:
                lines.append("\(relative(path)): a write in progress (its process is running)")
            case .toComplete(let commit, let branch, let message, let paths):
                lines.append(
                    "\(relative(path)): interrupted write '\(message)': commit \(commit) is on \(branch), but the work tree and index "
                        + "may not hold it; recovery completes it for \(paths.joined(separator: ", "))")
            case .toDiscard(let commit, let message):
                lines.append("\(relative(path)): interrupted write '\(message)': the branch never moved to \(commit); recovery discards it")
            case .damaged(let reason):
                lines.append("\(relative(path)): damaged write journal (\(reason)); recovery sets it aside without trusting it")
            }
        }
        for path in diagnosis.setAside {
            lines.append("\(relative(path)): a damaged write journal set aside; check 'git status', then 'policylab doctor --repair' removes it")
        }
        for lock in diagnosis.locks {
            let age = describe(age: lock.age)
            if lock.isAbandoned {
                lines.append(
                    "\(relative(lock.path)): stale lock, \(age) old, left by policylab process \(lock.ownerProcess ?? 0), which is "
                        + "no longer running; 'policylab doctor --repair' removes it")
            } else if let owner = lock.ownerProcess {
                lines.append("\(relative(lock.path)): lock, \(age) old, held by policylab process \(owner), which is running")
            } else {
                lines.append(
                    "\(relative(lock.path)): lock, \(age) old, owner unknown (git records none); if no git or policylab process "
                        + "is running, it is stale: remove it with rm '\(lock.path)'")
            }
        }
        if !diagnosis.abandonedTemporaries.isEmpty {
            lines.append(
                "\(diagnosis.abandonedTemporaries.count) temporary file(s) in \(relative((diagnosis.abandonedTemporaries[0] as NSString).deletingLastPathComponent)) "
                    + "left by processes no longer running; 'policylab doctor --repair' removes them")
        }
        return lines
    }

    static func describe(age: TimeInterval) -> String {
        let seconds = max(0, Int(age))
        if seconds < 120 { return "\(seconds) s" }
        if seconds < 7_200 { return "\(seconds / 60) min" }
        if seconds < 172_800 { return "\(seconds / 3_600) h" }
        return "\(seconds / 86_400) days"
    }
}
