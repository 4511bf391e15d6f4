import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget import FILE`: reads an edited spreadsheet (an xlsx workbook or CSV) back into `Measures/`.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract:
            "Read an edited measures spreadsheet back: show what would change, and with --write update Measures/.",
        discussion: """
            Reads what 'export' writes, as Excel or LibreOffice saves it again: an Excel workbook (.xlsx, found by
            its contents whatever its name) or CSV. From a workbook it reads the sheet "Tiltak" ("Measures"), or
            else the first sheet; ids and tonnes may be number cells or typed as text ("1 234,5"), but a date, a
            truth value or a formula's error where tonnes belong is a bad cell. CSV: comma or semicolon, either
            decimal mark, with or without BOM, CRLF, quoted cells with line breaks.

            Rows are matched to measures by id; a new id adds a measure. Only the sheet's columns change;
            descriptions, goals and status reports stay. Measures not in the sheet are left as they are. Nothing
            is written without --write, and nothing at all if any cell is bad: each is named by its row and
            column letter, in a workbook also by its sheet and cell (sheet "Tiltak", cell G7 (row 7, column G)).
            The files are written all or none.

            The sheet's last column records what each row held when it was exported. A value changed in the
            files since then and not in the sheet is kept, so an old sheet never turns newer values back. A value
            changed in both, to different values, is a conflict: nothing is written until --take says which side
            wins. A sheet without that column (from an older version) is read as before, with a warning.

            EXAMPLES:
              climate-budget import tiltak.xlsx
              climate-budget import tiltak.xlsx --write
              climate-budget import tiltak.csv --write --take sheet
            """,
        arguments: [file],
        options: [CommonOptions.budget, write, take])

    static let file = ArgumentSpec("FILE", help: "The spreadsheet: an Excel workbook (.xlsx) or CSV.")
    static let write = Flag("write", help: "Write the changes to Measures/ (without it, only show them).")
    static let take: Option<MeasureSheet.Side?> = .choice(
        "take", "SIDE",
        help: "Which side wins where a value was changed both in the files and in the sheet since the export.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let path = arguments[Self.file]
        let budget = try context.loadBudget(arguments)
        let url = context.resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LoadFailure(errors: [.unreadableFile(file: path, reason: "file not found")])
        }
        if isDirectory.boolValue {
            throw UsageError.invalidArgument(
                "FILE", value: path, expected: "a spreadsheet file such as tiltak.xlsx or tiltak.csv, not a folder")
        }
        let take = arguments[Self.take]
        let result = try MeasureSheet.read(fileAt: url, file: path, budget: budget, take: take)
        if !result.hasExportRecords {
            context.errorOutput(
                "warning: \(path): the sheet has no \"\(MeasureSheet.recordColumn)\" column: it comes from an older version of "
                    + "climate-budget, or the column was deleted. Changes made in the files since the export cannot be told from edits in "
                    + "the sheet, so every cell that differs from the files is imported. Check the changes below; to be safe, export the "
                    + "sheet again and make the edits in the new sheet.\n")
        }

        // The import must not bring new errors into the budget: then nothing is written.
        // A finding is the same one when the same rule finds it in the same file and measure, even where its
        // words change with the import (a missing reporter's list of candidates after the implementers changed).
        // A printed figure's finding is also told by its place in the file ("table.gap.2024"), since one slip
        // already in the record must not hide the figures the import moves.
        func key(_ finding: Finding) -> String {
            let place =
                finding.inputs.contains(.printedFigures)
                ? String(finding.message.prefix { $0 != ":" }) : ""
            return "\(finding.rule)\u{0}\(finding.measure.map(String.init) ?? "")\u{0}\(finding.file)\u{0}\(place)"
        }
        let before = Set(Validator.validate(budget).map(key))
        let newFindings = Validator.validate(result.budget).filter { !before.contains(key($0)) }
        // A figure recorded as printed describes the published budget: an edit that moves a figure away from it
        // is an error like any other, so nothing is written until the record is updated or removed on purpose.
        let printed = newFindings.filter { $0.severity == .error && $0.inputs.contains(.printedFigures) }
        let newErrors = newFindings.filter { $0.severity == .error }
        // The preview compares what each budget can support, year by year: after roll, the old budget lacks
        // the new year that the sheet fills in, and the other years are still compared.
        let withholding = (old: Withholding(validating: budget), new: Withholding(validating: result.budget))
        let diff = BudgetDiff.compare(budget, result.budget, withholding: withholding)
        // "No changes." would contradict the conflicts listed below.
        if !diff.isEmpty || result.conflicts.isEmpty {
            context.output(DiffReport.render(diff, format: .text))
        }
        if !result.notInSheet.isEmpty {
            context.output(
                "Not in the sheet, left as they are: \(result.notInSheet.map(String.init).joined(separator: ", ")).\n")
        }
        context.output(ImportReport.text(result, take: take))
        // A finding about a measure the sheet lists names the sheet's cell its value came from.
        func placed(_ finding: Finding) -> String {
            guard let id = finding.measure, let after = result.budget.measures.first(where: { $0.id == id }),
                let error = result.places.error(
                    for: finding, after: after, before: budget.measures.first { $0.id == id })
            else { return "\(finding)" }
            return "\(error)"
        }
        for finding in newFindings where finding.severity == .warning {
            context.errorOutput("note: after the import: \(placed(finding))\n")
        }
        let unsettled = take == nil && !result.conflicts.isEmpty
        if unsettled {
            context.errorOutput(
                "error: \(path): \(result.conflicts.count) value(s) were changed both in the files and in the sheet since the sheet "
                    + "was exported (listed above), so nothing is written. Say which side wins: import again with --take files to keep "
                    + "the files' values, or with --take sheet to take the sheet's.\n")
        }
        if !newErrors.isEmpty {
            // The sheet's cells first, then the printed figures they move.
            for finding in newErrors.filter({ !printed.contains($0) }) + printed {
                context.errorOutput("error: after the import: \(placed(finding))\n")
            }
            var advice =
                "The sheet would bring \(newErrors.count) new error(s) into the budget, so nothing is written. "
            if printed.count == newErrors.count {
                advice += "The sheet's figures differ from those recorded as printed in \(budget.files.printed)"
            } else {
                advice += "Correct the sheet and import it again."
                if !printed.isEmpty {
                    advice +=
                        " \(printed.count) of them: the sheet's figures differ from those recorded as printed in \(budget.files.printed)"
                }
            }
            if !printed.isEmpty {
                advice +=
                    " (the published budget\(budget.printed.source.map { ", \($0)" } ?? "")). If the sheet is wrong, correct it and import it again. "
                    + "If the new figures are meant (a new round, a corrected estimate), that record no longer describes the budget: "
                    + "update \(budget.files.printed) to the figures that will be printed, or remove it, and import again."
            }
            context.errorOutput(advice + "\n")
        }
        if unsettled || !newErrors.isEmpty { return .dataErrors }

        let folder = context.budgetFolder(arguments)
        let writes =
            result.changed.map { write($0, folder: folder, budget: budget, replacing: true) }
            + result.added.map { write($0, folder: folder, budget: budget, replacing: false) }
        for write in writes where write.replacing == false && FileManager.default.fileExists(atPath: write.url.path) {
            throw LoadFailure(errors: [
                .invalidValue(
                    file: write.shownPath, measure: nil, field: "file name", value: write.url.lastPathComponent,
                    expected:
                        "a free file name for the new measure; a file of that name exists already, so rename or remove it first"
                )
            ])
        }
        guard !writes.isEmpty else { return .success }
        guard arguments[Self.write] else {
            context.output(
                "Nothing written; run again with --write to update \(writes.count) file(s): \(writes.map(\.shownPath).joined(separator: ", ")).\n"
            )
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
