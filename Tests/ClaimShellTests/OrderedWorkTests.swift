import Foundation
import Testing
import Synchronization
@testable import ClaimShell

@Suite struct OrderedWorkTests {
    /// Items that finish out of order (later ones sooner) are handed over in order.
    @Test func outputsComeInItemOrder() {
        var seen: [Int] = []
        OrderedWork.run(count: 200, jobs: 4, window: 3, work: { (index: Int) -> Int in
            usleep(UInt32((200 - index) % 7) * 100)
            return index * 2
        }, handle: { (index: Int, output: Int) -> Bool in
            seen.append(index)
            #expect(output == index * 2)
            return true
        })
        #expect(seen == Array(0..<200))
    }

    /// Stopping early returns (no worker left waiting) and starts no more than a window's worth past the stop.
    @Test func stoppingSkipsTheRest() {
        let started = Atomic<Int>(0)
        var seen: [Int] = []
        OrderedWork.run(count: 10_000, jobs: 2, window: 4, work: { (index: Int) -> Int in
            started.add(1, ordering: .relaxed)
            return index
        }, handle: { (index: Int, _: Int) -> Bool in
            seen.append(index)
            return index < 50
        })
        #expect(seen == Array(0...50))
        #expect(started.load(ordering: .relaxed) <= 51 + 4 + 2)
    }
}
