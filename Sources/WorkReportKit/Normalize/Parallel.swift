import Dispatch
import Foundation

/// Runs independent work over a list on every core, keeping results in input order, so the
/// output is the same as a single-threaded run. `GWR_THREADS=1` forces one thread.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if oneThread || items.count < 2 { return items.map(transform) }
        let slots = Slots<R>(items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let result = transform(items[index])
            slots.lock.lock()
            slots.values[index] = result
            slots.lock.unlock()
        }
        return slots.values.map { $0! }
    }

    /// Read once: the whole environment is copied on every read, and `map` runs per run of passages.
    static let oneThread = ProcessInfo.processInfo.environment["GWR_THREADS"] == "1"
}

/// Result slots written under a lock by concurrent workers.
private final class Slots<R>: @unchecked Sendable {
    var values: [R?]
    let lock = NSLock()
    init(_ count: Int) { values = Array(repeating: nil, count: count) }
}
