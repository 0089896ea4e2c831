import Dispatch
import Foundation
import Mustache
import Platform

/// Counts pages written by concurrent workers and reports now and then.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let step: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
        step = max(1, total / 100)
    }

    func advance() {
        let count = lock.withLock {
            done += 1; return done
        }
        if count % step == 0 || count == total { report(count, total) }
    }
}
