import ClimateBudget

/// The catalogue of every problem the tool can report: the files that do not load, then the validation rules.
///
/// `climate-budget rules` and the README's reference are generated from it, so a new problem is documented
/// where it is defined: a load problem in ``LoadError/catalogue``, a rule in its own file.
public enum ProblemCatalogue {
    /// Every problem, load problems first, each code once.
    public static var all: [ProblemDescription] {
        LoadError.catalogue + Validator.rules.map { ProblemDescription(rule: $0) }
    }

    /// The problem with the given code, if the catalogue has it.
    public static func problem(code: String) -> ProblemDescription? {
        all.first { $0.code == code }
    }
}

extension LoadError {
    /// One example of every kind of load problem, as the catalogue shows it.
    static let examples: [LoadError] = [
        .noSuchFolder(path: "../klimabudsjet-2023"),
        .notABudgetFolder(path: "klimabudsjett"),
        .insideBudgetFolder(path: "Data", parent: ".."),
        .missingFolder(path: "Measures/"),
        .emptyFolder(path: "Measures/"),
        .unexpectedFolder(path: "Measures/arkiv/"),
        .missingFile(file: "Data/sectors.json"),
        .unreadableFile(file: "Data/actors.json", reason: "permission denied"),
        .emptyFile(file: "Data/goals.json"),
        .notJSON(file: "Measures/notater.txt"),
        .notUTF8(file: "Data/reference.csv"),
        .malformedJSON(file: "Measures/02-sykkelstrategi.json", line: 4, column: 3, detail: "invalid value"),
        .duplicateKey(file: "Measures/01-fossilfri-buss.json", line: 14, column: 3, key: "effect"),
        .wrongType(
            file: "Measures/01-fossilfri-buss.json", measure: 1, field: "effect.2023", expected: "a number of tonnes",
            found: "the text \"60 t\""),
        .missingField(
            file: "Measures/02-sykkelstrategi.json", measure: 2, field: "responsibility.printed",
            expected: "a text in quotes"),
        .invalidValue(
            file: "Measures/02-sykkelstrategi.json", measure: 2, field: "kind", value: "unquantifed",
            expected: "one of \"quantified\", \"unquantified\", \"otherGoals\", \"enabling\""),
        .malformedCSV(file: "Data/reference.csv", line: 3, column: 9, detail: "a quote is not closed"),
        .invalidCell(
            file: "Data/reference.csv", line: 4, column: 6, header: "total", value: "430 613 t",
            expected: "a number of tonnes, zero or more, such as 524491"),
        .sheetHeader(
            file: "tiltak.csv", column: "G",
            detail:
                "unknown column \"2O23\". Restore the heading as 'export' wrote it: the import reads the headings, and they stay in English. "
                + "The sheet's columns are id, kind, sector, title, implementers, reporter, years such as 2022 and \"exported (do not edit)\"; "
                + "a column of your own belongs on another sheet"
        ),
        .sheetCell(
            file: "tiltak.csv", row: 4, column: "G", header: "2023", value: "15 500 t",
            expected: "a number of tonnes such as 1500 or 1500,5 (a decimal comma, no point)"),
        .sheetRow(
            file: "tiltak.csv", row: 5, column: "F", detail: "the row ends here, but the sheet has 11 columns (A to K)"),
        .sheetWorkbook(
            file: "tiltak.xlsx",
            detail:
                "not an xlsx workbook (an xlsx file is a zip archive, and this is none); save it from Excel as \"Excel Workbook (.xlsx)\", or as CSV"
        ),
        .statisticsSheetMissing(file: "utslipp.xlsx", sheets: ["Ark1", "Ark2"]),
        .statisticsColumnMissing(
            file: "utslipp.xlsx", sheet: "Oversikt - detaljert", row: 1, column: "Sektor",
            found: ["År", "Utslippskilde", "Klimagass", "Utslipp (tonn CO₂-ekvivalenter)"]),
        .statisticsCell(
            file: "utslipp.xlsx", sheet: "Oversikt - detaljert", row: 12, column: "H",
            header: "Utslipp (tonn CO2-ekvivalenter)", value: "n/a",
            expected: "a number of tonnes such as 17,7 (write 0 for no emissions)"),
        .statisticsUnknownSector(
            file: "utslipp.xlsx", sheet: "Oversikt - detaljert", row: 40, column: "E", value: "Veitrafik",
            suggestion: "Veitrafikk"),
        .statisticsDuplicateRow(
            file: "utslipp.xlsx", sheet: "Oversikt - detaljert", row: 9, column: "H", first: 8,
            what: "Eksempelvik 5099, 2024, Veitrafikk, Personbiler, CO2"),
        .statisticsMissingYears(
            file: "utslipp.xlsx", sheet: "Oversikt - detaljert", column: "D", municipality: "Eksempelvik (5099)",
            sector: "Jordbruk", years: [2019, 2020]),
        .statisticsMunicipalityNotFound(
            file: "utslipp.xlsx", sheet: "Oversikt - detaljert", row: nil, column: "C", given: "Eksempelvk",
            suggestion: "Eksempelvik (5099)", inFile: [], count: 356),
        .statisticsMunicipalityNeeded(
            file: "utslipp.xlsx", given: nil, candidates: ["Eksempelvik (5099)", "Prøvdal (5098)"]),
        .statisticsNoRows(file: "utslipp.xlsx", sheet: "Oversikt - detaljert", row: 1),
        .statisticsWorkbook(
            file: "utslipp.xlsx",
            detail:
                "not an xlsx workbook (an xlsx file is a zip archive, and this is none); save it from Excel as \"Excel Workbook (.xlsx)\", or as CSV"
        ),
    ]

    /// The catalogue entry of every kind of load problem, with its example message.
    public static var catalogue: [ProblemDescription] {
        examples.map { example in
            let (title, description) = example.catalogueText
            if example.code.hasPrefix("statistics-") {
                return ProblemDescription(
                    statistics: example.code, title: title, description: description, example: example.description)
            }
            return ProblemDescription(
                load: example.code, title: title, description: description, example: example.description)
        }
    }

    /// The title and description of this kind of problem; the switch is exhaustive, so a new kind cannot be
    /// left out of the catalogue's words (a test checks that ``examples`` has one of each code).
    var catalogueText: (title: String, description: String) {
        switch self {
        case .noSuchFolder:
            ("The budget folder does not exist", "The folder given as the budget does not exist.")
        case .notABudgetFolder:
            ("Not a budget folder", "The folder given as the budget holds neither Data/ nor Measures/.")
        case .insideBudgetFolder:
            (
                "Inside a budget folder",
                "The folder is a budget's Data/ or Measures/ (or another folder inside one): the budget is the folder above."
            )
        case .missingFolder:
            ("A budget folder is missing", "A budget folder holds both Data/ and Measures/; one of them is not there.")
        case .emptyFolder:
            ("No measure files", "Measures/ holds no measure files; a budget has at least one measure.")
        case .unexpectedFolder:
            ("A folder among the measures", "Measure files lie directly in Measures/; a folder inside it is not read.")
        case .missingFile:
            (
                "A data file is missing",
                "A data file every budget needs (budget.json, sectors.json, actors.json, goals.json, reference.csv) is not there."
            )
        case .unreadableFile:
            ("A file cannot be read", "The system refused to read the file, for instance for lack of permission.")
        case .emptyFile:
            ("An empty file", "The file holds nothing at all.")
        case .notJSON:
            ("Not a measure file", "A file in Measures/ is not a JSON text file ending in .json.")
        case .notUTF8:
            ("Not UTF-8 text", "The file is not saved as UTF-8 text, the only encoding the tool reads.")
        case .malformedJSON:
            (
                "The JSON is malformed",
                "A JSON file has a syntax error (a missing comma, quote or bracket) at a line and column."
            )
        case .duplicateKey:
            (
                "A field appears twice",
                "A JSON object names the same field twice; only one would be kept, so the tool refuses to guess which."
            )
        case .wrongType:
            (
                "A value of the wrong type",
                "A field holds a value of the wrong type, such as text where tonnes are expected."
            )
        case .missingField:
            ("A required field is missing", "A field every file of its kind must have is absent.")
        case .invalidValue:
            (
                "A value that is not allowed",
                "A field has the right type but a value that is not allowed, such as an unknown kind, or a field name that is misspelt."
            )
        case .malformedCSV:
            (
                "The CSV is malformed",
                "A CSV file has a structural error, such as an unclosed quote or a row with too many cells."
            )
        case .invalidCell:
            (
                "A cell cannot be read",
                "A CSV cell cannot be read as what its column holds, such as tonnes with a unit after them."
            )
        case .sheetHeader:
            (
                "A sheet's heading is wrong",
                "An imported sheet has an unknown, repeated or missing column heading, at its column letter."
            )
        case .sheetCell:
            (
                "A sheet's cell cannot be read",
                "A cell of an imported sheet cannot be read, at its row and column letter as the spreadsheet shows them (in a workbook also its sheet and cell, such as sheet \"Tiltak\", cell G4): tonnes with a unit after them, or a date, a truth value or a formula's error value where tonnes belong."
            )
        case .sheetRow:
            (
                "A sheet's row has too few cells",
                "A row of an imported sheet has fewer cells than the sheet has columns, so its values may be in the wrong columns; "
                    + "or its record cell (\"exported (do not edit)\") was changed; or a value read from it is one the budget does not "
                    + "accept (an unknown sector, a negative effect), named by its cell and measure."
            )
        case .sheetWorkbook:
            (
                "An imported workbook cannot be read",
                "A workbook given to import is not an xlsx file (an old .xls, or another file with the wrong name), is damaged, or has no worksheet."
            )
        case .statisticsSheetMissing:
            (
                "No sheet of emission statistics",
                "The workbook given to init or inventory has no sheet \"Oversikt - detaljert\", where both layouts of Miljødirektoratet's statistics keep the figures."
            )
        case .statisticsColumnMissing:
            (
                "A column of the statistics is missing",
                "The heading row of the statistics lacks a column its layout needs (År, Sektor, Utslippskilde, Klimagass, Utslipp; Kommunenummer and Kommune in the national file). Headings are matched loosely: letter case, spaces and CO2 or CO₂ do not matter."
            )
        case .statisticsCell:
            (
                "A cell of the statistics cannot be read",
                "A year, a figure or a municipality number in the statistics cannot be read, at its sheet, row and column letter."
            )
        case .statisticsUnknownSector:
            (
                "An unknown sector in the statistics",
                "A row names a sector the statistics do not have. Both names of the fluorgas sector (\"produkter med fluorgasser\" and \"Bruk av produkter med fluorgasser\") are one sector."
            )
        case .statisticsDuplicateRow:
            (
                "A repeated row in the statistics",
                "Two rows have the same municipality, year, sector, source and gas; summing both would count the tonnes twice."
            )
        case .statisticsMissingYears:
            (
                "Years missing from a sector",
                "A municipality's sector has no rows for years the file has for other sectors, so its history would have holes. Years the statistics lack altogether (2010, 2012, 2014) are not missing, and never filled in."
            )
        case .statisticsMunicipalityNotFound:
            (
                "The municipality is not in the statistics",
                "The municipality chosen by name or number is not in the file; the nearest name is suggested."
            )
        case .statisticsMunicipalityNeeded:
            (
                "Choose a municipality",
                "The file holds several municipalities and none was chosen, a name matches more than one, or a one-municipality export saved as CSV does not say whose emissions it holds."
            )
        case .statisticsNoRows:
            ("No rows of emissions", "The statistics' sheet has a heading row but no rows of figures.")
        case .statisticsWorkbook:
            (
                "The workbook cannot be read",
                "The statistics file is not an xlsx workbook, or it is damaged: not a zip archive, cut short, a part missing or its XML malformed."
            )
        }
    }
}
