import Foundation

/// Runs a program to its end, its output going to files, not pipes, so that a large output
/// cannot block it; a run of more than `timeout` seconds is stopped and reported.
public enum ProgramRunner {
    /// Runs `program` with `arguments` in `directory` with exactly `environment`.
    public static func run(
        _ program: String, _ arguments: [String], in directory: String, environment: [String: String],
        timeout: TimeInterval = 60
    ) throws -> ProgramRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let outputs = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("policylab-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutURL = outputs.appendingPathComponent("stdout")
        let stderrURL = outputs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                timedOut = true
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        try stdoutHandle.close()
        try stderrHandle.close()
        let run = ProgramRun(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
        if timedOut { throw TimedOut(program: program, arguments: arguments, timeout: timeout) }
        return run
    }

    /// A program ran past its time and was stopped.
    public struct TimedOut: Error, CustomStringConvertible {
        /// The program.
        public let program: String
        /// Its arguments.
        public let arguments: [String]
        /// How long it was given.
        public let timeout: TimeInterval

        /// What ran too long.
        public var description: String { "\(program) \(arguments.joined(separator: " ")) ran for over \(Int(timeout)) s and was stopped" }
    }
}
