import ClimateBudget
import ClimateBudgetFiles
import Testing

/// Mistakes that load fine as JSON but refer to something that does not exist, or break the budget's
/// structure, are findings of the validation layer; these tests make them in real files and read the lines
/// the environment unit sees.
@Suite("Findings on loaded files")
struct LoadedFindingsTests {
    // Measure 2 renumbered 1: the ids are 1 and 1, so the next free id is 2.
    static let cases: [(change: (text: String, replacement: String, file: String), findings: [String])] = [
        (
            ("\"sector\": \"veitrafikk\"", "\"sector\": \"vegtrafikk\"", "Measures/01-fossilfri-buss.json"),
            [
                "Measures/01-fossilfri-buss.json: error: measure 1: sector \"vegtrafikk\" is not a known sector. Did you mean \"veitrafikk\"? Use one of: veitrafikk, or add it to Data/sectors.json [unknown-sector]"
            ]
        ),
        (
            ("\"implementers\": [\"AtB\"]", "\"implementers\": [\"ATB Buss\"]", "Measures/01-fossilfri-buss.json"),
            [
                "Measures/01-fossilfri-buss.json: error: measure 1: responsibility.implementers names \"ATB Buss\", which is not a known actor. Correct the name, or add the actor to Data/actors.json [unknown-actor]"
            ]
        ),
        (
            ("\"id\": 2,", "\"id\": 1,", "Measures/02-sykkelstrategi.json"),
            [
                "Measures/02-sykkelstrategi.json: error: measure 1: the id 1 is used by both Measures/01-fossilfri-buss.json and Measures/02-sykkelstrategi.json, so the measure would be counted twice; if one file is a copy of the other, delete the copy; otherwise give one of them the next free id, 2, and rename its file to match [duplicate-measure-id]",
                "Measures/02-sykkelstrategi.json: warning: measure 1: the file name does not start with \"01-\"; rename the file so it starts with the measure's id, such as 01-short-title.json [measure-file-name]",
            ]
        ),
        (
            ("\"2022\": 50, ", "", "Measures/01-fossilfri-buss.json"),
            [
                "Measures/01-fossilfri-buss.json: error: measure 1: effect has no figure for 2022; a quantified measure needs a yearly reduction in tonnes for every year 2022-2023 (write 0 if there is none) [missing-effect-year]"
            ]
        ),
        (
            ("\"reporter\": \"ST\"", "\"reporter\": \"AtB\"", "Measures/01-fossilfri-buss.json"),
            [
                "Measures/01-fossilfri-buss.json: error: measure 1: responsibility.reporter is \"AtB\", an outside actor; set it to the one municipal service area that reports on the measure [reporter-not-service-area]"
            ]
        ),
    ]

    @Test("Each mistake gives its findings, naming the file and the measure", arguments: cases.indices)
    func finding(index: Int) throws {
        let (change, expected) = Self.cases[index]
        let fixture = try FixtureBudget()
        try fixture.replace(change.text, with: change.replacement, in: change.file)
        let findings = Validator.validate(try fixture.load())
        #expect(findings.map(\.description) == expected)
    }

    @Test("A measure file named after another id is a warning")
    func fileName() throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"id\": 2,", with: "\"id\": 12,", in: "Measures/02-sykkelstrategi.json")
        #expect(
            Validator.validate(try fixture.load()).map(\.description) == [
                "Measures/02-sykkelstrategi.json: warning: measure 12: the file name does not start with \"12-\"; rename the file so it starts with the measure's id, such as 12-short-title.json [measure-file-name]"
            ])
    }
}
