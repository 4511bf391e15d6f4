import ClimateBudget
import Foundation

extension MeasureSheet {
    /// The measures as an xlsx workbook: the sheet of measures with the same columns as the CSV sheet (ids and
    /// effects as number cells, the rest as text, the heading row frozen and bold, columns wide enough to read),
    /// and a second sheet that explains every column in the budget's language.
    /// - Parameters:
    ///   - budget: The budget whose measures are exported.
    ///   - file: The file as messages name it.
    package static func workbook(_ budget: Budget, file: String) throws(XlsxError) -> [UInt8] {
        let language = SheetLanguage(budget.settings.language)
        let years = budget.settings.period.years
        let header = (columns + years.map(String.init) + [recordColumn]).map(XlsxWriter.Cell.text)
        let rows = budget.measures.sorted { $0.id < $1.id }.map { measure -> [XlsxWriter.Cell] in
            let texts = [
                measure.kind.rawValue, measure.sector ?? "", measure.title,
                implementersCell(measure.responsibility.implementers), measure.responsibility.reporter ?? "",
            ]
            // Effects are written as the CSV sheet writes them (6 decimals at most), so that a cell left alone
            // reads back as its export record says.
            let effects = years.map { year -> XlsxWriter.Cell in
                guard let effect = measure.effect[year], let written = NumberText.parse(number(effect, style: .plain))
                else { return .empty }
                return .number(written)
            }
            return [.number(Double(measure.id))] + texts.map { $0.isEmpty ? .empty : .text($0) } + effects
                + [.text(ExportRecord(measure, years: years).cell)]
        }
        var measures = XlsxWriter.Sheet(name: language.measuresSheet, rows: [header] + rows)
        // Characters: the id, the kind ("otherGoals"), a sector id, a title (long ones wrap in no cell; the
        // column shows their start), implementers, reporter, each year, and the record, kept narrow.
        measures.columnWidths = [6, 14, 24, 70, 22, 10] + years.map { _ in 10 } + [24]
        measures.textColumns = [1, 2, 3, 4, 5]
        // The record is long and for import only: cut off at its cell's edge, and not printed.
        measures.clippedColumns = [columns.count + years.count]
        measures.printedColumns = columns.count + years.count
        var guide = XlsxWriter.Sheet(name: language.guideSheet, rows: language.guide(years: years))
        guide.columnWidths = [24, 70, 70]
        guide.wrapText = true
        // A page of explanations reads upright; the measures' many columns go across the page.
        guide.landscape = false
        return try XlsxWriter.workbook([measures, guide], file: file)
    }

    /// Reads an edited sheet from a file: an xlsx workbook (by its zip signature, or a name ending in .xlsx or
    /// .xlsm) through the xlsx reader, anything else as CSV; both through the same reading of rows.
    /// - Parameters:
    ///   - url: The file.
    ///   - file: The file as messages name it.
    ///   - budget: The budget the sheet is read against.
    ///   - take: Which side wins a conflict, if said.
    public static func read(fileAt url: URL, file: String, budget: Budget, take: Side? = nil) throws(LoadFailure)
        -> Import
    {
        let data: Data
        switch FileDecoding.bytes(url, file: file) {
        case .success(let bytes): data = bytes
        case .failure(let error): throw LoadFailure(errors: [error])
        }
        let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let oldExcelSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]
        if data.starts(with: oldExcelSignature) {
            throw LoadFailure(errors: [
                .sheetWorkbook(
                    file: file,
                    detail:
                        "an Excel 97-2003 workbook (.xls), which the tool does not read; save it from Excel as \"Excel Workbook (.xlsx)\", or as CSV"
                )
            ])
        }
        if data.starts(with: zipSignature) || ["xlsx", "xlsm"].contains(url.pathExtension.lowercased()) {
            return try readWorkbook(at: url, file: file, budget: budget, take: take)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw LoadFailure(errors: [.notUTF8(file: file)]) }
        return try read(text, file: file, budget: budget, take: take)
    }

    /// Reads the sheet of measures of an xlsx workbook: the sheet named as export names it in any language
    /// ("Tiltak", "Measures"), or else the first worksheet.
    static func readWorkbook(at url: URL, file: String, budget: Budget, take: Side?) throws(LoadFailure) -> Import {
        let workbook: XlsxWorkbook
        do throws(XlsxError) {
            workbook = try XlsxWorkbook(url: url, shownAs: file)
        } catch {
            throw LoadFailure(errors: [error.loadError])
        }
        let worksheets = workbook.sheets.filter(\.isWorksheet).map(\.name)
        let known = Set(SheetLanguage.allCases.map { $0.measuresSheet.lowercased() })
        guard
            let sheet = worksheets.first(where: { known.contains($0.trimmingWhitespace().lowercased()) })
                ?? worksheets.first
        else {
            throw LoadFailure(errors: [
                .sheetWorkbook(
                    file: file,
                    detail:
                        "the workbook has no worksheet with cells; export the sheet again with climate-budget export --xlsx"
                )
            ])
        }
        let rows: [SheetRow]
        do throws(XlsxError) {
            rows = try workbook.allRows(ofSheet: sheet)
        } catch {
            throw LoadFailure(errors: [error.loadError])
        }
        let source = SheetSource(file: file, sheet: sheet, decimalComma: true, delimiter: nil)
        return try read(rows.map(ImportRow.init), source: source, budget: budget, take: take)
    }
}

extension XlsxError {
    /// The problem as a load problem of an imported workbook: a file that cannot be opened is unreadable, any
    /// other is the workbook's, in the xlsx reader's words.
    var loadError: LoadError {
        if case .unreadable(let file, let reason) = self { return .unreadableFile(file: file, reason: reason) }
        return .sheetWorkbook(file: file, detail: detailWithoutFile)
    }

    /// The description without the file name it starts with.
    var detailWithoutFile: String {
        var detail = description
        for prefix in [file + ": ", file + ", "] where detail.hasPrefix(prefix) {
            detail = String(detail.dropFirst(prefix.count))
        }
        return detail
    }
}

/// The language of the exported workbook's sheet names and explanations: the budget's (`nb`, `nn` or `en`).
enum SheetLanguage: String, CaseIterable {
    case nb, nn, en

    /// The budget's language; bokmål for a code the tool does not write.
    init(_ code: String) {
        self = SheetLanguage(rawValue: code) ?? .nb
    }

    /// The name of the sheet of measures, which import looks for.
    var measuresSheet: String {
        switch self {
        case .nb, .nn: "Tiltak"
        case .en: "Measures"
        }
    }

    /// The name of the sheet that explains the columns.
    var guideSheet: String {
        switch self {
        case .nb, .nn: "Forklaring"
        case .en: "Columns"
        }
    }

    /// The explanation: a heading row, then one row per column of the sheet of measures (its heading, what it
    /// holds, how import reads it), then how to read the sheet back.
    func guide(years: [Int]) -> [[XlsxWriter.Cell]] {
        let yearHeading = years.count > 1 ? "\(years[0]) … \(years[years.count - 1])" : years.map(String.init).joined()
        let headings = MeasureSheet.columns + [yearHeading, MeasureSheet.recordColumn]
        let texts = columnTexts
        var rows: [[XlsxWriter.Cell]] = [heading.map(XlsxWriter.Cell.text)]
        for (index, name) in headings.enumerated() {
            let letter: String
            if index < MeasureSheet.columns.count {
                letter = MeasureSheet.columnLetter(index)
            } else if index == MeasureSheet.columns.count {
                letter =
                    MeasureSheet.columnLetter(index) + "–" + MeasureSheet.columnLetter(index + max(years.count, 1) - 1)
            } else {
                letter = MeasureSheet.columnLetter(MeasureSheet.columns.count + years.count)
            }
            rows.append([.text("\(letter): \(name)"), .text(texts[index].holds), .text(texts[index].read)])
        }
        rows.append([])
        for note in notes { rows.append([.empty, .text(note)]) }
        return rows
    }

    /// The guide's heading row.
    var heading: [String] {
        switch self {
        case .nb: ["Kolonne", "Innhold", "Ved innlesing"]
        case .nn: ["Kolonne", "Innhald", "Ved innlesing"]
        case .en: ["Column", "What it holds", "When read back"]
        }
    }

    /// What each column holds and how import reads it: id, kind, sector, title, implementers, reporter, the
    /// years, the export record.
    var columnTexts: [(holds: String, read: String)] {
        switch self {
        case .nb:
            [
                ("Tiltakets nummer.", "Knytter raden til filen i Measures/. Et nytt nummer legger til et tiltak."),
                (
                    "Typen tiltak: quantified (kvantifisert), unquantified (ikke kvantifisert), otherGoals (andre klimamål) eller enabling (omstilling).",
                    "Skriv en av de fire verdiene nøyaktig slik."
                ),
                (
                    "Sektoren tiltaket virker i, som id (for eksempel veitrafikk); tom for ingen.",
                    "Tom celle: ingen sektor."
                ),
                ("Tiltakets tittel.", "Kan ikke være tom."),
                (
                    "Hvem som gjennomfører tiltaket (gjennomføringsansvar), skilt med semikolon.",
                    "Semikolon eller komma skiller navnene."
                ),
                (
                    "Det kommunale tjenesteområdet som rapporterer på tiltaket (rapporteringsansvar); tom for ingen.",
                    "Ett tjenesteområde, aldri en ekstern aktør eller en gruppe."
                ),
                (
                    "Beregnet utslippskutt i tonn CO2-ekvivalenter det året, som tall.",
                    "Tom celle: ikke noe tall for året; skriv 0 for ingen effekt. Tall skrevet som tekst leses med desimalkomma (1 234,5). En dato er ikke et tall."
                ),
                (
                    "Hva raden inneholdt da den ble eksportert. Ikke endre cellen.",
                    "Viser om filene er endret siden eksporten (konflikter). Tøm cellen for å lese inn raden uten den kontrollen."
                ),
            ]
        case .nn:
            [
                ("Nummeret til tiltaket.", "Knyter rada til fila i Measures/. Eit nytt nummer legg til eit tiltak."),
                (
                    "Typen tiltak: quantified (kvantifisert), unquantified (ikkje kvantifisert), otherGoals (andre klimamål) eller enabling (omstilling).",
                    "Skriv ein av dei fire verdiane nøyaktig slik."
                ),
                (
                    "Sektoren tiltaket verkar i, som id (til dømes veitrafikk); tom for ingen.",
                    "Tom celle: ingen sektor."
                ),
                ("Tittelen på tiltaket.", "Kan ikkje vere tom."),
                (
                    "Kven som gjennomfører tiltaket (gjennomføringsansvar), skilde med semikolon.",
                    "Semikolon eller komma skil namna."
                ),
                (
                    "Det kommunale tenesteområdet som rapporterer på tiltaket (rapporteringsansvar); tom for ingen.",
                    "Eitt tenesteområde, aldri ein ekstern aktør eller ei gruppe."
                ),
                (
                    "Rekna utsleppskutt i tonn CO2-ekvivalentar det året, som tal.",
                    "Tom celle: ikkje noko tal for året; skriv 0 for ingen effekt. Tal skrivne som tekst blir lesne med desimalkomma (1 234,5). Ein dato er ikkje eit tal."
                ),
                (
                    "Kva rada innehaldt då ho vart eksportert. Ikkje endre cella.",
                    "Viser om filene er endra sidan eksporten (konfliktar). Tøm cella for å lese inn rada utan den kontrollen."
                ),
            ]
        case .en:
            [
                ("The measure's number.", "Matches the row to its file in Measures/. A new number adds a measure."),
                (
                    "The kind of measure: quantified, unquantified, otherGoals (serves other climate goals) or enabling (prepares the transition).",
                    "Write one of the four values exactly so."
                ),
                (
                    "The sector the measure works in, as its id (such as veitrafikk); empty for none.",
                    "An empty cell: no sector."
                ),
                ("The measure's title.", "Cannot be empty."),
                (
                    "Who carries the measure out (implementers), separated by semicolons.",
                    "A semicolon or a comma separates the names."
                ),
                (
                    "The municipal service area that reports on the measure (reporter); empty for none.",
                    "One service area, never an outside actor or a group."
                ),
                (
                    "The estimated cut in tonnes CO2-equivalent that year, as a number.",
                    "An empty cell: no figure for the year; write 0 for no effect. Numbers typed as text are read with a decimal comma (1 234,5). A date is no number."
                ),
                (
                    "What the row held when it was exported. Do not edit the cell.",
                    "Shows whether the files changed since the export (conflicts). Empty the cell to read the row without that check."
                ),
            ]
        }
    }

    /// How to read the sheet back, after the columns.
    var notes: [String] {
        switch self {
        case .nb:
            [
                "Kolonneoverskriftene på arket Tiltak er på engelsk fordi import leser dem; ikke endre dem.",
                "Vis endringene: climate-budget import tiltak.xlsx. Skriv dem: climate-budget import tiltak.xlsx --write.",
            ]
        case .nn:
            [
                "Kolonneoverskriftene på arket Tiltak er på engelsk fordi import les dei; ikkje endre dei.",
                "Vis endringane: climate-budget import tiltak.xlsx. Skriv dei: climate-budget import tiltak.xlsx --write.",
            ]
        case .en:
            [
                "The headings on the sheet Measures are read by import; do not change them.",
                "Show the changes: climate-budget import measures.xlsx. Write them: climate-budget import measures.xlsx --write.",
            ]
        }
    }
}
