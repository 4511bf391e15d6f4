import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget inventory FILE`: what a new release of the emission statistics changes in the reference history.
enum InventoryCommand: Command {
    static let spec = CommandSpec(
        name: "inventory",
        abstract:
            "Show what a new release of the emission statistics changes in the reference history; --write applies it.",
        discussion: """
            Every release of Miljødirektoratet's statistics recalculates all years and adds one. This compares the
            release with Data/reference.csv, every year of every sector column (and the total), old → new. The
            budget's sectors are matched to the statistics' by "publishedNames" in Data/sectors.json (else by
            name); statistics' sectors no budget sector stands for are left out and listed. The municipality is
            --municipality, else the one the file holds, else the budget's own.

            Nothing is written without --write. With it, Data/reference.csv gets the release's figures for every
            year the release has (other rows stay as they are), and lastHistoricalYear in Data/budget.json moves to
            the release's last year; both files or neither. A budget sector the release has no sector for stops
            the write, since its years would mix releases.

            EXAMPLES:
              climate-budget inventory utslipp-2026.xlsx
              climate-budget inventory utslipp-2026.xlsx --municipality 5001 --write
            """,
        arguments: [file],
        options: [CommonOptions.budget, municipality, write])

    static let file = ArgumentSpec("FILE", help: "The new release: .xlsx as downloaded, or a sheet of it saved as CSV.")
    static let municipality: Option<String?> = .value(
        "municipality", "NAME|NUMBER", help: "The municipality, by name or number; the budget's own when not given.")
    static let write = Flag(
        "write", help: "Write the release's figures to Data/reference.csv (and the last year to Data/budget.json).")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let budget = try context.loadBudget(arguments)
        let path = arguments[Self.file]
        let given = arguments[Self.municipality]
        let (statistics, municipality) = try EmissionStatistics.read(
            contentsOf: context.resolve(path), shownAs: path, municipality: given,
            orElse: budget.settings.municipality)
        if given == nil, let name = municipality.name,
            !EmissionStatistics.sameMunicipality(name, budget.settings.municipality)
        {
            context.errorOutput(
                "note: \(path) holds the emissions of \(municipality.shownName), and the budget is \(budget.settings.municipality)'s; give --municipality to compare another.\n"
            )
        }
        let folder = context.budgetFolder(arguments)
        let update = try InventoryUpdate.compare(
            budget: budget, folder: folder, statistics: statistics, municipality: municipality)
        context.output(InventoryReport.text(update))
        let unmatched = InventoryReport.unmatched(update, sectorsFile: budget.files.sectors)
        if !unmatched.isEmpty {
            for line in unmatched { context.errorOutput("error: \(line)\n") }
            context.errorOutput(
                "Nothing \(arguments[Self.write] ? "was" : "can be") written until every sector of the budget is matched.\n"
            )
            return .dataErrors
        }
        guard let reference = update.newReference else { return .success }
        var writes = [
            AtomicFile.Write(
                url: folder.appendingPathComponent(BudgetLoader.files.reference), shownPath: budget.files.reference,
                data: Data(reference.utf8))
        ]
        if let settings = update.newSettings {
            writes.append(
                AtomicFile.Write(
                    url: folder.appendingPathComponent(BudgetLoader.files.settings), shownPath: budget.files.settings,
                    data: Data(settings.utf8)))
        }
        let shown = writes.map(\.shownPath).joined(separator: " and ")
        guard arguments[Self.write] else {
            context.output("Nothing written; run again with --write to update \(shown).\n")
            return .success
        }
        try AtomicFile.write(writes, overwrite: true)
        context.output("Wrote \(shown).\n")
        return .success
    }
}
