/// Why the site could not be built.
public enum SiteError: CategorizedError, Equatable {
    /// The base address is not an absolute http(s) address.
    case badBaseURL(String)
    /// The output folder exists and was not made by a site build.
    case notASite(String)
    /// A file of the site could not be written (path, reason).
    case cannotWrite(String, String)
    /// A file of the previous site that the build had checked changed before it was used.
    case changedDuringBuild(String)

    /// The message, naming each input by its library name.
    public var description: String { message { $0.rawValue } }

    /// A bad base address is a usage error; an output folder that cannot be used is a finding.
    public var category: ErrorCategory {
        switch self {
        case .badBaseURL: .usage
        case .notASite, .cannotWrite, .changedDuringBuild: .findings
        }
    }

    /// The message, naming each input with `name`, so that a caller can say it in its own words.
    public func message(naming name: (UsageInput) -> String) -> String {
        switch self {
        case .badBaseURL(let text):
            "\(name(.baseURL)) '\(text)' is not an absolute http(s) address such as https://lab.example.gov/toolkit"
        case .notASite(let path):
            "\(path) exists and was not made by 'policylab site' (it has no .policylab-site marker); nothing was written: choose another \(name(.output)) or empty it"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .changedDuringBuild(let path):
            "\(path) changed while the site was being built from it; nothing was replaced: build again"
        }
    }
}
