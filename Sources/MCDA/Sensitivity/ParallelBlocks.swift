import Foundation
internal import LinearAlgebra

/// Runs numbered blocks of work on a fixed number of threads. Block `b` always draws from its own random stream
/// (seeded by the run seed and `b`) and its partial results are combined in block order (or are integer sums), so
/// a run gives the same numbers whatever the thread count and whichever worker ran which block.
package enum ParallelBlocks {
    /// Calls `body(block, worker)` for every block, in increasing block order per worker; each worker takes the
    /// next block not yet taken, so a core slowed down by other work takes fewer blocks.
    package static func run(blocks: Int, threads: Int, _ body: @Sendable (Int, Int) -> Void) {
        let t = max(1, min(threads, blocks))
        if t == 1 {
            for b in 0..<blocks { body(b, 0) }
            return
        }
        let next = BlockCounter()
        DispatchQueue.concurrentPerform(iterations: t) { w in
            while true {
                let b = next.take()
                if b >= blocks { break }
                body(b, w)
            }
        }
    }

    /// The seed of block `b` of a run: a SplitMix64 step of the run seed mixed with the block number, so blocks
    /// get independent streams.
    static func seed(_ seed: UInt64, block b: Int) -> UInt64 { SplitMix64.streamSeed(seed, stream: b) }

    /// The number of worker threads to use by default: the active processors.
    static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Process-wide threading of the numerical core.
public enum ComputeThreads {
    /// Keeps BLAS to one thread: the engine parallelises its own loops, and idle BLAS threads would otherwise spin
    /// on the cores the engine's workers need.
    public static func useSingleThreadedBLAS() { BLAS.setThreads(1) }
}

/// The next block to hand out: workers take blocks in increasing order, each the next one not yet taken.
package final class BlockCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    package init() {}

    package func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }

    /// Adds `n` (work done) and returns the new total.
    package func add(_ n: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += n
        return value
    }
}
