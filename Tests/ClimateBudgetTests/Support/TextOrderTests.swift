import Testing

@testable import ClimateBudget

@Suite("Sorting file names as texts")
struct TextOrderTests {
    // ASCII names are sorted by their first sixteen bytes and, where those are the same, as texts; any other name
    // makes the whole list go through `sorted()`. Both must give the order `sorted()` gives.
    @Test(
        "The order of sorted(), for ASCII names and others",
        arguments: [
            // Shorter before longer with the same start; upper case before lower; digits before letters.
            ["b.json", "a.json", "ab.json", "a", "", "B.json", "10-x.json", "9-x.json"],
            // The same first sixteen bytes: told apart by what follows.
            ["0001-abcdefghijkl-z.json", "0001-abcdefghijkl-a.json", "0001-abcdefghijkl.json", "0001-abcdefghijk"],
            // Exactly eight and sixteen bytes, and one byte either side.
            ["abcdefgh", "abcdefg", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmno", "abcdefghijklmnopq"],
            // Not ASCII: "å" as one character and as "a" and a combining ring are equal texts, so sorted() keeps
            // them together where the bytes would part them.
            ["b.json", "\u{E5}.json", "a\u{030A}.json", "a.json", "z.json"],
            ["one"], [],
        ])
    func sortsAsSorted(names: [String]) {
        #expect(names.sortedAsText() == names.sorted())
    }

    // 2 000 generated names of the measure files' form, with shared starts and different lengths.
    @Test("Many generated names")
    func many() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz-_.0123456789ABC")
        let names = (0..<2000).map { _ in
            let number = next(100)
            return (number < 10 ? "0" : "") + "\(number)-"
                + String((0..<next(30)).map { _ in letters[next(letters.count)] })
        }
        #expect(names.sortedAsText() == names.sorted())
    }
}
