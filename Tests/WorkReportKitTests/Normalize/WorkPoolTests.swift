import Foundation
import Synchronization
import Testing
@testable import WorkReportKit

/// `Parallel.map` on the shared pool: results in input order at any depth of nesting and from any
/// number of callers at once, and a nested map's items shared with a core that has nothing else to do.
struct WorkPoolTests {
    /// A deterministic amount of work that the optimiser cannot drop.
    static func churn(_ seed: Int, rounds: Int) -> Int {
        var x = UInt64(truncatingIfNeeded: seed) &+ 0x9E37_79B9_7F4A_7C15
        for _ in 0..<rounds { x = (x ^ (x >> 31)) &* 0xBF58_476D_1CE4_E5B9 }
        return Int(truncatingIfNeeded: x >> 8)
    }

    @Test func resultsKeepInputOrderAtEveryDepth() {
        let outer = Array(0..<37)
        let parallel = Parallel.map(outer) { i in
            Parallel.map(Array(0..<(i % 9))) { j in
                Parallel.map(Array(0..<(j % 4))) { k in Self.churn(i * 10_000 + j * 100 + k, rounds: 200 * (k + 1)) }
            }
        }
        let serial = outer.map { i in
            (0..<(i % 9)).map { j in (0..<(j % 4)).map { k in Self.churn(i * 10_000 + j * 100 + k, rounds: 200 * (k + 1)) } }
        }
        #expect(parallel == serial)
    }

    @Test func emptyAndSingleListsNeedNoThread() {
        #expect(Parallel.map([Int]()) { $0 + 1 } == [])
        #expect(Parallel.map([41]) { $0 + 1 } == [42])
    }

    /// Callers on threads of their own, each with nested maps, all at once: every one gets its own
    /// results, whole and in order.
    @Test func manyCallersAtOnce() {
        let callers = 12
        let results = Mutex([[Int]](repeating: [], count: callers))
        DispatchQueue.concurrentPerform(iterations: callers) { caller in
            let mine = Parallel.map(Array(0..<(20 + caller))) { i in
                Parallel.map([i, i + 1, i + 2]) { Self.churn(caller * 1_000 + $0, rounds: 500) }.reduce(0, &+)
            }
            results.withLock { $0[caller] = mine }
        }
        let got = results.withLock { $0 }
        for caller in 0..<callers {
            let expected = (0..<(20 + caller)).map { i in [i, i + 1, i + 2].map { Self.churn(caller * 1_000 + $0, rounds: 500) }.reduce(0, &+) }
            #expect(got[caller] == expected, "caller \(caller)")
        }
    }

    /// The reason for the pool: one long outer item whose inner map holds all the work, beside a short
    /// one. The thread done with the short item must take inner items rather than wait. On a pool of
    /// its own, so that other tests' maps running at the same time cannot keep its helper busy.
    @Test func aNestedMapUsesAFreeCore() {
        let pool = WorkPool(helpers: 1)
        let threads = Mutex(Set<UInt64>())
        pool.run(2) { outer in
            guard outer == 0 else { return }
            pool.run(200) { _ in
                threads.withLock { _ = $0.insert(UInt64(pthread_self())) }
                usleep(1_000)
            }
        }
        #expect(threads.withLock { $0.count } == 2)
    }
}
