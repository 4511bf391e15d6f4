import Foundation

/// Work spread over every core, with the results in the order of the work: for the measure files of a large
/// budget, which are read and checked each on its own, so that what is reported never depends on which core
/// finished first.
package enum Concurrently {
    /// `body` applied to every index in `0..<count`, on every active core, the results in index order.
    ///
    /// Each core takes a contiguous run of `chunk` indices at a time (fewer hand-overs for many small pieces of
    /// work, such as files; one at a time for a few large ones, such as the rules, or the first core would take
    /// them all); a result is written only to its own slot, so the slots need no lock.
    package static func map<Value: Sendable>(_ count: Int, chunk: Int = 32, _ body: @Sendable (Int) -> Value)
        -> [Value]
    {
        guard count > 0 else { return [] }
        let slots = Slots<Value>(count: count)
        let chunk = max(chunk, 1)
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            for index in (part * chunk)..<min(count, (part + 1) * chunk) { slots.put(body(index), at: index) }
        }
        return slots.values()
    }
}

/// One slot per result, each written once by one thread before ``values()`` reads them all.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func put(_ value: Value, at index: Int) {
        buffer[index] = value
    }

    func values() -> [Value] {
        buffer.compactMap { $0 }
    }
}
