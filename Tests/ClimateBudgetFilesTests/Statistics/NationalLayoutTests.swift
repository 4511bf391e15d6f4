import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// The national layout, read from rows built here: every quirk of the samples' README, and every problem with
/// its exact message.
@Suite("Emission statistics: the national layout")
struct NationalLayoutTests {
    static let heading: [SheetValue?] = [
        .text("Fylke"), .text("Kommunenummer"), .text("Kommune"), .text("År"), .text("Sektor"),
        .text("Utslippskilde "), .text("Klimagass"), .text("Utslipp (tonn CO₂-ekvivalenter)"),
    ]

    /// A row of the national file.
    static func row(
        _ number: SheetValue, _ name: String, _ year: Int, _ sector: String, _ source: String, _ gas: String,
        _ tonnes: Double
    ) -> [SheetValue?] {
        [
            .text("Fylke"), number, .text(name), .number(Double(year)), .text(sector), .text(source), .text(gas),
            .number(tonnes),
        ]
    }

    /// Demoby as 399 (a number) and as "0399" (text), the fluorgas sector under both its names, source names
    /// with `_x000D_`, a line break and trailing spaces; and Eksempelvik with the same sectors.
    static let rows: [[SheetValue?]] = [
        heading,
        row(.number(399), "Demoby", 2023, "Veitrafikk", "Personbiler_x000D_", "CO2", 100.25),
        row(.text("0399"), "Demoby ", 2023, "Veitrafikk", "Personbiler  ", "CH4", 1.5),
        row(.number(399), "Demoby", 2023, "Bruk av produkter med fluorgasser", "Bruk av HFK\n", "HFK", 20),
        row(.text("0399"), "Demoby", 2024, "produkter med fluorgasser", "Bruk av HFK", "HFK", 18.5),
        row(.number(399), "Demoby", 2024, "Veitrafikk ", "Personbiler", "CO2", 90),
        row(.text("399"), "Demoby", 2024, "VEITRAFIKK", "Personbiler", "CH4", 1.25),
        row(.number(5099), "Eksempelvik", 2023, "Veitrafikk", "Personbiler", "CO2", 50),
        row(.number(5099), "Eksempelvik", 2023, "produkter med fluorgasser", "Bruk av HFK", "HFK", 0),
        row(.number(5099), "Eksempelvik", 2024, "Veitrafikk", "Personbiler", "CO2", 40),
        row(.number(5099), "Eksempelvik", 2024, "produkter med fluorgasser", "Bruk av HFK", "HFK", 0),
    ]

    static func workbook(_ rows: [[SheetValue?]] = rows) -> RowsWorkbook {
        RowsWorkbook(sheets: [(EmissionStatistics.detailedSheet, RowsWorkbook.rows(rows))])
    }

    static func read(_ municipality: String?, rows: [[SheetValue?]] = rows) throws(LoadFailure)
        -> MunicipalityEmissions
    {
        try EmissionStatistics.read(workbook(rows), file: "alle.xlsx", municipality: municipality).municipality
    }

    @Test("Demoby by 399, \"0399\", \"301\"-style short numbers and its name: one municipality, its sectors summed")
    func demoby() throws {
        for given in ["399", "0399", "Demoby", "demoby kommune", " Demoby "] {
            let demoby = try Self.read(given)
            #expect(demoby.number == "0399" && demoby.name == "Demoby", "\(given)")
            // Veitrafikk: 2023 100.25 + 1.5 = 101.75; 2024 90 + 1.25 = 91.25. Fluorgas: 20 and 18.5, under one
            // sector although 2023 calls it "Bruk av produkter med fluorgasser".
            #expect(demoby.sectors.map(\.id) == ["produkter-med-fluorgasser", "veitrafikk"])
            #expect(demoby.sectors.map(\.tonnes) == [[2023: 20, 2024: 18.5], [2023: 101.75, 2024: 91.25]])
            #expect(
                demoby.sectors[0].publishedNames == ["produkter med fluorgasser", "Bruk av produkter med fluorgasser"])
            #expect(demoby.total(2023, decimals: 2) == 121.75)
        }
        let statistics = try EmissionStatistics.readAll(Self.workbook(), file: "alle.xlsx")
        #expect(statistics.municipalities.map(\.shownName) == ["Demoby (0399)", "Eksempelvik (5099)"])
        #expect(statistics.years == [2023, 2024] && statistics.decimals == 2)
    }

    @Test("A row that repeats another (after the debris is trimmed) is reported at its row, with the first")
    func duplicate() {
        var rows = Self.rows
        rows.insert(Self.row(.text("0399"), "Demoby", 2023, "Veitrafikk", "Personbiler_x000D_ ", "CO2", 100.25), at: 3)
        let expected = LoadError.statisticsDuplicateRow(
            file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 4, column: "H", first: 2,
            what: "Demoby 0399, 2023, Veitrafikk, Personbiler, CO2")
        #expect(throws: LoadFailure(errors: [expected])) { try Self.read("0399", rows: rows) }
        #expect(
            expected.description
                == "alle.xlsx: sheet \"Oversikt - detaljert\", row 4, column H: repeats row 2 (Demoby 0399, 2023, Veitrafikk, Personbiler, CO2): the same municipality, year, sector, source and gas, so its tonnes would be counted twice; delete one of the two rows, or download the file again from Miljødirektoratet (Klimagassutslipp i kommuner)"
        )
        // Another municipality's rows are not Demoby's problem.
        #expect(throws: Never.self) { try Self.read("5099", rows: rows) }
    }

    @Test("An unknown sector is reported at its cell, with the nearest known name")
    func unknownSector() {
        var rows = Self.rows
        rows[5] = Self.row(.number(399), "Demoby", 2024, "Veitrafik", "Personbiler", "CO2", 90)
        let expected = LoadError.statisticsUnknownSector(
            file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 6, column: "E", value: "Veitrafik",
            suggestion: "Veitrafikk")
        #expect(throws: LoadFailure(errors: [expected])) { try Self.read("Demoby", rows: rows) }
        #expect(
            expected.description
                == "alle.xlsx: sheet \"Oversikt - detaljert\", row 6, column E: \"Veitrafik\" is not a sector of the emission statistics (did you mean \"Veitrafikk\"?); they have Annen mobil forbrenning, Avfall og avløp, Energiforsyning, Industri, olje og gass, Jordbruk, Luftfart, Oppvarming, produkter med fluorgasser, Sjøfart and Veitrafikk. Correct the cell if it was edited; if Miljødirektoratet has renamed or added a sector, the tool must learn the new name: tell its maintainers"
        )
    }

    @Test("A municipality not in the file is reported at the column of names, with the nearest name")
    func missingMunicipality() {
        let expected = LoadError.statisticsMunicipalityNotFound(
            file: "alle.xlsx", sheet: "Oversikt - detaljert", row: nil, column: "C", given: "Demobyen",
            suggestion: "Demoby (0399)", inFile: ["Demoby (0399)", "Eksempelvik (5099)"], count: 2)
        #expect(throws: LoadFailure(errors: [expected])) { try Self.read("Demobyen") }
        #expect(
            expected.description
                == "alle.xlsx: sheet \"Oversikt - detaljert\", column C: no municipality \"Demobyen\" in the file (did you mean Demoby (0399)?); it holds Demoby (0399) and Eksempelvik (5099). Give the municipality's name or its four-digit number as this column writes it (5001, or 0301 for Oslo; 301 works too)"
        )
        #expect(throws: LoadFailure(errors: [expected.with(given: "5001", suggestion: nil)])) {
            try Self.read("5001")
        }
        #expect(
            throws: LoadFailure(errors: [
                .statisticsMunicipalityNeeded(
                    file: "alle.xlsx", given: nil, candidates: ["Demoby (0399)", "Eksempelvik (5099)"])
            ])
        ) { try Self.read(nil) }
    }

    @Test("Years a sector lacks that the file has are reported; years the file lacks are never filled in")
    func missingYears() throws {
        var rows = Self.rows
        rows.remove(at: 4)
        let expected = LoadError.statisticsMissingYears(
            file: "alle.xlsx", sheet: "Oversikt - detaljert", column: "D", municipality: "Demoby (0399)",
            sector: "produkter med fluorgasser", years: [2024])
        #expect(throws: LoadFailure(errors: [expected])) { try Self.read("399", rows: rows) }
        #expect(
            expected.description
                == "alle.xlsx: sheet \"Oversikt - detaljert\", column D: Demoby (0399) has no rows for produkter med fluorgasser in 2024, which the file has for other sectors; the file is incomplete (filtered, or rows deleted): download the file again from Miljødirektoratet (Klimagassutslipp i kommuner) without filters. A year the statistics lack altogether (2010, 2012, 2014) is never filled in"
        )
        // 2010, 2012 and 2014 do not exist: a file of 2009 and 2011 has no year between them.
        let gap =
            [Self.heading] + [2009, 2011].map { Self.row(.number(399), "Demoby", $0, "Jordbruk", "Husdyr", "CH4", 1) }
        let demoby = try Self.read("399", rows: gap)
        #expect(demoby.years == [2009, 2011] && demoby.sectors[0].tonnes == [2009: 1, 2011: 1])
    }

    @Test("A year, a figure or a municipality number that cannot be read is reported at its cell")
    func unreadableCells() {
        var rows = Self.rows
        rows[2][3] = .text("20l3")
        rows[3][7] = .text("n/a")
        rows[7][1] = .text("Eks")
        #expect(
            throws: LoadFailure(errors: [
                .statisticsCell(
                    file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 8, column: "B", header: "Kommunenummer",
                    value: "Eks", expected: "a municipality number such as 5001 or 0301"),
                .statisticsCell(
                    file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 3, column: "D", header: "År", value: "20l3",
                    expected: "a year such as 2024"),
                .statisticsCell(
                    file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 4, column: "H",
                    header: "Utslipp (tonn CO2-ekvivalenter)", value: "n/a",
                    expected: "a number of tonnes such as 17,7 (write 0 for no emissions)"),
            ])
        ) { try Self.read("Demoby", rows: rows) }
        #expect(
            LoadError.statisticsCell(
                file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 3, column: "D", header: "År", value: "20l3",
                expected: "a year such as 2024"
            ).description
                == "alle.xlsx: sheet \"Oversikt - detaljert\", row 3, column D: expected a year such as 2024 under \"År\", found \"20l3\"; correct the cell if it was edited, or download the file again from Miljødirektoratet (Klimagassutslipp i kommuner)"
        )
    }

    @Test("A heading row without rows below it is reported")
    func noRows() {
        #expect(
            throws: LoadFailure(errors: [.statisticsNoRows(file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 1)])
        ) { try Self.read("Demoby", rows: [Self.heading]) }
    }

    @Test("A required column missing is reported at the heading row, with the headings found")
    func missingColumn() {
        var rows = Self.rows
        rows[0][4] = .text("Sektorer")
        #expect(
            throws: LoadFailure(errors: [
                .statisticsColumnMissing(
                    file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 1, column: "År",
                    found: [
                        "Fylke", "Kommunenummer", "Kommune", "År", "Sektorer", "Utslippskilde", "Klimagass",
                        "Utslipp (tonn CO₂-ekvivalenter)",
                    ])
            ])
        ) { try Self.read("399", rows: rows) }
        rows = Self.rows
        rows[0][6] = nil
        let expected = LoadError.statisticsColumnMissing(
            file: "alle.xlsx", sheet: "Oversikt - detaljert", row: 1, column: "Klimagass",
            found: [
                "Fylke", "Kommunenummer", "Kommune", "År", "Sektor", "Utslippskilde", "Utslipp (tonn CO₂-ekvivalenter)",
            ])
        #expect(throws: LoadFailure(errors: [expected])) { try Self.read("399", rows: rows) }
        #expect(
            expected.description
                == "alle.xlsx: sheet \"Oversikt - detaljert\", row 1: the heading row has no column \"Klimagass\" (it has \"Fylke\", \"Kommunenummer\", \"Kommune\", \"År\", \"Sektor\", \"Utslippskilde\", \"Utslipp (tonn CO₂-ekvivalenter)\"); the statistics' sheet has the columns År, Sektor, Utslippskilde, Klimagass and Utslipp (tonn CO2-ekvivalenter), and the national file Kommunenummer and Kommune besides: restore the column, or download the file again from Miljødirektoratet (Klimagassutslipp i kommuner)"
        )
    }

    @Test("Headings match loosely: CO2 or CO₂, letter case, spaces; title rows above the heading are skipped")
    func looseHeadings() throws {
        var rows = Self.rows
        rows[0] = [
            .text("FYLKE"), .text("kommunenummer"), .text(" Kommune"), .text("år"), .text("SEKTOR"),
            .text("Utslipps kilde"), .text("Klimagass\n"), .text("Utslipp (tonn CO2 - ekvivalenter)"),
        ]
        rows.insert([.text("Klimagassutslipp i kommuner")], at: 0)
        let demoby = try Self.read("399", rows: rows)
        #expect(demoby.sectors.map(\.tonnes) == [[2023: 20, 2024: 18.5], [2023: 101.75, 2024: 91.25]])
    }

    @Test("A workbook without the detailed sheet is refused, naming its sheets")
    func noSheet() {
        let workbook = RowsWorkbook(sheets: [("Ark1", []), ("Ark2", [])])
        let expected = LoadError.statisticsSheetMissing(file: "x.xlsx", sheets: ["Ark1", "Ark2"])
        #expect(throws: LoadFailure(errors: [expected])) {
            try EmissionStatistics.read(workbook, file: "x.xlsx", municipality: nil)
        }
        #expect(
            expected.description
                == "x.xlsx: the workbook has no sheet \"Oversikt - detaljert\" (its sheets: \"Ark1\", \"Ark2\"); it is not a file of emission statistics, or the sheet was renamed: download the file again from Miljødirektoratet (Klimagassutslipp i kommuner)"
        )
    }

    @Test("The one-municipality export takes its name from the Info sheet, beside \"Datasett:\"")
    func exportInfo() throws {
        let detailed = RowsWorkbook.rows([
            [
                .text("År"), .text("Sektor"), .text("Utslippskilde"), .text("Klimagass"),
                .text("Utslipp (tonn CO₂-ekvivalenter)"),
            ],
            [.number(2024), .text("Jordbruk"), .text("Husdyr"), .text("CH4"), .number(10.5)],
        ])
        let info = RowsWorkbook.rows([
            [.text("Nedlastet fra:"), .text("https://www.miljodirektoratet.no/")],
            [.text("Datasett:"), .text("Prøvdal")],
        ])
        let workbook = RowsWorkbook(sheets: [
            ("Info", info), ("Oversikt", []), (EmissionStatistics.detailedSheet, detailed),
        ])
        let provdal = try EmissionStatistics.read(workbook, file: "p.xlsx", municipality: nil).municipality
        #expect(provdal.name == "Prøvdal" && provdal.sectors.map(\.tonnes) == [[2024: 10.5]])
        let expected = LoadError.statisticsMunicipalityNotFound(
            file: "p.xlsx", sheet: "Info", row: 2, column: "B", given: "Eksempelvik", suggestion: nil,
            inFile: ["Prøvdal"], count: 1)
        #expect(throws: LoadFailure(errors: [expected])) {
            try EmissionStatistics.read(workbook, file: "p.xlsx", municipality: "Eksempelvik")
        }
        #expect(
            expected.description
                == "p.xlsx: sheet \"Info\", row 2, column B: the file holds the emissions of Prøvdal only, not of \"Eksempelvik\"; download the file of that municipality, or leave the municipality out"
        )
    }
}

extension LoadError {
    /// A municipality-not-found problem for another name.
    func with(given: String, suggestion: String?) -> LoadError {
        guard
            case .statisticsMunicipalityNotFound(
                let file, let sheet, let row, let column, _, _, let inFile, let count) = self
        else { return self }
        return .statisticsMunicipalityNotFound(
            file: file, sheet: sheet, row: row, column: column, given: given, suggestion: suggestion, inFile: inFile,
            count: count)
    }
}
