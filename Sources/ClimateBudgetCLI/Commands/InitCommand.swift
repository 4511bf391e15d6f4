import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget init DIR --inventory FILE`: a complete budget folder from the national emission statistics.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Start a budget from Miljødirektoratet's emission statistics: a complete folder that validates.",
        discussion: """
            Reads the statistics (the national file of every municipality, or one municipality's export, as .xlsx
            or saved as CSV) and writes DIR/Data/ and DIR/Measures/: the statistics' sectors with the names they
            are published under, the history per sector in Data/reference.csv, the last inventory held as the
            reference for later years, the milestones from --target with the target pathway on a straight line
            from the last inventory through them, a template of service areas to edit in Data/actors.json, and one
            example measure of each kind. DIR must be empty or new: init never writes over a budget.

            --lang sets the budget's language (Data/budget.json's "language", which the summary and gap follow) and
            writes the templates in it: bokmål (nb, the default), nynorsk (nn) or English (en). Sectors are named in
            that language, with the names the statistics publish kept for later releases.

            The national file needs --municipality (a name, or a number such as 5001, 0301 or 301); an export
            names its municipality itself, except when saved as CSV, which needs the name.

            EXAMPLES:
              climate-budget init eksempelvik --inventory utslipp.xlsx --municipality 5099 --target 2030=-80%
              climate-budget init eksempelvik --inventory utslipp.csv --municipality Eksempelvik --period 2026-2029
              climate-budget init eksempelvik --inventory utslipp.xlsx --municipality 5099 --target 2030=-55%,2035=-80%
              climate-budget init eksempelvik --inventory utslipp.xlsx --municipality 5099 --target 2030=-80% --lang nn
            """,
        arguments: [folder],
        options: [inventory, municipality, baseYear, period, target, lang])

    static let folder = ArgumentSpec("DIR", help: "The new budget folder; it must be empty or not exist yet.")
    static let inventory: Option<String> = .required(
        "inventory", "FILE", help: "The emission statistics: .xlsx as downloaded, or a sheet of it saved as CSV.")
    static let municipality: Option<String?> = .value(
        "municipality", "NAME|NUMBER", help: "The municipality, by name or number (5001, 0301 or 301).")
    static let baseYear: Option<Int?> = .parsed(
        "base-year", "YEAR", help: "The year targets are measured against (default 2009); one the statistics have."
    ) { text throws(UsageError) in
        guard let year = Int(text.trimmingWhitespace()), (1900...2200).contains(year) else {
            throw .invalidValue(option: "base-year", value: text, expected: "a year such as 2009", suggestion: nil)
        }
        return year
    }
    static let period: Option<Period?> = .parsed(
        "period", "START-END",
        help: "The budget period, such as 2026-2029 (default: the four years from two after the last inventory)."
    ) { text throws(UsageError) in
        let parts = text.split(separator: "-").map { Int(String($0).trimmingWhitespace()) }
        guard parts.count == 2, let start = parts[0], let end = parts[1], start <= end, start >= 1900, end <= 2200
        else {
            throw .invalidValue(
                option: "period", value: text,
                expected: "two years such as 2026-2029, the first no later than the second", suggestion: nil)
        }
        return Period(start: start, end: end)
    }
    static let target: Option<[Milestone]?> = .parsed(
        "target", "YEAR=PERCENT",
        help: "The council's milestones against the base year, such as 2030=-80% or 2030=-55%,2035=-80%."
    ) { text throws(UsageError) in try milestones(text) }
    static let lang: Option<Language> = .choice(
        "lang", "LANG",
        help: "The budget's language and its templates': Norwegian bokmål, Norwegian nynorsk or English.", default: .nb)

    /// The milestones in "2030=-80%,2035=-90 %": a year, "=", a change in percent (a cut is negative).
    static func milestones(_ text: String) throws(UsageError) -> [Milestone] {
        var result: [Milestone] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            var percent = pieces.count == 2 ? pieces[1] : ""
            if percent.hasSuffix("%") { percent = String(percent.dropLast()).trimmingWhitespace() }
            guard pieces.count == 2, let year = Int(pieces[0]), (1900...2200).contains(year),
                let change = NumberText.parse(percent), change >= -100, change < 1000
            else {
                throw .invalidValue(
                    option: "target", value: String(part).trimmingWhitespace(),
                    expected:
                        "a year and a change against the base year in percent, such as 2030=-80% (a cut is negative), several separated by commas",
                    suggestion: nil)
            }
            guard !result.contains(where: { $0.year == year }) else {
                throw .invalidValue(
                    option: "target", value: text, expected: "each year once; \(year) is given twice", suggestion: nil)
            }
            result.append(Milestone(year: year, percentChange: change))
        }
        return result.sorted { $0.year < $1.year }.enumerated().map { index, milestone in
            Milestone(year: milestone.year, percentChange: milestone.percentChange, goal: String(index + 1))
        }
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let path = arguments[Self.folder]
        let folder = context.resolve(path)
        try refuseUnlessEmpty(folder, shown: path)

        let file = arguments[Self.inventory]
        let (statistics, municipality) = try EmissionStatistics.read(
            contentsOf: context.resolve(file), shownAs: file, municipality: arguments[Self.municipality])
        let last = statistics.years.last ?? 0
        let baseYear = arguments[Self.baseYear] ?? 2009
        guard municipality.years.contains(baseYear) else {
            throw UsageError.invalidValue(
                option: "base-year", value: String(baseYear),
                expected:
                    "a year the statistics have figures for: \(yearRuns(municipality.years)) (2010, 2012 and 2014 do not exist)",
                suggestion: nil)
        }
        let period = arguments[Self.period] ?? NewBudget.defaultPeriod(lastInventory: last)
        guard period.start > baseYear else {
            throw UsageError.invalidValue(
                option: "period", value: "\(period)",
                expected: "a period that starts after the base year (\(baseYear))", suggestion: nil)
        }
        let milestones = arguments[Self.target] ?? []
        if let latest = milestones.last, latest.year < period.end {
            throw UsageError.invalidValue(
                option: "target", value: "\(latest.year)=\(plainNumber(latest.percentChange))%",
                expected:
                    "a last milestone in \(period.end) or later, so that every period year has a target on the line to it (such as 2030=-80%)",
                suggestion: nil)
        }
        let files = NewBudget.files(
            for: municipality, statistics: statistics,
            choices: NewBudget.Choices(
                baseYear: baseYear, period: period, milestones: milestones,
                source: URL(fileURLWithPath: file).lastPathComponent, language: arguments[Self.lang].rawValue))

        let shownFolder = path.hasSuffix("/") ? path : path + "/"
        let created = !FileManager.default.fileExists(atPath: folder.path)
        do {
            for sub in ["Data", "Measures"] {
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
            try AtomicFile.write(
                files.map { file in
                    AtomicFile.Write(
                        url: folder.appendingPathComponent(file.path), shownPath: shownFolder + file.path,
                        data: Data(file.contents.utf8))
                }, overwrite: false)
        } catch {
            // Leave nothing behind: the folders made here go again (a folder that was there stays).
            if created {
                try? FileManager.default.removeItem(at: folder)
            } else {
                for sub in ["Data", "Measures"] {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(sub))
                }
            }
            if let error = error as? WriteError { throw error }
            throw LoadFailure(errors: [.unreadableFile(file: shownFolder, reason: error.localizedDescription)])
        }

        let name = municipality.name ?? municipality.number ?? ""
        context.output(
            "Wrote a climate budget for \(name) kommune in \(shownFolder) (\(files.count) files):\n"
                + files.map { "  \($0.path)\n" }.joined())
        context.output(
            "History from \(file): \(municipality.sectors.count) sectors, \(yearRuns(municipality.years)); "
                + "\(baseYear): \(Tonnes.text(municipality.total(baseYear, decimals: statistics.decimals) ?? 0)) t, "
                + "\(last): \(Tonnes.text(municipality.total(last, decimals: statistics.decimals) ?? 0)) t.\n")
        if milestones.isEmpty {
            context.output(
                "No targets: add the council's milestones to \(shownFolder)Data/targets.json (see the README), or run init again with --target 2030=-80%.\n"
            )
        }
        let budget = try BudgetLoader.load(from: folder, shownAs: path)
        let findings = Validator.validate(budget)
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let summaryFile =
            switch arguments[Self.lang] {
            case .nb: "oppsummering.html"
            case .nn: "samandrag.html"
            case .en: "summary.html"
            }
        context.output(
            "validate: \(errors) error(s), \(warnings) warning(s). Next: edit Data/actors.json and the example measures in Measures/, then:\n"
                + "  cd \(path)\n  climate-budget validate\n  climate-budget gap\n  climate-budget summary --output \(summaryFile)\n"
        )
        return .success
    }

    /// Throws unless `folder` is missing or an empty folder.
    private static func refuseUnlessEmpty(_ folder: URL, shown: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw UsageError.invalidArgument("DIR", value: shown, expected: "a folder to create, not a file")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard entries.isEmpty else {
            throw UsageError.invalidArgument(
                "DIR", value: shown,
                expected:
                    "an empty or new folder; it holds \(entries.count) file(s) or folder(s) already, and init never writes over a budget: choose another folder"
            )
        }
    }
}
