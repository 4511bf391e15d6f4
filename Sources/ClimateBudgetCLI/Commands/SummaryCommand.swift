import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// `climate-budget summary`: the council summary as self-contained HTML (with the chart inline) or as Markdown
/// (with the chart as an SVG file beside it).
enum SummaryCommand: Command {
    static let spec = CommandSpec(
        name: "summary",
        abstract: "Write the summary for the council papers: headline, table, chart, measures and open findings.",
        discussion: """
            HTML is one file with everything inline (no network, no script) that prints on A4. Markdown is for a
            wiki or a pull request; its chart is written as an SVG file beside it (summary.md -> summary-chart.svg),
            so Markdown needs --output. An existing file is never replaced without --force, and files are written
            to a temporary file first and renamed into place.

            EXAMPLES:
              climate-budget summary --output summary.html
              climate-budget summary --lang en --output summary-en.html
              climate-budget summary --lang nn --output samandrag.html
              climate-budget summary --format markdown --output summary.md --force
            """,
        options: [CommonOptions.budget, lang, format, output, force])

    static let lang: Option<Language?> = .choice(
        "lang", "LANG",
        help: "The language: Norwegian bokmål, Norwegian nynorsk or English; the budget's language when not given.")
    static let format: Option<CouncilSummary.Format> = .format(help: "How to write the summary.", default: .html)
    static let output: Option<String?> = .value(
        "output", "FILE", help: "The file to write; standard output when not given or '-' (HTML only).")
    static let force = Flag("force", help: "Replace the output file (and chart) if it exists.")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let format = arguments[Self.format]
        let output = arguments[Self.output].flatMap { $0 == "-" ? nil : $0 }
        if arguments[Self.output]?.isEmpty == true {
            throw UsageError.invalidValue(
                option: "output", value: "", expected: "a file name, such as summary.html", suggestion: nil)
        }
        if format == .markdown && output == nil {
            throw UsageError.needsOption(
                "output", because: "--format markdown writes its chart as an SVG file beside the Markdown file")
        }
        if arguments[Self.force] && output == nil {
            throw UsageError.needsOption(
                "output",
                because: "--force replaces an output file, and without --output the summary goes to standard output")
        }
        let budget = try context.loadBudget(arguments)
        // The carbon budget section shows only where the budget asks for it; nothing withholds it elsewhere.
        guard let findings = context.refuseIfFiguresWouldBeWrong(budget, figures: Figure.tableRows + [.carbonBudget])
        else {
            context.errorOutput("No summary was written.\n")
            return .dataErrors
        }
        let language = arguments[Self.lang] ?? Language(rawValue: budget.settings.language) ?? .nb
        let summary = CouncilSummary(budget: budget, language: language, findings: findings)
        let chart = SVGChartRenderer().render(summary.chart)

        guard let output else {
            context.output(SummaryHTML.render(summary, chartSVG: chart))
            return .success
        }
        let url = context.resolve(output)
        if output.hasSuffix("/") { throw WriteError.isFolder(path: output) }
        let writes: [AtomicFile.Write]
        switch format {
        case .markdown:
            let chartName = url.deletingPathExtension().lastPathComponent + "-chart.svg"
            let chartURL = url.deletingLastPathComponent().appendingPathComponent(chartName)
            let shownChart =
                output.contains("/") ? String(output[..<output.lastIndex(of: "/")!]) + "/" + chartName : chartName
            writes = [
                AtomicFile.Write(
                    url: url, shownPath: output, data: Data(SummaryMarkdown.render(summary, chartFile: chartName).utf8)),
                AtomicFile.Write(
                    url: chartURL, shownPath: shownChart,
                    data: Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart).utf8)),
            ]
        case .html:
            writes = [
                AtomicFile.Write(
                    url: url, shownPath: output, data: Data(SummaryHTML.render(summary, chartSVG: chart).utf8))
            ]
        }
        try AtomicFile.write(writes, overwrite: arguments[Self.force])
        context.output("Wrote " + writes.map(\.shownPath).joined(separator: " and ") + ".\n")
        return .success
    }
}
