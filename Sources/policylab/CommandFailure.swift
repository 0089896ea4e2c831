import ArgumentParser
import Foundation
import GitKit
import PolicyKit

/// A failure with its exit status and the message for standard error.
struct CommandFailure: Error {
    static let findings: Int32 = 1
    static let usage: Int32 = 2
    static let repository: Int32 = 3

    let status: Int32
    let message: String

    init(status: Int32, _ message: String) {
        self.status = status
        self.message = "policylab: error: " + message
    }

    /// Maps a library error to the contract's exit status, by its category, and spells the
    /// inputs its message names as this command line's flags and arguments.
    init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure: self = failure
        case let error as GitError where error.function == "defaultSignature":
            self.init(status: Self.findings, error.message + ", or pass --author \"Name <email>\"")
        case let error as any CategorizedError:
            self.init(status: Self.status(of: error.category), error.message(naming: InputSpelling.spelled))
        default: self.init(status: Self.findings, String(describing: error))
        }
    }

    /// The exit status of a failure of `category`.
    static func status(of category: ErrorCategory) -> Int32 {
        switch category {
        case .usage: usage
        case .findings, .refused: findings
        case .repository: repository
        }
    }
}

/// Runs `body`, turning library errors into `CommandFailure`s.
func mappingFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        throw CommandFailure(error)
    }
}
