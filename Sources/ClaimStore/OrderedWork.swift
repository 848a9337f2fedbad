import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `work` for items 0..<count on `jobs` threads and hands the outputs to the
/// caller in item order, whatever order they finish in. At most `window` outputs
/// wait to be handed over at once, so memory stays bounded however many items there
/// are. `handle` returns false to stop: items not yet started are then skipped.
public enum OrderedWork {
    /// The number of cores: how many items run at once unless told otherwise.
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    public static func run<Output: Sendable>(count: Int, jobs: Int, window: Int,
                                      work: @escaping @Sendable (Int) -> Output,
                                      handle: (Int, Output) -> Bool) {
        let shared = Shared<Output>(window: max(window, jobs))
        let group = DispatchGroup()
        for _ in 0..<max(1, jobs) {
            DispatchQueue.global().async(group: group) { shared.drain(count, work) }
        }
        for index in 0..<count {
            let output = shared.wait(for: index)
            if !handle(index, output) { shared.stop(); break }
        }
        shared.stop()
        group.wait()
    }

    private final class Shared<Output: Sendable>: Sendable {
        private let finished = Mutex<[Int: Output]>([:])
        private let next = Atomic<Int>(0)
        private let stopped = Atomic<Bool>(false)
        /// Signalled once for each output finished.
        private let ready = DispatchSemaphore(value: 0)
        /// One permit for each output that may wait to be handed over.
        private let slots: DispatchSemaphore

        init(window: Int) {
            // Created empty and filled: a semaphore freed below the count it was created
            // with stops the process, and stopping early leaves slots taken.
            slots = DispatchSemaphore(value: 0)
            for _ in 0..<window { slots.signal() }
        }

        /// A worker: takes the next item until there are none or the work is stopped.
        func drain(_ count: Int, _ work: (Int) -> Output) {
            while true {
                slots.wait()
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count, !stopped.load(ordering: .relaxed) else { slots.signal(); return }
                let output = work(index)
                finished.withLock { $0[index] = output }
                ready.signal()
            }
        }

        /// The output of item `index`, once it is finished; frees its slot.
        func wait(for index: Int) -> Output {
            while true {
                if let output = finished.withLock({ $0.removeValue(forKey: index) }) {
                    slots.signal()
                    return output
                }
                ready.wait()
            }
        }

        /// Workers waiting for a slot wake, see the flag and leave, each waking the next.
        func stop() {
            stopped.store(true, ordering: .relaxed)
            slots.signal()
        }
    }
}
