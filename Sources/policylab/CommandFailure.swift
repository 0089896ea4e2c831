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

    /// Maps a library error to the contract's exit status.
    init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure: self = failure
        case let error as LoadError: self.init(status: Self.repository, error.description)
        case let error as GitError where error.function == "defaultSignature":
            self.init(status: Self.findings, error.message + ", or pass --author \"Name <email>\"")
        case let error as GitError: self.init(status: Self.repository, error.description)
        case let error as QueryError:
            switch error {
            case .badFilter, .badSelector: self.init(status: Self.usage, error.description)
            case .notFound, .ambiguous: self.init(status: Self.findings, error.description)
            }
        case let error as WriteError:
            switch error {
            case .invalid: self.init(status: Self.findings, error.description)
            case .detachedHead, .locked: self.init(status: Self.repository, error.description)
            case .refused: self.init(status: Self.findings, error.description)
            case .usage: self.init(status: Self.usage, error.description)
            }
        case let error as PublishError: self.init(status: Self.findings, error.description)
        case let error as SiteError:
            switch error {
            case .badBaseURL: self.init(status: Self.usage, error.description)
            case .notASite, .cannotWrite: self.init(status: Self.findings, error.description)
            }
        default: self.init(status: Self.findings, String(describing: error))
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
