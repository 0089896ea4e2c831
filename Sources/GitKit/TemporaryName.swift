import Foundation

/// Unique names for temporary files: the process id first, so that a leftover of a dead
/// process can be recognised.
public enum TemporaryName {
    /// `<pid>.<random>.<purpose>`.
    public static func make(_ purpose: String) -> String {
        "\(getpid()).\(UInt64.random(in: 0...UInt64.max)).\(purpose)"
    }

    /// The process id a temporary name starts with.
    public static func ownerProcess(of name: String) -> Int32? {
        name.split(separator: ".", maxSplits: 1).first.flatMap { Int32($0) }
    }
}
