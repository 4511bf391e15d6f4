import Testing

@testable import ClimateBudget

@Suite("Reading a reporting period")
struct ReportingPeriodTests {
    // "2022-T1" exactly is read from its bytes; every other text the long way (trimmed, upper-cased, split at the
    // hyphen). The two ways must agree where they meet: what the bytes read, and what they leave to the long way.
    @Test(
        "Periods as written in the measure files",
        arguments: [
            ("2022-T1", 2022, 1), ("2022-T3", 2022, 3), ("2022-t2", 2022, 2), ("1999-T1", 1999, 1),
            // The long way: around spaces, a leading zero in the tertial.
            (" 2022-T2 ", 2022, 2), ("2022-T01", 2022, 1), ("2022-t03\n", 2022, 3),
        ])
    func reads(text: String, year: Int, tertial: Int) {
        #expect(ReportingPeriod(text) == ReportingPeriod(year: year, tertial: tertial))
    }

    @Test(
        "Not periods",
        arguments: [
            "2022-T4", "2022-T0", "2022-X1", "2022T1", "22-T1", "20222-T1", "2022-T1x", "2022_T1", "2022\u{2013}T1",
            "202a-T1", "2022-T", "", "T1-2022", "\u{0662}\u{0660}\u{0662}\u{0662}-T1",
        ])
    func refuses(text: String) {
        #expect(ReportingPeriod(text) == nil)
    }
}
