import Dispatch
import Foundation

/// Work spread over the cores: `0..<count` split into contiguous runs, each run handed to
/// whichever core is free, the results joined in order, as one loop over the runs would give them.
public enum ParallelRuns {
    /// `body` of each of `runs` contiguous ranges that together cover `0..<count` (in order,
    /// none empty unless `count` is below `runs`); one run is done on the calling thread. The
    /// first error, in run order, is thrown once every run has finished.
    public static func map<Value, Failure: Error>(_ count: Int, runs: Int, _ body: @Sendable (Range<Int>) throws(Failure) -> Value) throws(Failure)
        -> [Value]
    {
        let runs = max(1, runs)
        guard runs > 1 else { return [try body(0..<count)] }
        let slots = Slots<Result<Value, Failure>>(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let range = (count * run / runs)..<(count * (run + 1) / runs)
            slots[run] = Result { () throws(Failure) -> Value in try body(range) }
        }
        return try slots.values.map { slot throws(Failure) -> Value in
            // concurrentPerform returns only once every iteration has run, so every slot is filled.
            guard let slot else { preconditionFailure("a parallel run did not finish") }
            return try slot.get()
        }
    }

    /// `first` and `second` at once (on two cores when there are two), their results once both
    /// have finished; the first's error is thrown before the second's.
    public static func both<First, Second, Failure: Error>(
        _ first: @Sendable () throws(Failure) -> First, _ second: @Sendable () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let firstSlot = Slots<Result<First, Failure>>(count: 1), secondSlot = Slots<Result<Second, Failure>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { run in
            if run == 0 {
                firstSlot[0] = Result { () throws(Failure) -> First in try first() }
            } else {
                secondSlot[0] = Result { () throws(Failure) -> Second in try second() }
            }
        }
        guard let firstResult = firstSlot[0], let secondResult = secondSlot[0] else { preconditionFailure("a parallel run did not finish") }
        return (try firstResult.get(), try secondResult.get())
    }

    /// The runs' results in one list, in order. The first run's list is taken as it is and the
    /// others appended to it, so that only their elements are copied (a copy of a record
    /// retains every field of it).
    public static func joined<Element>(_ runs: consuming [[Element]]) -> [Element] {
        guard !runs.isEmpty else { return [] }
        var joined = runs.removeFirst()
        joined.reserveCapacity(joined.count + runs.reduce(0) { $0 + $1.count })
        for run in runs { joined += run }
        return joined
    }

    /// How many runs suit `count` items of which a run should hold at least `minimumPerRun`:
    /// at most `perCore` runs per core.
    public static func runs(for count: Int, minimumPerRun: Int, perCore: Int = 1) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount * perCore, count / max(1, minimumPerRun)))
    }

    /// Slots that the runs fill, each its own, read once all have finished.
    private final class Slots<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        subscript(index: Int) -> Value? {
            get { lock.withLock { slots[index] } }
            set { lock.withLock { slots[index] = newValue } }
        }

        var values: [Value?] { lock.withLock { slots } }
    }
}
