import Testing

@testable import ClimateBudget

@Suite("Trimming whitespace")
struct TrimmingTests {
    // A text that begins and ends with printable ASCII is its own result at once; every other text goes through
    // the characters. Both must give what trimming character by character gives.
    @Test(
        "Spaces, tabs and line breaks go at both ends, nothing else",
        arguments: [
            ("MLLT", "MLLT"), ("Miljøenheten", "Miljøenheten"), (" MLLT", "MLLT"), ("MLLT\n", "MLLT"),
            ("\tBy og miljø \r\n", "By og miljø"), ("a b", "a b"), ("   ", ""), ("", ""),
            ("\u{00A0}Bygg\u{2009}", "Bygg"), ("ø ", "ø"), (" å", "å"), ("x\u{0301}", "x\u{0301}"),
        ])
    func trims(text: String, trimmed: String) {
        #expect(text.trimmingWhitespace() == trimmed)
    }
}
