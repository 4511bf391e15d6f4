import ClimateBudget
import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetFiles

/// The two xlsx samples through the xlsx reader: the figures of the samples' README, exactly.
@Suite("Emission statistics from xlsx")
struct XlsxStatisticsTests {
    /// Eksempelvik (5099) per sector in the national file, full precision as the README gives it (four decimals).
    static let national2009: [String: Double] = [
        "Annen mobil forbrenning": 574.3660, "Avfall og avløp": 4282.8925, "Energiforsyning": 1391.5056,
        "Industri, olje og gass": 6355.7482, "Jordbruk": 2656.9462, "Luftfart": 0, "Oppvarming": 5405.2665,
        "produkter med fluorgasser": 0, "Sjøfart": 537.5082, "Veitrafikk": 10153.8449,
    ]
    static let national2024: [String: Double] = [
        "Annen mobil forbrenning": 478.5203, "Avfall og avløp": 3687.5751, "Energiforsyning": 1095.0616,
        "Industri, olje og gass": 4826.6014, "Jordbruk": 2326.0151, "Luftfart": 4157.0767, "Oppvarming": 647.5051,
        "produkter med fluorgasser": 1328.0884, "Sjøfart": 479.0826, "Veitrafikk": 8539.8931,
    ]

    @Test("The one-municipality export: the name from Info, the README's sums of the 0.1 t rows")
    func export() throws {
        let (statistics, municipality) = try EmissionStatistics.read(
            contentsOf: StatisticsSamples.exportXLSX, shownAs: "eksport.xlsx", municipality: nil)
        #expect(municipality.name == "Eksempelvik" && municipality.number == nil)
        #expect(statistics.decimals == 1)
        #expect(statistics.years == [2009, 2011, 2013] + Array(2015...2024))
        #expect(StatisticsSamples.figures(municipality, 2009) == StatisticsSamples.exportFigures[2009])
        #expect(StatisticsSamples.figures(municipality, 2024) == StatisticsSamples.exportFigures[2024])
        // The README: "2009: 31 358.5 against 31 358.08".
        #expect(municipality.total(2009, decimals: statistics.decimals) == 31358.5)
        // The same figures as the sheet saved as CSV.
        let csv = try EmissionStatistics.read(
            contentsOf: StatisticsSamples.exportCSV, shownAs: "eksport.csv", municipality: "Eksempelvik")
        #expect(csv.municipality == municipality)
    }

    @Test("The export names its municipality: another name is refused at the Info sheet's cell")
    func exportOtherName() {
        #expect(
            throws: LoadFailure(errors: [
                .statisticsMunicipalityNotFound(
                    file: "eksport.xlsx", sheet: "Info", row: 2, column: "B", given: "Prøvdal", suggestion: nil,
                    inFile: ["Eksempelvik"], count: 1)
            ])
        ) {
            try EmissionStatistics.read(
                contentsOf: StatisticsSamples.exportXLSX, shownAs: "eksport.xlsx", municipality: "Prøvdal")
        }
    }

    @Test("The national file: Eksempelvik's sectors at full precision (the `_x000D_` and trailing spaces trimmed)")
    func national() throws {
        let (statistics, eksempelvik) = try EmissionStatistics.read(
            contentsOf: StatisticsSamples.nationalXLSX, shownAs: "alle.xlsx", municipality: "5099")
        #expect(statistics.decimals == 4)
        #expect(eksempelvik.name == "Eksempelvik" && eksempelvik.number == "5099")
        #expect(StatisticsSamples.figures(eksempelvik, 2009) == Self.national2009)
        #expect(StatisticsSamples.figures(eksempelvik, 2024) == Self.national2024)
        #expect(
            statistics.municipalities.map(\.shownName) == [
                "Eksempelvik (5099)", "Prøvdal (5098)", "Testøy (1899)", "Demoby (0399)",
            ])
    }

    /// The README's municipality totals (full precision). A total here is the sum of its sectors as kept, to four
    /// decimals each, so it may differ from the README's sum of the unrounded rows in the fourth decimal (Demoby
    /// 2009: 100 551.1411 against 100 551.1410); it agrees to 0.001 t.
    @Test("The national file: every municipality's totals, Demoby chosen as 399, \"0399\" or by name")
    func totals() throws {
        let expected: [(String, [Int: Double])] = [
            ("5099", [2009: 31358.0781, 2019: 30192.6242, 2024: 27565.4194]),
            ("5098", [2009: 8707.0777, 2019: 7267.8162, 2024: 6892.4467]),
            ("1899", [2009: 19746.1984, 2019: 16214.8350, 2024: 14741.3301]),
            ("0399", [2009: 100551.1410, 2019: 95691.6977, 2024: 90942.7218]),
        ]
        let workbook = try EmissionStatistics.workbook(at: StatisticsSamples.nationalXLSX, shownAs: "alle.xlsx")
        for (number, totals) in expected {
            let municipality = try EmissionStatistics.read(workbook, file: "alle.xlsx", municipality: number)
                .municipality
            for (year, total) in totals {
                let read = try #require(municipality.total(year, decimals: 4))
                #expect(abs(read - total) < 0.001, "\(number) \(year): \(read)")
            }
        }
        for given in ["399", "0399", "Demoby", "Demoby kommune"] {
            let demoby = try EmissionStatistics.read(workbook, file: "alle.xlsx", municipality: given).municipality
            #expect(demoby.number == "0399" && demoby.name == "Demoby", "\(given)")
        }
    }

    @Test("A file that is no workbook is refused in the xlsx reader's words")
    func notAWorkbook() throws {
        let folder = TemporaryFolders.url("stats")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fake = folder.appendingPathComponent("utslipp.xlsx")
        try Data("År;Sektor\n".utf8).write(to: fake)
        let expected = LoadError.statisticsWorkbook(
            file: "utslipp.xlsx",
            detail:
                "not an xlsx workbook (an xlsx file is a zip archive, and this is none); save it from Excel as \"Excel Workbook (.xlsx)\", or as CSV"
        )
        #expect(throws: LoadFailure(errors: [expected])) {
            try EmissionStatistics.read(contentsOf: fake, shownAs: "utslipp.xlsx", municipality: nil)
        }
        #expect(
            expected.description
                == "utslipp.xlsx: not an xlsx workbook (an xlsx file is a zip archive, and this is none); save it from Excel as \"Excel Workbook (.xlsx)\", or as CSV"
        )
    }
}
