import ClimateBudget
import Foundation

@testable import ClimateBudgetFiles

/// The sample files of the emission statistics (`Tests/Fixtures/inventory/`, with the README that gives their
/// figures), and a workbook built of rows in a test.
enum StatisticsSamples {
    /// The folder of the samples.
    static let folder = FixtureBudget.packageRoot.appendingPathComponent("Tests/Fixtures/inventory")
    /// The one-municipality export's detailed sheet as Norwegian Excel saves it: `;`, decimal comma, BOM, CRLF.
    static let exportCSV = folder.appendingPathComponent("utslipp-eksempel-Eksempelvik.csv")
    /// The one-municipality export.
    static let exportXLSX = folder.appendingPathComponent("utslipp-eksempel-Eksempelvik.xlsx")
    /// The national file.
    static let nationalXLSX = folder.appendingPathComponent("utslipp-eksempel-alle-kommuner.xlsx")

    /// The sector figures of a municipality for a year, by published name.
    static func figures(_ municipality: MunicipalityEmissions, _ year: Int) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: municipality.sectors.map { ($0.name, $0.tonnes[year] ?? -1) })
    }

    /// Eksempelvik per sector in the one-municipality export (the sum of its 0.1 t rows), by year, as the samples'
    /// README gives them.
    static let exportFigures: [Int: [String: Double]] = [
        2009: [
            "Annen mobil forbrenning": 574.5, "Avfall og avløp": 4282.9, "Energiforsyning": 1391.5,
            "Industri, olje og gass": 6355.8, "Jordbruk": 2656.9, "Luftfart": 0, "Oppvarming": 5405.5,
            "produkter med fluorgasser": 0, "Sjøfart": 537.5, "Veitrafikk": 10153.9,
        ],
        2024: [
            "Annen mobil forbrenning": 478.5, "Avfall og avløp": 3687.6, "Energiforsyning": 1095.1,
            "Industri, olje og gass": 4826.7, "Jordbruk": 2326.0, "Luftfart": 4157.0, "Oppvarming": 647.6,
            "produkter med fluorgasser": 1328.1, "Sjøfart": 479.1, "Veitrafikk": 8539.9,
        ],
    ]
}

/// A workbook of sheets built in a test, row by row.
struct RowsWorkbook: StatisticsWorkbook {
    var sheets: [(name: String, rows: [SheetRow])]
    var textNumbers: TextNumbers = .either

    var sheetNames: [String] { sheets.map(\.name) }

    func rows(ofSheet name: String, _ visit: (SheetRow) -> Void) throws(LoadError) {
        for row in sheets.first(where: { $0.name == name })?.rows ?? [] { visit(row) }
    }

    /// Rows numbered from 1, each from its values in columns A, B, ...; `nil` leaves a cell out.
    static func rows(_ values: [[SheetValue?]]) -> [SheetRow] {
        values.enumerated().map { index, row in
            SheetRow(
                number: index + 1,
                cells: row.enumerated().compactMap { column, value in
                    value.map { SheetCell(column: column + 1, value: $0) }
                })
        }
    }
}
