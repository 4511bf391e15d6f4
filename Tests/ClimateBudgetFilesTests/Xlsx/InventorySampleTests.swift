import Foundation
import Testing

@testable import ClimateBudgetFiles

/// The sample inventories in `../shared/inventory/` beside the package (made up, in the layouts of
/// Miljødirektoratet's downloads; their README gives the figures they hold).
enum InventorySample {
    static let folder = FixtureBudget.packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/inventory")
    static let national = folder.appendingPathComponent("utslipp-eksempel-alle-kommuner.xlsx")
    static let export = folder.appendingPathComponent("utslipp-eksempel-Eksempelvik.xlsx")
    static let exportCSV = folder.appendingPathComponent("utslipp-eksempel-Eksempelvik.csv")
    static let present = [national, export, exportCSV].allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
}

@Suite(
    "Reading the sample inventories",
    .enabled(if: InventorySample.present, "the sample inventories are not in ../shared/inventory/ beside the package"))
struct InventorySampleTests {
    @Test("The national file: its one sheet, header, first and last rows, row count and a municipality's total")
    func national() throws {
        let workbook = try XlsxWorkbook(url: InventorySample.national)
        #expect(workbook.sheetNames == ["Oversikt - detaljert"])
        let rows = try workbook.allRows(ofSheet: "Oversikt - detaljert")
        // The sheet's dimension is A1:H5049: a header and 5,048 rows, none missing.
        #expect(rows.count == 5_049)
        #expect(rows.map(\.number) == Array(1...5_049))
        #expect(
            rows[0].cells.map(\.value) == [
                .text("Fylke"), .text("Kommunenummer"), .text("Kommune"), .text("År"), .text("Sektor"),
                .text("Utslippskilde"), .text("Klimagass"), .text("Utslipp (tonn CO2-ekvivalenter)"),
            ])
        // The source name ends in Excel's escaped carriage return, _x000D_, which the reader decodes.
        #expect(
            rows[1]
                == sheetRow(
                    2,
                    [
                        (1, .text("Trøndelag")), (2, .number(5_099)), (3, .text("Eksempelvik")), (4, .number(2_009)),
                        (5, .text("Annen mobil forbrenning")), (6, .text("Andre næringer\r")), (7, .text("CO2")),
                        (8, .number(17.66142837173263)),
                    ]))
        // Oslo's number 0301 comes as the number 399 for the made-up Demoby.
        #expect(
            rows[5_048]
                == sheetRow(
                    5_049,
                    [
                        (1, .text("Oslo")), (2, .number(399)), (3, .text("Demoby")), (4, .number(2_024)),
                        (5, .text("Veitrafikk")), (6, .text("Varebiler")), (7, .text("N2O")),
                        (8, .number(441.2174622962287)),
                    ]))
        // The samples' README: Eksempelvik (5099) emitted 31358.0781 t CO2e in 2009, all sectors and gases.
        let total = rows.dropFirst()
            .filter { $0.cell(2)?.value == .number(5_099) && $0.cell(4)?.value == .number(2_009) }
            .compactMap { row -> Double? in
                guard case .number(let tonnes) = row.cell(8)?.value else { return nil }
                return tonnes
            }
            .reduce(0, +)
        #expect((total * 10_000).rounded() == 313_580_781)
    }

    @Test("The one-municipality export: its sheets in order, its detailed sheet and the name in Info")
    func export() throws {
        let workbook = try XlsxWorkbook(url: InventorySample.export)
        #expect(
            workbook.sheetNames == [
                "Info", "Oversikt", "Oversikt - detaljert", "Annen mobil forbrenning", "Avfall og avløp",
                "Energiforsyning", "Industri, olje og gass", "Jordbruk", "Luftfart", "Oppvarming",
                "produkter med fluorgasser", "Sjøfart", "Veitrafikk", "Tilleggsinfo", "Tilleggsinfo - Liste",
            ])
        #expect(
            try workbook.allRows(ofSheet: "Info")[1]
                == sheetRow(2, [(1, .text("Datasett:")), (2, .text("Eksempelvik"))]))
        let rows = try workbook.allRows(ofSheet: "Oversikt - detaljert")
        #expect(rows.count == 1_263)
        #expect(
            rows[0].cells.map(\.value) == [
                .text("År"), .text("Sektor"), .text("Utslippskilde"), .text("Klimagass"),
                .text("Utslipp (tonn CO₂-ekvivalenter)"),
            ])
        // The source name ends in a literal line break, kept by xml:space="preserve".
        #expect(
            rows[1]
                == sheetRow(
                    2,
                    [
                        (1, .number(2_009)), (2, .text("Annen mobil forbrenning")), (3, .text("Andre næringer\n")),
                        (4, .text("CO2")), (5, .number(17.7)),
                    ]))
        #expect(
            rows[1_262]
                == sheetRow(
                    1_263,
                    [
                        (1, .number(2_024)), (2, .text("Veitrafikk")), (3, .text("Varebiler")), (4, .text("N2O")),
                        (5, .number(104.6)),
                    ]))
    }

    @Test("The export saved as CSV by Norwegian Excel holds the same cells as the export's detailed sheet")
    func csvMatchesSheet() throws {
        let rows = try XlsxWorkbook(url: InventorySample.export).allRows(ofSheet: "Oversikt - detaljert")
        let document = try CSV.parse(try String(contentsOf: InventorySample.exportCSV, encoding: .utf8))
        #expect(document.delimiter == ";")
        #expect(document.records.count == rows.count)
        for (record, row) in zip(document.records, rows) {
            #expect(record.fields.count == row.cells.count, "row \(row.number)")
            for (field, cell) in zip(record.fields, row.cells) {
                switch cell.value {
                case .number(let number):
                    // Decimal comma in the CSV: 17,7 is the sheet's 17.7.
                    #expect(Double(field.value.replacingOccurrences(of: ",", with: ".")) == number, "row \(row.number)")
                case .text(let text):
                    #expect(field.value == text.trimmingCharacters(in: .whitespacesAndNewlines), "row \(row.number)")
                case .bool, .date, .error:
                    Issue.record("no truth values, dates or error values in the sample, row \(row.number)")
                }
            }
        }
    }
}
