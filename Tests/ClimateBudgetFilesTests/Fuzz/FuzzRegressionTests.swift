import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// The inputs the fuzzers (Tests/Fuzz) found a problem with, kept under `Tests/Fixtures/fuzz/<entry point>/` and fed
/// to the same function as the entry point (``FuzzTargets``): each must return or throw the expected error.
@Suite struct FuzzRegressionTests {
    /// The folder of the kept inputs of one entry point.
    static func input(_ entry: String, _ name: String) throws -> [UInt8] {
        [UInt8](
            try Data(
                contentsOf: FixtureBudget.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(entry)/\(name)")))
    }

    /// Every kept input has a test here: a file added to the folders without one fails this.
    @Test func everyKeptInputIsTested() throws {
        let folder = FixtureBudget.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")
        var kept: [String] = []
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            for name in try FileManager.default.contentsOfDirectory(
                atPath: folder.appendingPathComponent(entry).path
            ).sorted() {
                kept.append("\(entry)/\(name)")
            }
        }
        #expect(kept == ["xlsx/leak-not-xml-relationships"])
    }

    /// Not a zip and not XML: the structured input makes a zip whose `_rels/.rels` is this CSV text. Each
    /// XMLReader leaked its buffers (66 560 bytes) in the optimised build, whatever the input, until a class owned them;
    /// see the README.
    @Test func textThatIsNotXMLAsTheRelationships() throws {
        let result = FuzzTargets.xlsx(try Self.input("xlsx", "leak-not-xml-relationships"))
        #expect(
            result
                == .failure(
                    .malformedXML(
                        file: "fuzz.xlsx", part: "_rels/.rels", line: 1, column: 1,
                        detail: "text before the root element")))
    }

    /// The harness itself: the Trondheim budget's files, joined as the budget entry point's input, load without
    /// a problem, so the fuzzer starts from a budget that loads.
    @Test func theBudgetInputOfTheTrondheimFixtureLoads() throws {
        let folder = FixtureBudget.trondheim
        var parts: [[UInt8]] = try FuzzTargets.budgetFiles.map { file in
            let url = folder.appendingPathComponent(file)
            return FileManager.default.fileExists(atPath: url.path) ? [UInt8](try Data(contentsOf: url)) : []
        }
        let measures = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("Measures").path
        ).sorted()
        for name in measures {
            parts.append([UInt8](try Data(contentsOf: folder.appendingPathComponent("Measures/\(name)"))))
        }
        let result = FuzzTargets.budget(Array(parts.joined(separator: [0])))
        #expect(result.partial.errors == [])
        #expect(result.partial.budget?.measures.count == 37)
    }

    /// The harness's zip: the parts of a small workbook, stored, read back as a workbook with one sheet.
    @Test func theStructuredXlsxInputIsAWorkbook() {
        let parts = [
            #"<Relationships><Relationship Id="r1" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
            #"<workbook><sheets><sheet name="A" r:id="r1"/></sheets></workbook>"#,
            #"<Relationships><Relationship Id="r1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
            "",
            #"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#,
        ]
        let input = Array(parts.map { Array($0.utf8) }.joined(separator: [0]))
        #expect(FuzzTargets.xlsx(input) == .success(["A": 1]))
    }
}
