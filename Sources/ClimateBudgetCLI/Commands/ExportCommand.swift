import ClimateBudget
import ClimateBudgetFiles
import Foundation

/// `climate-budget export`: the measures as a spreadsheet, CSV or an xlsx workbook.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        abstract:
            "Write the measures as a spreadsheet (CSV, or an Excel workbook): one row per measure, one column per period year.",
        discussion: """
            Columns: id, kind, sector, title, implementers (separated by ";"), reporter, then one per period year,
            and last "exported (do not edit)": what each row held when it was exported, so that 'import' can tell
            an edit in the sheet from a change made in the files since and never turns a newer value back.
            --excel writes CSV that Norwegian Excel opens directly: semicolons, decimal comma, UTF-8 with BOM, CRLF.
            --xlsx (or --format xlsx, or an --output name ending in .xlsx) writes an Excel workbook instead: the same columns on the sheet "Tiltak"
            ("Measures" in English), ids and tonnes as number cells, the heading row kept in view, and a second
            sheet that explains every column in the budget's language. A workbook is a binary file, so it needs
            --output. Edit the sheet and read it back with 'climate-budget import'.

            EXAMPLES:
              climate-budget export --xlsx --output tiltak.xlsx
              climate-budget export --excel --output tiltak.csv
              climate-budget export > measures.csv
            """,
        options: [CommonOptions.budget, format, excel, xlsx, output, force])

    static let format: Option<MeasureSheet.Format> = .format(help: "The sheet's format.", default: .csv)
    static let excel = Flag(
        "excel", help: "CSV with semicolons, decimal comma, UTF-8 with BOM and CRLF, as Norwegian Excel expects.")
    static let xlsx = Flag(
        "xlsx", help: "An Excel workbook (.xlsx), the same as --format xlsx; needs --output.")
    static let output: Option<String?> = .value(
        "output", "FILE", help: "The file to write; standard output when not given (CSV only).")
    static let force = Flag("force", help: "Replace the output file if it exists.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        if arguments[Self.force] && arguments[Self.output] == nil {
            throw UsageError.needsOption(
                "output",
                because: "--force replaces an output file, and without --output the sheet goes to standard output")
        }
        let format = arguments.isGiven(Self.format) ? arguments[Self.format] : nil
        if arguments[Self.xlsx] && format == .csv {
            throw UsageError.conflictingOptions(
                "format csv", "xlsx", because: "--xlsx writes an Excel workbook, and --format csv asks for CSV")
        }
        // An output named .xlsx is a workbook unless CSV was asked for, and then it is refused: CSV under a
        // workbook's name would not open in Excel.
        let namedWorkbook = arguments[Self.output].map { $0.lowercased().hasSuffix(".xlsx") } ?? false
        if namedWorkbook && (format == .csv || (arguments[Self.excel] && !arguments[Self.xlsx] && format == nil)) {
            throw UsageError.invalidValue(
                option: "output", value: arguments[Self.output] ?? "",
                expected:
                    "a .csv name for CSV (\(format == .csv ? "--format csv" : "--excel") writes CSV, which Excel would not open under an .xlsx name); "
                    + "for a workbook, leave out \(format == .csv ? "--format csv" : "--excel")",
                suggestion: nil)
        }
        let workbook = arguments[Self.xlsx] || format == .xlsx || (namedWorkbook && format == nil)
        if workbook && arguments[Self.excel] {
            throw UsageError.conflictingOptions(
                "excel", arguments[Self.xlsx] ? "xlsx" : "format xlsx",
                because: "--excel chooses how CSV is written, and a workbook is no CSV")
        }
        guard let output = arguments[Self.output] else {
            if workbook {
                throw UsageError.needsOption(
                    "output",
                    because:
                        "an xlsx workbook is a binary file, which is never written to standard output or a terminal")
            }
            let budget = try context.loadBudget(arguments)
            context.output(MeasureSheet.export(budget, style: arguments[Self.excel] ? .excel : .plain))
            return .success
        }
        let budget = try context.loadBudget(arguments)
        let data: Data
        if workbook {
            do throws(XlsxError) {
                data = Data(try MeasureSheet.workbook(budget, file: output))
            } catch {
                context.errorOutput("error: \(error)\n")
                return .usageOrInputOutput
            }
        } else {
            data = Data(MeasureSheet.export(budget, style: arguments[Self.excel] ? .excel : .plain).utf8)
        }
        try AtomicFile.write(
            [AtomicFile.Write(url: context.resolve(output), shownPath: output, data: data)],
            overwrite: arguments[Self.force])
        context.output("Wrote \(output) (\(budget.measures.count) measures).\n")
        return .success
    }
}
