import Foundation

/// Work spread over every core, with the results in the order of the work: for the measure files of a large
/// budget, which are read and checked each on its own, so that what is reported never depends on which core
/// finished first.
package enum Concurrently {
    /// `body` applied to every index in `0..<count`, on every active core, the results in index order.
    ///
    /// Each core takes a contiguous run of `chunk` indices at a time (fewer hand-overs for many small pieces of
    /// work, such as files; one at a time for a few large ones, such as the rules, or the first core would take
    /// them all); a result is written only to its own place in the array, so the places need no lock.
    ///
    /// Inlinable so that a caller in another module gets it specialised for its result type: unspecialised, every
    /// result was moved through its type's run-time description, a few milliseconds for 9 999 measure files.
    @inlinable
    package static func map<Value: Sendable>(_ count: Int, chunk: Int = 32, _ body: @Sendable (Int) -> Value)
        -> [Value]
    {
        map(count, chunk: chunk, scratch: {}, { _, index in body(index) })
    }

    /// ``map(_:chunk:_:)`` with a scratch value that `scratch` makes once for each run of `chunk` indices a core
    /// takes, and `body` may use for each of them: a buffer to read files into, made once for 32 files rather
    /// than once for each (allocating a buffer of kilobytes per file made the allocator tidy its lists of small
    /// blocks every time). The scratch value never leaves the core that made it.
    @inlinable
    package static func map<Value: Sendable, Scratch>(
        _ count: Int, chunk: Int = 32, scratch: @Sendable () -> Scratch,
        _ body: @Sendable (inout Scratch, Int) -> Value
    ) -> [Value] {
        guard count > 0 else { return [] }
        let chunk = max(chunk, 1)
        let chunks = (count + chunk - 1) / chunk
        return [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            let places = Places(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                var scratch = scratch()
                for index in (part * chunk)..<min(count, (part + 1) * chunk) {
                    places.put(body(&scratch, index), at: index)
                }
            }
            // `concurrentPerform` returns once every part has run, so every place holds its result.
            initialized = count
        }
    }
}

/// The places of the results, each initialised once by one thread before the array is handed back.
@usableFromInline
struct Places<Value>: @unchecked Sendable {
    @usableFromInline let buffer: UnsafeMutableBufferPointer<Value>

    @inlinable init(buffer: UnsafeMutableBufferPointer<Value>) { self.buffer = buffer }

    @inlinable func put(_ value: Value, at index: Int) {
        buffer.initializeElement(at: index, to: value)
    }
}
