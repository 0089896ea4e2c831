import Foundation

/// The environment every program a test runs starts from: an always-empty HOME, no system git
/// configuration, a fixed locale and time zone, so that nothing of the machine leaks in.
public enum CleanEnvironment {
    /// An always-empty folder, used as HOME.
    public static let emptyHome: String = {
        let path = NSTemporaryDirectory() + "policylab-tests-empty-home"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// PATH, HOME, no system configuration, UTF-8 C locale, UTC.
    public static var base: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": emptyHome, "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C.UTF-8", "TZ": "UTC"]
    }
}
