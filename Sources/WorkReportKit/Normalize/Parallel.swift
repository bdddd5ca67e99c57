import Foundation

/// Runs independent work over a list on every core, keeping results in input order, so the
/// output is the same as a single-threaded run. `GWR_THREADS=1` forces one thread.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        if oneThread || items.count < 2 || WorkPool.shared.helpers == 0 { return items.map(transform) }
        let slots = Slots<R>(items.count)
        WorkPool.shared.run(items.count) { index in slots.put(transform(items[index]), at: index) }
        return slots.values()
    }

    /// Read once: the whole environment is copied on every read, and `map` runs per run of passages.
    static let oneThread = ProcessInfo.processInfo.environment["GWR_THREADS"] == "1"
}

/// Result slots, each written by one worker; read once every worker is done (the pool's lock
/// orders the writes before the read).
private final class Slots<R>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<R?>
    init(_ count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    func put(_ value: R, at index: Int) { slots[index] = value }
    func values() -> [R] { slots.map { $0! } }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
