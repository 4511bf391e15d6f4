import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget import FILE.csv`: reads an edited spreadsheet back into `Measures/`.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Read an edited measures spreadsheet back: show what would change, and with --write update Measures/.",
        discussion: """
            Reads what 'export' writes, as Excel saves it again: comma or semicolon, either decimal mark, with or
            without BOM, CRLF, quoted cells with line breaks. Rows are matched to measures by id; a new id adds a
            measure. Only the sheet's columns change; descriptions, goals and status reports stay. Measures not
            in the sheet are left as they are. Nothing is written without --write, and nothing at all if any
            cell is bad. The files are written all or none.

            EXAMPLES:
              climate-budget import tiltak.csv
              climate-budget import tiltak.csv --write
            """,
        arguments: [ArgumentSpec("FILE", help: "The spreadsheet, saved as CSV.")],
        options: [
            CommonOptions.budget,
            .flag("write", help: "Write the changes to Measures/ (without it, only show them)."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let path = arguments.argument("FILE") ?? ""
        let budget = try context.loadBudget(arguments)
        let url = context.resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LoadFailure(errors: [.unreadableFile(file: path, reason: "file not found")])
        }
        if isDirectory.boolValue {
            throw UsageError.invalidArgument("FILE", value: path, expected: "a spreadsheet file such as tiltak.csv, not a folder")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LoadFailure(errors: [.unreadableFile(file: path, reason: "the file could not be read")])
        }
        guard let text = String(data: data, encoding: .utf8) else { throw LoadFailure(errors: [.notUTF8(file: path)]) }
        let result = try MeasureSheet.read(text, file: path, budget: budget)

        // The import must not bring new errors into the budget: then nothing is written.
        let before = Set(Validator.validate(budget).map(\.description))
        let newFindings = Validator.validate(result.budget).filter { !before.contains($0.description) }
        let newErrors = newFindings.filter { $0.severity == .error }
        let blocking = Validator.findingsAffectingFigures(in: Validator.validate(budget) + newFindings)
        context.output(DiffReport.render(BudgetDiff.compare(budget, result.budget, figuresWithheld: !blocking.isEmpty), format: .text))
        if !result.notInSheet.isEmpty {
            context.output("Not in the sheet, left as they are: \(result.notInSheet.map(String.init).joined(separator: ", ")).\n")
        }
        for finding in newFindings where finding.severity == .warning { context.errorOutput("note: after the import: \(finding)\n") }
        if !newErrors.isEmpty {
            for finding in newErrors { context.errorOutput("error: after the import: \(finding)\n") }
            context.errorOutput("The sheet would bring \(newErrors.count) new error(s) into the budget, so nothing is written. Correct the sheet and import it again.\n")
            return .dataErrors
        }

        let folder = context.budgetFolder(arguments)
        let writes = result.changed.map { write($0, folder: folder, budget: budget, replacing: true) }
            + result.added.map { write($0, folder: folder, budget: budget, replacing: false) }
        for write in writes where write.replacing == false && FileManager.default.fileExists(atPath: write.url.path) {
            throw LoadFailure(errors: [.invalidValue(
                file: write.shownPath, measure: nil, field: "file name", value: write.url.lastPathComponent,
                expected: "a free file name for the new measure; a file of that name exists already, so rename or remove it first")])
        }
        guard !writes.isEmpty else { return .success }
        guard arguments.flag("write") else {
            context.output("Nothing written; run again with --write to update \(writes.count) file(s): \(writes.map(\.shownPath).joined(separator: ", ")).\n")
            return .success
        }
        try AtomicFile.write(writes, overwrite: false)
        context.output("Wrote \(writes.map(\.shownPath).joined(separator: ", ")).\n")
        return .success
    }

    private static func write(_ measure: Measure, folder: URL, budget: Budget, replacing: Bool) -> AtomicFile.Write {
        let shown = budget.files.measures
        let relative = BudgetLoader.files.measures + String(measure.file.dropFirst(shown.count))
        return AtomicFile.Write(
            url: folder.appendingPathComponent(relative), shownPath: measure.file,
            data: Data(MeasureFileWriter.render(measure).utf8), replacing: replacing)
    }
}
