import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget overview DIR...`: one row per budget of many (a county's municipalities, or the country's), with
/// the figures that compare them, and the totals.
enum OverviewCommand: Command {
    static let spec = CommandSpec(
        name: "overview",
        abstract: "Compare many budgets: one row per budget with its gaps, changes, missing reporters and errors.",
        discussion: """
            Each DIR is a budget folder (with Data/ and Measures/), or a folder holding budget folders: its folders
            are searched, and their folders in turn, down to the budget folders (hidden folders are skipped, and
            a budget folder is not searched further). The budgets are read and checked concurrently, one per
            processor at a time, and each is reduced to its row as soon as it is read. A budget that does not load
            is a row with its first problem and never stops the others. Figures follow 'gap' (the same table, the
            same withheld figures); the effect and the pathway and target changes are those of the period's last
            year, the gap those of its first and last year. The total adds up the tonnes and counts shown; CSV has
            no total row. On a terminal a progress line counts the budgets on standard error; piped, it does not.
            There is no default folder: give at least one. Exit codes: 0 every budget loads without validation
            errors, 1 a budget does not load or has validation errors, 2 usage problems.

            EXAMPLES:
              climate-budget overview budgets/
              climate-budget overview trondheim/ malvik/ stjordal/ --sort gap-last --descending
              climate-budget overview budgets/ --format html --lang nn > oversikt.html
              climate-budget overview budgets/ --format json > overview.json
            """,
        arguments: [folders],
        options: [format, lang, sort, descending])

    static let folders = ArgumentSpec(
        "DIR", help: "A budget folder, or a folder holding budget folders; give one or more.", repeats: true)
    static let format: Option<OverviewReport.Format> = .format(default: .text)
    static let lang: Option<Language> = .choice(
        "lang", "LANG", help: "The language of text, Markdown and HTML: Norwegian bokmål, nynorsk or English.",
        default: .nb)
    static let sort: Option<OverviewColumn> = .choice(
        "sort", "COLUMN", help: "The column to sort the budgets by; budgets without the figure come last.",
        default: .municipality)
    static let descending = Flag("descending", help: "Sort from the largest figure (or the last name) down.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let found = try budgetFolders(arguments[list: Self.folders], context: context)
        return finish(found.map(row(for:)), arguments: arguments, context: context)
    }

    static func runAsync(_ arguments: ParsedArguments, context: CommandContext) async throws -> ExitCode {
        let found = try budgetFolders(arguments[list: Self.folders], context: context)
        var progress: ((Int, Int) -> Void)?
        if context.errorIsTerminal {
            progress = { done, total in context.errorOutput("\r\(done)/\(total) budgets") }
        }
        let rows = await rows(for: found, progress: progress)
        if context.errorIsTerminal {
            // The progress line is cleared, so the table or the notes after it start on a clean line.
            context.errorOutput("\r\u{1B}[K")
        }
        return finish(rows, arguments: arguments, context: context)
    }

    /// Sorts and prints the rows, says on standard error why the exit code is 1, and returns it.
    static func finish(_ rows: [OverviewRow], arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let overview = BudgetOverview(
            rows: rows, sortedBy: arguments[Self.sort], descending: arguments[Self.descending])
        context.output(OverviewReport.render(overview, format: arguments[Self.format], language: arguments[Self.lang]))
        let failed = rows.filter { !$0.loaded }.count
        let withErrors = rows.filter { ($0.errors ?? 0) > 0 }.count
        guard failed > 0 || withErrors > 0 else { return .success }
        var parts: [String] = []
        if failed > 0 { parts.append("\(failed) of \(rows.count) budget(s) do not load") }
        if withErrors > 0 {
            parts.append(
                "\(withErrors) budget(s) have validation errors (\(overview.totals.errors) in all)")
        }
        context.errorOutput(
            "error: " + parts.joined(separator: "; ")
                + "; run 'climate-budget validate --budget FOLDER' on each to see and fix them.\n")
        return .dataErrors
    }

    /// A budget folder to read: where it is, and how messages name it.
    struct BudgetFolder: Sendable, Equatable {
        var url: URL
        var shown: String
    }

    /// The budget folders the arguments name, in order: each argument that is a budget folder, and the budget
    /// folders inside each other argument, sorted by path. A folder named twice is read once.
    static func budgetFolders(_ paths: [String], context: CommandContext) throws(UsageError) -> [BudgetFolder] {
        var found: [BudgetFolder] = []
        var seen: Set<String> = []
        for path in paths {
            let url = context.resolve(path)
            guard isDirectory(url) else {
                throw .invalidArgument(
                    "DIR", value: path,
                    expected: "a budget folder or a folder holding budget folders, and there is no folder by that name")
            }
            let inside = isBudgetFolder(url) ? [BudgetFolder(url: url, shown: path)] : search(url, shown: path)
            guard !inside.isEmpty else {
                throw .invalidArgument(
                    "DIR", value: path,
                    expected:
                        "a budget folder (with Data/ and Measures/) or a folder holding budget folders, and none of its folders is one"
                )
            }
            for folder in inside where seen.insert(folder.url.standardizedFileURL.path).inserted {
                found.append(folder)
            }
        }
        return found
    }

    /// The budget folders inside `folder` and its folders, sorted by path; hidden folders are skipped, and links
    /// to folders count only as budget folders (never searched, so a link cannot lead round in a circle).
    static func search(_ folder: URL, shown: String) -> [BudgetFolder] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var found: [BudgetFolder] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder.appendingPathComponent(name)
            let childShown =
                shown.isEmpty || shown == "." ? name : shown.hasSuffix("/") ? shown + name : shown + "/" + name
            if isBudgetFolder(child) {
                found.append(BudgetFolder(url: child, shown: childShown))
            } else if isDirectory(child), !isLink(child) {
                found += search(child, shown: childShown)
            }
        }
        return found
    }

    /// Whether a folder holds `Data/` or `Measures/`, as the loader takes a budget folder to.
    static func isBudgetFolder(_ url: URL) -> Bool {
        isDirectory(url.appendingPathComponent("Data")) || isDirectory(url.appendingPathComponent("Measures"))
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func isLink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    /// One budget read, checked and reduced to its row; the budget itself is gone when this returns.
    @Sendable static func row(for folder: BudgetFolder) -> OverviewRow {
        do {
            let budget = try BudgetLoader.load(from: folder.url, shownAs: folder.shown)
            return OverviewRow(folder: folder.shown, budget: budget)
        } catch {
            return OverviewRow(folder: folder.shown, problems: error.errors)
        }
    }

    /// The rows of the folders, in their order, read concurrently: a task group that runs at most one task per
    /// active processor, each reading, checking and reducing one budget, and starts the next as one finishes.
    /// `progress` hears the count done and the total after each budget, on the calling task.
    static func rows(for folders: [BudgetFolder], progress: ((Int, Int) -> Void)?) async -> [OverviewRow] {
        let limit = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var rows = [OverviewRow?](repeating: nil, count: folders.count)
        await withTaskGroup(of: (Int, OverviewRow).self) { group in
            var next = 0
            while next < min(limit, folders.count) {
                let (index, folder) = (next, folders[next])
                group.addTask { (index, row(for: folder)) }
                next += 1
            }
            var done = 0
            for await (index, row) in group {
                rows[index] = row
                done += 1
                progress?(done, folders.count)
                if next < folders.count {
                    let (index, folder) = (next, folders[next])
                    group.addTask { (index, Self.row(for: folder)) }
                    next += 1
                }
            }
        }
        return rows.compactMap { $0 }
    }
}
