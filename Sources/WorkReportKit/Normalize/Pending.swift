import Foundation

/// Work begun on the pool now, its value wanted later: what can be done before a result it does
/// not depend on is ready (the first reports of a folder, read while the catalog is).
///
/// With one thread (`GWR_THREADS=1`, or a single core) nothing is begun early: the work is done
/// where its value is first asked for, so a run does the same things in the same order as before.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private var job: WorkPool.Job?
    private let work: @Sendable () -> Value
    private let lock = NSLock()
    /// Written once, by the job or by `take`; read after `wait`, whose lock orders the two.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        guard !Parallel.oneThread, WorkPool.shared.helpers > 0 else { return }
        // Weakly: a job holding its `Pending` while the `Pending` holds the job would keep both.
        job = WorkPool.shared.submit(1) { [weak self] _ in self?.finish() }
    }

    /// The value, once the work is done (run here if no helper has started it yet), given up: what
    /// it holds is freed with the taker's copy. Taken once.
    func take() -> Value {
        if let job { WorkPool.shared.wait(job) } else { finish() }
        return lock.withLock {
            defer { result = nil }
            return result!
        }
    }

    private func finish() {
        if lock.withLock({ result != nil }) { return }
        let made = work()
        lock.withLock { if result == nil { result = made } }
    }
}
