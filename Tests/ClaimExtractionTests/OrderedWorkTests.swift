import Foundation
import Testing
import Synchronization
@testable import ClaimExtraction
import ClaimStore
import ClaimqTestHelpers

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

/// A corpus loads on several threads into the same store as on one.
@Suite struct CorpusLoadTests {
    @Test func aCorpusOnTwoThreadsIsTheCorpusOnOne() throws {
        let dir = Claimq.temporaryFolder()
        for n in 1...12 {
            let text = "Story \(n)\n\n" + String(repeating: "Filler words here. ", count: (13 - n) * 40)
                + "In Texas, \(n + 7) people filed \(n * 3) complaints in 2019.\n"
            try text.write(toFile: dir + "/s\(String(format: "%02d", n)).txt", atomically: true, encoding: .utf8)
        }
        let one = try ArticleLoader.load(paths: [dir], jobs: 1)
        let two = try ArticleLoader.load(paths: [dir], jobs: 2)
        #expect(one.claims.count == 24)
        #expect(Array(two.claims) == Array(one.claims))
        #expect(one.claims.map(\.article) == (1...12).flatMap { n in Array(repeating: String(format: "s%02d", n), count: 2) })
        #expect(two.paths == one.paths && two.extracted == one.extracted)
    }
}
