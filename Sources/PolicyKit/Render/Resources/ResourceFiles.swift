import Foundation

/// The text files policylab ships in PolicyKit's resource bundle (`Sources/PolicyKit/Resources/`):
/// the templates of the site and of posts, the site's style sheet and its search script.
///
/// SwiftPM puts the bundle beside the executable (`policylab_PolicyKit.resources` on Linux), so an
/// installed policylab must keep that folder next to its binary. Without it `Bundle.module` would
/// stop the program; this looks first, and reports a missing bundle as an error instead.
enum ResourceFiles {
    /// A resource that could not be read, and where it was looked for.
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var lookedIn: String

        var description: String {
            "policylab's resource file \(path) is missing from \(lookedIn) (keep the folder \(ResourceFiles.bundleNames[0]) beside the policylab binary)"
        }
    }

    /// The bundle's folder names SwiftPM uses on Linux and on macOS.
    static let bundleNames = ["policylab_PolicyKit.resources", "policylab_PolicyKit.bundle"]

    /// The root of the resources, or nil when no bundle is beside the executable.
    private static let root: URL? = {
        let beside = Bundle.main.bundleURL
        guard bundleNames.contains(where: { FileManager.default.fileExists(atPath: beside.appendingPathComponent($0).path) }) else {
            return nil
        }
        // `Bundle.module` prefers the bundle beside the executable, which now exists. Foundation
        // takes the copied `Resources` folder for the bundle's resource folder on Linux, not on macOS.
        let bundle = Bundle.module
        let candidates = [
            bundle.resourceURL, bundle.resourceURL?.appendingPathComponent("Resources"),
            bundle.bundleURL.appendingPathComponent("Resources"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("site").path) }
    }()

    /// The UTF-8 text of the resource at `path` (relative to `Resources/`, e.g. `site/site.css`).
    static func text(_ path: String) throws -> String {
        guard let root, let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            throw Missing(path: path, lookedIn: root?.path ?? Bundle.main.bundleURL.path)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
