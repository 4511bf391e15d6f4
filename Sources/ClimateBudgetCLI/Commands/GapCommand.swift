import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports

/// `climate-budget gap`: the emission budget table (Tabell 7-1) of the budget.
enum GapCommand: Command {
    static let spec = CommandSpec(
        name: "gap",
        abstract: "Show the emission budget table: reference, effect, measure pathway, target and gap per year.",
        discussion: """
            The table of Tabell 7-1 for the base year, the last history year, any projection years before the
            period and the period years (the summary's table shows the same years), with the change against the
            base year as a whole percent and the sums over the period, in whole tonnes that add up as printed.
            Where Data/actuals.csv gives actual emissions, rows after the table compare them with the target
            and the measure pathway, and notes say it in words ("2023: over the limit by 31 857 t (9 %)").
            A figure computed from data with an error is withheld (left out, and the exit code is 1); the others
            are shown. Run 'validate' to see every finding. Text and Markdown are written in the budget's language
            (Data/budget.json), or in --lang; CSV and JSON are the same in every language.

            EXAMPLES:
              climate-budget gap
              climate-budget gap --lang en
              climate-budget gap --format json > gap.json
              climate-budget gap --budget ../klimabudsjett-2023 --format markdown
              climate-budget gap --by-sector
            """,
        options: [CommonOptions.budget, format, lang, bySector])

    static let format: Option<GapReport.Format> = .format(default: .text)
    static let lang: Option<Language?> = .choice(
        "lang", "LANG",
        help:
            "The language of text and Markdown: Norwegian bokmål, Norwegian nynorsk or English; the budget's language when not given."
    )
    static let bySector = Flag(
        "by-sector",
        help:
            "After the table, the effect of the measures by sector and, where the reference has sector columns, a table per sector with its share of the total (text and Markdown; JSON always has the sectors)."
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        // A file that does not load withholds what is computed from it, like any error: a broken goals file
        // hides no figure. Without the settings, or a budget folder, nothing can be shown.
        let loaded = context.loadBudgetPartially(arguments)
        let failure = LoadFailure(errors: loaded.errors)
        guard let budget = loaded.budget, !loaded.unloaded.contains(.settings), !failure.isInputOutput else {
            throw failure
        }
        let format = arguments[Self.format]
        let unloaded = loaded.unloaded.reduce(into: Set<BudgetInput>()) { $0.formUnion($1.inputs) }
        let findings =
            loaded.errors.map { CommandContext.finding($0, about: unloaded) }
            + Validator.validate(budget, without: loaded.unloaded)
        let withholding = Withholding(budget: budget, findings: findings)
        // The sector breakdown appears in JSON (and with --by-sector), the carbon budget in every format but CSV.
        let bySector = arguments[Self.bySector] && (format == .text || format == .markdown)
        let shown =
            format == .json
            ? Figure.allCases
            : format == .csv
                ? Figure.tableAndActuals
                : Figure.tableAndActuals + [.carbonBudget] + (bySector ? [.sectorBreakdown] : [])
        let reasons = withholding.reasons(for: shown)
        for finding in reasons { context.errorOutput("\(finding)\n") }
        if Figure.table.allSatisfy(withholding.withholdsWholly) {
            context.errorOutput(CommandContext.noFigures)
            return .dataErrors
        }
        let table = EmissionBudgetTable.compute(for: budget, withholding: withholding)
        let language = arguments[Self.lang] ?? Language(rawValue: budget.settings.language) ?? .nb
        context.output(
            GapReport.render(table, budget: budget, format: format, withholding: withholding, language: language))
        if bySector {
            context.output(
                SectorReport.render(
                    budget, format: format, withheld: withholding.withholds(.sectorBreakdown), language: language))
        }
        if !reasons.isEmpty {
            let names = withholding.figures.filter(shown.contains).map {
                GapReport.name($0, years: withholding.years[$0])
            }
            context.errorOutput(
                "Withheld: \(GapReport.list(names)), computed from data with the errors above. Fix them and run the command again.\n"
            )
            return .dataErrors
        }
        let reasonSet = Set(reasons)
        let others = findings.filter { !reasonSet.contains($0) }
        let errors = others.filter { $0.severity == .error }.count
        if !others.isEmpty {
            context.errorOutput(
                "note: validation reports \(errors) error(s) and \(others.count - errors) warning(s) that do not change these figures; run 'climate-budget validate' to see them.\n"
            )
        }
        return .success
    }
}
