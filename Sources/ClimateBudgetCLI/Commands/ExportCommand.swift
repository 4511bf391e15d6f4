import ClimateBudget
import ClimateBudgetFiles
import Foundation

/// `climate-budget export`: the measures as a spreadsheet.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Write the measures as a spreadsheet (CSV): one row per measure, one column per period year.",
        discussion: """
            Columns: id, kind, sector, title, implementers (separated by ";"), reporter, then one per period year,
            and last "exported (do not edit)": what each row held when it was exported, so that 'import' can tell
            an edit in the sheet from a change made in the files since and never turns a newer value back.
            --excel writes what Norwegian Excel opens directly: semicolons, decimal comma, UTF-8 with BOM, CRLF.
            Edit the sheet and read it back with 'climate-budget import'.

            EXAMPLES:
              climate-budget export --excel --output tiltak.csv
              climate-budget export > measures.csv
            """,
        options: [CommonOptions.budget, format, excel, output, force])

    static let format: Option<MeasureSheet.Format> = .format(help: "The sheet's format.", default: .csv)
    static let excel = Flag(
        "excel", help: "Semicolons, decimal comma, UTF-8 with BOM and CRLF, as Norwegian Excel expects.")
    static let output: Option<String?> = .value(
        "output", "FILE", help: "The file to write; standard output when not given.")
    static let force = Flag("force", help: "Replace the output file if it exists.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        if arguments[Self.force] && arguments[Self.output] == nil {
            throw UsageError.needsOption(
                "output",
                because: "--force replaces an output file, and without --output the sheet goes to standard output")
        }
        let budget = try context.loadBudget(arguments)
        let sheet = MeasureSheet.export(budget, style: arguments[Self.excel] ? .excel : .plain)
        guard let output = arguments[Self.output] else {
            context.output(sheet)
            return .success
        }
        try AtomicFile.write(
            [AtomicFile.Write(url: context.resolve(output), shownPath: output, data: Data(sheet.utf8))],
            overwrite: arguments[Self.force])
        context.output("Wrote \(output) (\(budget.measures.count) measures).\n")
        return .success
    }
}
