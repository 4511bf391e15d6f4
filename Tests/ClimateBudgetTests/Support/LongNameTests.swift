import Testing

@testable import ClimateBudget

/// Did-you-mean must cost no more than linear time and memory in the name, however long: a 2 MB sector
/// name used to build a table of 2 million characters per candidate (seconds and hundreds of MB).
@Suite("Closest match on long and short names")
struct LongNameTests {
    /// "veitrafikk" 200 000 times: 2 000 000 characters, 2 MB.
    static let twoMegabytes = String(repeating: "veitrafikk", count: 200_000)

    @Test("A 2 MB name is nobody's typo")
    func twoMegabyteName() {
        #expect(Self.twoMegabytes.utf8.count == 2_000_000)
        #expect(closestMatch(to: Self.twoMegabytes, among: ["veitrafikk", "energiforsyning", "sjofart"]) == nil)
        #expect(closestMatch(to: Self.twoMegabytes, among: [Self.twoMegabytes]) == nil)
    }

    @Test("A 2 MB unknown sector gets the message without a guess, naming the sector once")
    func twoMegabyteSectorMessage() {
        let message = UnknownSector.message(
            sector: Self.twoMegabytes, field: "sector", known: ["veitrafikk", "sjofart"],
            sectorsFile: "Data/sectors.json")
        #expect(
            message
                == "sector \"\(Self.twoMegabytes)\" is not a known sector. Use one of: veitrafikk, sjofart, or add it to Data/sectors.json"
        )
    }

    @Test("Names up to the typo length still get their suggestion; one character more gets none")
    func typoLengthEdge() {
        // 100 characters, one letter changed from the candidate: 1 edit, allowed 100 / 3 = 33.
        let candidate = String(repeating: "a", count: typoLength)
        let typo = "b" + String(repeating: "a", count: typoLength - 1)
        #expect(closestMatch(to: typo, among: [candidate]) == candidate)
        #expect(closestMatch(to: typo + "a", among: [candidate]) == nil)
    }

    @Test(
        "Typos still find their name",
        arguments: [
            // name, expected; candidates below. Allowed edits: a third of the shorter length, at least 1.
            ("gpa", "gap"),  // a swap is one edit
            ("valdate", "validate"),  // one deletion, allowed 7 / 3 = 2
            ("Veitrafik", "veitrafikk"),  // case is ignored; one insertion
            ("sjøfart", "sjofart"),  // one substitution, allowed 7 / 3 = 2
            ("xyz", nil),  // 3 edits from "gap", allowed 1
            ("g", nil),  // 2 edits from "gap", allowed max(1, 1 / 3) = 1: too far
        ] as [(String, String?)])
    func typos(name: String, expected: String?) {
        let candidates = ["gap", "validate", "veitrafikk", "sjofart"]
        #expect(closestMatch(to: name, among: candidates) == expected)
    }

    @Test("The closest candidate wins, the first of equals, as before")
    func closestWins() {
        #expect(closestMatch(to: "TT", among: ["ET", "ST"]) == "ET")
        #expect(closestMatch(to: "valdiate", among: ["validate", "valid"]) == "validate")
        // 18 characters. The closest, 14 characters, is 5 edits away (4 deleted, 1 changed) but allowed only
        // 14 / 3 = 4; the other is 6 edits away, allowed 18 / 3 = 6, yet the nearest name decides: none.
        let name = "abcdefghijklmnopqr"
        #expect(closestMatch(to: name, among: ["Xbcdefghijklmn", "abcdefghijklUVWXYZ"]) == nil)
        #expect(closestMatch(to: name, among: ["abcdefghijklUVWXYZ"]) == "abcdefghijklUVWXYZ")
    }

    @Test(
        "The bounded edit distance is exact up to its bound and nil beyond",
        arguments: [
            // kitten -> sitting: k/s, e/i, +g = 3.
            ("kitten", "sitting", 3, 3 as Int?), ("kitten", "sitting", 2, nil),
            ("gap", "gpa", 1, 1), ("", "abc", 3, 3), ("abc", "", 2, nil), ("same", "same", 1, 0),
            // The length difference alone rules it out.
            ("a", "abcdef", 4, nil),
        ] as [(String, String, Int, Int?)])
    func bounded(a: String, b: String, bound: Int, expected: Int?) {
        #expect(editDistance(Array(a), Array(b), atMost: bound) == expected)
        #expect(editDistance(Array(b), Array(a), atMost: bound) == expected)
    }
}
