import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// Reading Miljødirektoratet's emission statistics (issue 13): both layouts, every quirk of the samples' README.
@Suite("Emission statistics")
struct EmissionStatisticsTests {
    /// The one-municipality export as CSV: the README's sums of the 0.1 t rows for 2009 and 2024, exactly.
    @Test("The export saved as CSV gives the README's sector sums for Eksempelvik, to 0.1 t")
    func exportCSV() throws {
        let (statistics, municipality) = try EmissionStatistics.read(
            contentsOf: StatisticsSamples.exportCSV, shownAs: "utslipp.csv", municipality: "Eksempelvik")
        #expect(statistics.decimals == 1)
        #expect(municipality.name == "Eksempelvik" && municipality.number == nil)
        // Irregular years: no 2010, 2012 or 2014, and none invented.
        #expect(statistics.years == [2009, 2011, 2013] + Array(2015...2024))
        #expect(municipality.years == statistics.years)
        #expect(StatisticsSamples.figures(municipality, 2009) == StatisticsSamples.exportFigures[2009])
        #expect(StatisticsSamples.figures(municipality, 2024) == StatisticsSamples.exportFigures[2024])
        // 574.5 + 4282.9 + 1391.5 + 6355.8 + 2656.9 + 0 + 5405.5 + 0 + 537.5 + 10153.9 = 31 358.5 (the README's
        // "31 358.5 against 31 358.08").
        #expect(municipality.total(2009, decimals: statistics.decimals) == 31358.5)
        #expect(
            municipality.sectors.map(\.id) == [
                "annen-mobil-forbrenning", "avfall-og-avlop", "energiforsyning", "industri-olje-og-gass", "jordbruk",
                "luftfart", "oppvarming", "produkter-med-fluorgasser", "sjofart", "veitrafikk",
            ])
        let fluor = try #require(municipality.sectors.first { $0.id == "produkter-med-fluorgasser" })
        #expect(fluor.publishedNames == ["produkter med fluorgasser", "Bruk av produkter med fluorgasser"])
    }

    @Test("The export saved as CSV does not say whose it is: without a name, the reader asks for one")
    func exportCSVNeedsName() {
        #expect(
            throws: LoadFailure(errors: [.statisticsMunicipalityNeeded(file: "utslipp.csv", given: nil, candidates: [])]
            )
        ) {
            try EmissionStatistics.read(
                contentsOf: StatisticsSamples.exportCSV, shownAs: "utslipp.csv", municipality: nil)
        }
        let error = LoadError.statisticsMunicipalityNeeded(file: "utslipp.csv", given: nil, candidates: [])
        #expect(
            error.description
                == "utslipp.csv: the file does not say whose emissions it holds (a one-municipality export saved as CSV has no Info sheet); name the municipality with --municipality, such as --municipality Eksempelvik"
        )
    }

    /// A comma-separated CSV with the decimal comma in quotes and a point elsewhere reads the same.
    @Test("A comma-separated CSV reads either decimal mark; a semicolon CSV only the comma")
    func commaCSV() throws {
        let text =
            "År,Sektor,Utslippskilde,Klimagass,Utslipp (tonn CO2-ekvivalenter)\r\n"
            + "2009,Jordbruk,Husdyr,CH4,\"1,5\"\r\n2009,Jordbruk,Husdyr,N2O,2.25\r\n"
        let workbook = try CSVWorkbook(text: "\u{FEFF}" + text, file: "u.csv")
        let (statistics, municipality) = try EmissionStatistics.read(workbook, file: "u.csv", municipality: "Lille")
        #expect(statistics.decimals == 2)
        #expect(municipality.sectors.map(\.tonnes) == [[2009: 3.75]])

        let semicolons = try CSVWorkbook(
            text: "År;Sektor;Utslippskilde;Klimagass;Utslipp\n2009;Jordbruk;Husdyr;CH4;1.900\n", file: "s.csv")
        #expect(
            throws: LoadFailure(errors: [
                .statisticsCell(
                    file: "s.csv", sheet: "", row: 2, column: "E", header: "Utslipp (tonn CO2-ekvivalenter)",
                    value: "1.900", expected: "a number of tonnes such as 17,7 (write 0 for no emissions)")
            ])
        ) {
            try EmissionStatistics.read(semicolons, file: "s.csv", municipality: "Lille")
        }
    }

    @Test("CSV rows are numbered as the spreadsheet shows them, a line break inside a quoted cell in its row")
    func csvRowNumbers() throws {
        let text =
            "År;Sektor;Utslippskilde;Klimagass;Utslipp\n2009;Jordbruk;\"Hus\r\ndyr\";CH4;1\n\n2009;Jordbrk;Husdyr;N2O;2\n"
        let workbook = try CSVWorkbook(text: text, file: "s.csv")
        #expect(
            throws: LoadFailure(errors: [
                .statisticsUnknownSector(
                    file: "s.csv", sheet: "", row: 4, column: "B", value: "Jordbrk", suggestion: "Jordbruk")
            ])
        ) {
            try EmissionStatistics.read(workbook, file: "s.csv", municipality: "Lille")
        }
    }
}
