import Foundation

/// The threads `Parallel.map` shares out its items on: one fewer than the cores, the caller being
/// the last.
///
/// Dispatch's `concurrentPerform` gives a nested call one thread: the passages of a large report,
/// read inside the map over a folder's files, stayed on the core that loaded the report while the
/// other core, its files done, waited. Here any thread with nothing of its own to do takes an item
/// of whichever map is open, nested or not, and a caller waiting on its last items helps the others.
final class WorkPool: @unchecked Sendable {
    static let shared = WorkPool(helpers: max(0, ProcessInfo.processInfo.activeProcessorCount - 1))

    /// Threads besides the callers'.
    let helpers: Int
    private let condition = NSCondition()
    /// Maps with items nobody has taken yet, the latest last. Guarded by `condition`.
    private var open: [Job] = []
    private var started = false

    final class Job {
        let count: Int
        let body: @Sendable (Int) -> Void
        var next = 0
        var finished = 0
        init(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
            self.count = count
            self.body = body
        }
    }

    init(helpers: Int) { self.helpers = helpers }

    /// Runs `body` on 0..<count, on the calling thread and on any helper free, and returns once every
    /// call has returned.
    func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        wait(submit(count, body))
    }

    /// Hands `body` on 0..<count to the helpers and returns at once; `wait` collects it.
    func submit(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Job {
        let job = Job(count, body)
        condition.lock()
        if !started { start() }
        open.append(job)
        condition.broadcast()
        condition.unlock()
        return job
    }

    /// Returns once every item of `job` has run, running those nobody has taken yet itself.
    func wait(_ job: Job) {
        condition.lock()
        while job.finished < job.count {
            // Its own items first; then, while others finish its last ones, anyone's.
            if let index = take(job) {
                work(job, index)
            } else if let other = open.last, let index = take(other) {
                work(other, index)
            } else {
                condition.wait()
            }
        }
        condition.unlock()
    }

    /// The next item of `job`, or nil when every one is taken. Called with the lock held.
    private func take(_ job: Job) -> Int? {
        guard job.next < job.count else { return nil }
        let index = job.next
        job.next += 1
        if job.next == job.count, let place = open.lastIndex(where: { $0 === job }) { open.remove(at: place) }
        return index
    }

    /// Runs one item outside the lock; called and returns with the lock held.
    private func work(_ job: Job, _ index: Int) {
        condition.unlock()
        job.body(index)
        condition.lock()
        job.finished += 1
        if job.finished == job.count { condition.broadcast() }
    }

    private func start() {
        started = true
        for _ in 0..<helpers {
            let thread = Thread { [unowned self] in self.serve() }
            // As much stack as the main thread: an item may run a nested map and help with others.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func serve() {
        condition.lock()
        while true {
            if let job = open.last, let index = take(job) {
                work(job, index)
            } else {
                condition.wait()
            }
        }
    }
}
