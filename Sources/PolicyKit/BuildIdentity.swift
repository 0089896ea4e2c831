import Foundation

/// The policylab that is running, told apart from any other build: its executable's size and
/// modification time. What policylab keeps between runs to skip work (site keys, parsed records)
/// is keyed by it, so that a rebuilt or upgraded policylab does the work again.
enum BuildIdentity {
    static let current: String = {
        var info = stat()
        let executable = stat("/proc/self/exe", &info) == 0 ? "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "unknown"
        return "policylab \(executable)"
    }()
}
