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
