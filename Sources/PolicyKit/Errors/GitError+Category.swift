import GitKit

extension GitError: CategorizedError {
    /// A failure of git is a failure of the repository.
    public var category: ErrorCategory { .repository }
}
