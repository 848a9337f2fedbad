/// Claim ids seen so far, to refuse one used twice: ids in increasing order (the usual
/// case) need no set, only the largest; the set is built the first time one is not.
struct IDSet {
    private var largest = 0
    private var all: Set<Int>?
    private var inOrder: [Int] = []

    /// False when `id` was seen before.
    mutating func insert(_ id: Int) -> Bool {
        if all == nil, id > largest {
            largest = id
            inOrder.append(id)
            return true
        }
        if all == nil { all = Set(inOrder); inOrder = [] }
        return all!.insert(id).inserted
    }

    func contains(_ id: Int) -> Bool {
        if let all { return all.contains(id) }
        // In increasing order: a binary search.
        var (low, high) = (0, inOrder.count)
        while low < high {
            let mid = (low + high) / 2
            if inOrder[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < inOrder.count && inOrder[low] == id
    }
}
