import Foundation
internal import CGit2

/// A git repository opened through libgit2.
///
/// Not `Sendable`: use one `Repository` per task or thread (open another for another task).
public final class Repository {
    /// The owned `git_repository`; valid for the lifetime of `self`.
    let pointer: OpaquePointer

    /// The git directory: absolute, without trailing slash.
    public let gitDirectory: String
    /// The working directory: absolute, without trailing slash; nil for a bare repository.
    public let workingDirectory: String?
    /// `$GIT_INDEX_FILE` (absolute) when the repository was found with `discover` and it was set.
    var environmentIndexFile: String?

    private init(_ pointer: OpaquePointer) {
        self.pointer = pointer
        gitDirectory = Repository.trimmedPath(git_repository_path(pointer)) ?? ""
        workingDirectory = Repository.trimmedPath(git_repository_workdir(pointer))
    }

    deinit { git_repository_free(pointer) }

    /// Whether the repository has no working directory.
    public var isBare: Bool { workingDirectory == nil }

    /// Opens the repository at exactly `path`: a work tree (with `.git` inside) or a git
    /// directory. Does not search parent directories and ignores `$GIT_DIR`.
    public static func open(at path: String) throws -> Repository {
        try openExt(path, flags: GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue)
    }

    /// Finds the repository the way `git` does: `$GIT_DIR` when it is set, otherwise
    /// `path` and then its parents (up to `$GIT_CEILING_DIRECTORIES`), bare or not.
    ///
    /// Also honours `$GIT_OBJECT_DIRECTORY`, `$GIT_INDEX_FILE` and `$GIT_NAMESPACE`;
    /// libgit2 1.5 fails ("GIT_WORK_TREE unimplemented") while `$GIT_WORK_TREE` or
    /// `$GIT_COMMON_DIR` is set.
    public static func discover(startingAt path: String) throws -> Repository {
        let environment = ProcessInfo.processInfo.environment
        let gitDir = environment["GIT_DIR"] ?? ""
        // libgit2 consults GIT_DIR only when given no start path.
        let repository = try openExt(gitDir.isEmpty ? path : nil, flags: GIT_REPOSITORY_OPEN_FROM_ENV.rawValue)
        if let indexFile = environment["GIT_INDEX_FILE"], !indexFile.isEmpty {
            repository.environmentIndexFile = indexFile.hasPrefix("/") ? indexFile : FileManager.default.currentDirectoryPath + "/" + indexFile
        }
        return repository
    }

    /// Creates a new repository at `path` (making missing directories) whose `HEAD` is the
    /// unborn branch `refs/heads/<initialBranch>`. Throws `.exists` if one is already there.
    public static func create(
        at path: String, bare: Bool = false,
        initialBranch: String = "main"
    ) throws -> Repository {
        try GitLibrary.ensureInitialized()
        let branch = initialBranch.hasPrefix("refs/") ? initialBranch : "refs/heads/" + initialBranch
        try validateReferenceName(branch, function: "git_repository_init_ext")
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "git_repository_init_options_init")
        options.flags =
            GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
            | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
        var result: OpaquePointer?
        try branch.withCString { head in
            options.initial_head = head
            try check(git_repository_init_ext(&result, path, &options), "git_repository_init_ext")
        }
        return try adopt(result, "git_repository_init_ext")
    }

    private static func openExt(_ path: String?, flags: UInt32) throws -> Repository {
        try GitLibrary.ensureInitialized()
        var result: OpaquePointer?
        try check(git_repository_open_ext(&result, path, flags, nil), "git_repository_open_ext")
        return try adopt(result, "git_repository_open_ext")
    }

    private static func adopt(_ pointer: OpaquePointer?, _ function: String) throws -> Repository {
        guard let pointer else {
            throw GitError(code: .other(-1), function: function, message: "returned no repository")
        }
        return Repository(pointer)
    }

    private static func trimmedPath(_ path: UnsafePointer<CChar>?) -> String? {
        guard let path else { return nil }
        var text = String(cString: path)
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

@available(*, unavailable, message: "open one Repository per task instead")
extension Repository: Sendable {}
