/// An error of the library with its category and a message whose references to the caller's
/// inputs (`UsageInput`) the caller spells in its own words.
public protocol CategorizedError: Error, CustomStringConvertible {
    /// What kind of failure this is.
    var category: ErrorCategory { get }

    /// The message, each input named by `name` (the command line passes its flag spelling).
    func message(naming name: (UsageInput) -> String) -> String
}

extension CategorizedError {
    /// The message as `description` gives it: no input named in the caller's words.
    public func message(naming name: (UsageInput) -> String) -> String { description }
}
