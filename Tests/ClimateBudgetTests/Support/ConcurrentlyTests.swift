import Testing

@testable import ClimateBudget

@Suite("Work spread over every core, the results in order")
struct ConcurrentlyTests {
    @Test(
        "Every index once, each result at its index, for counts around the chunk size",
        arguments: [0, 1, 31, 32, 33, 1000])
    func inOrder(count: Int) {
        #expect(Concurrently.map(count) { $0 * 2 } == (0..<count).map { $0 * 2 })
    }

    @Test("A scratch value is made once for each run of a chunk's indices, and used for each of them")
    func scratch() {
        // Each result is the index and how many indices its scratch value has served before it: with chunks of 10,
        // index 0 is the first its scratch serves, 9 the tenth, 10 the first of a new scratch value.
        final class Counter {
            var served = 0
        }
        let results = Concurrently.map(
            25, chunk: 10, scratch: { Counter() },
            { counter, index in
                counter.served += 1
                return [index, counter.served]
            })
        #expect(results.map { $0[0] } == Array(0..<25))
        #expect(results.map { $0[1] } == Array(1...10) + Array(1...10) + Array(1...5))
    }
}
