import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Testing

@testable import ClimateBudgetCLI

@Suite("Typed options, and the formats each report declares")
struct TypedOptionTests {
    /// Every command with `--format`, and the formats its report declares.
    static let reportFormats: [(command: String, formats: [String])] = [
        ("gap", GapReport.Format.allCases.map(\.rawValue)),
        ("validate", FindingsReport.Format.allCases.map(\.rawValue)),
        ("measures", MeasuresReport.Format.allCases.map(\.rawValue)),
        ("summary", CouncilSummary.Format.allCases.map(\.rawValue)),
        ("diff", DiffReport.Format.allCases.map(\.rawValue)),
        ("status", StatusReportView.Format.allCases.map(\.rawValue)),
        ("export", MeasureSheet.Format.allCases.map(\.rawValue)),
        ("rules", RulesReport.Format.allCases.map(\.rawValue)),
        ("overview", OverviewReport.Format.allCases.map(\.rawValue)),
        ("money", MoneyReport.Format.allCases.map(\.rawValue)),
    ]

    @Test("Every command's help lists exactly the formats its report declares")
    func helpListsDeclaredFormats() {
        // A command that gains --format must be added above, with its report's declaration.
        let specs = CommandLineTool.commands.map { command in command.spec }
        #expect(
            specs.filter { $0.option(named: "format") != nil }.map(\.name).sorted()
                == Self.reportFormats.map(\.command).sorted())
        for (command, formats) in Self.reportFormats {
            let help = ToolRun([command, "--help"]).output
            let shown = help.split(separator: "\n").filter { $0.contains("--format <") }.map { line in
                line.split(separator: "--format <", maxSplits: 1)[1].prefix { $0 != ">" }
            }
            // Once in the usage line, once in the options.
            #expect(
                shown == [Substring(formats.joined(separator: "|"))] + [Substring(formats.joined(separator: "|"))],
                "\(command)")
        }
        // The values are the declared ones, in the declared order (as the README's command table shows them).
        #expect(Self.reportFormats.first { $0.command == "gap" }?.formats == ["text", "markdown", "csv", "json"])
        #expect(Self.reportFormats.first { $0.command == "rules" }?.formats == ["text", "markdown", "json"])
    }

    @Test(
        "A format the report does not declare is a usage error that lists the declared ones",
        arguments: [
            (
                ["rules", "--format", "csv"],
                "error: 'csv' is not a valid value for '--format'. Expected one of text, markdown, json.\n"
            ),
            (
                ["status", "--format", "csv"],
                "error: 'csv' is not a valid value for '--format'. Expected one of text, markdown, json.\n"
            ),
            (
                ["diff", ".", ".", "--format", "csv"],
                "error: 'csv' is not a valid value for '--format'. Expected one of text, markdown, json.\n"
            ),
            (
                ["summary", "--format", "htm"],
                "error: 'htm' is not a valid value for '--format'; did you mean 'html'? Expected one of html, markdown.\n"
            ),
            (
                ["export", "--format", "json"],
                "error: 'json' is not a valid value for '--format'. Expected one of csv, xlsx.\n"
            ),
        ])
    func undeclaredFormat(arguments: [String], error: String) {
        let run = ToolRun(arguments)
        #expect(run.code == 2)
        #expect(run.output == "")
        #expect(run.errorOutput == error)
    }

    static let period: Option<ReportingPeriod?> = .parsed("period", "PERIOD", help: "The period.") {
        text throws(UsageError) in
        guard let period = ReportingPeriod(text) else {
            throw .invalidValue(option: "period", value: text, expected: "such as 2022-T2", suggestion: nil)
        }
        return period
    }
    static let format: Option<DiffReport.Format> = .format(default: .text)
    static let lang: Option<Language?> = .choice("lang", "LANG", help: "The language.")
    static let output: Option<String?> = .value("output", "FILE", help: "The file.")
    static let force = Flag("force", help: "Replace.")
    static let folder = ArgumentSpec("DIR", help: "A folder.")
    static let spec = CommandSpec(
        name: "try", abstract: "Try.", arguments: [folder], options: [period, format, lang, output, force])

    @Test("Options read back typed: given, defaulted, or nil when optional")
    func typedValues() throws {
        let given = try ArgumentParser.parse(
            ["here", "--period", "2022-T2", "--format=json", "--lang", "en", "--output", "x.md", "--force"],
            for: Self.spec)
        #expect(given[Self.period] == ReportingPeriod("2022-T2"))
        #expect(given[Self.format] == .json)
        #expect(given[Self.lang] == .en)
        #expect(given[Self.output] == "x.md")
        #expect(given[Self.force])
        #expect(given[Self.folder] == "here")
        let defaults = try ArgumentParser.parse(["here"], for: Self.spec)
        #expect(defaults[Self.period] == nil)
        #expect(defaults[Self.format] == .text)
        #expect(defaults[Self.lang] == nil)
        #expect(defaults[Self.output] == nil)
        #expect(!defaults[Self.force])
        // An option the command does not declare reads as not given: its default.
        #expect(defaults[GapCommand.format] == .text)
    }

    @Test("A value its option cannot use fails when parsing, before the command runs; --help still shows help")
    func parseErrors() throws {
        #expect(
            throws: UsageError.invalidValue(
                option: "period", value: "2022-T4", expected: "such as 2022-T2", suggestion: nil)
        ) {
            try ArgumentParser.parse(["here", "--period", "2022-T4"], for: Self.spec)
        }
        #expect(try ArgumentParser.parse(["--period", "2022-T4", "--help"], for: Self.spec).wantsHelp)
        #expect(
            throws: UsageError.invalidValue(option: "lang", value: "de", expected: "one of nb, nn, en", suggestion: nil)
        ) {
            try ArgumentParser.parse(["here", "--lang", "de"], for: Self.spec)
        }
    }

    @Test("Help reads the typed declarations")
    func help() {
        #expect(
            HelpText.command(Self.spec, tool: "climate-budget").contains(
                "USAGE: climate-budget try DIR [--period <PERIOD>] [--format <text|markdown|json>] [--lang <nb|nn|en>] [--output <FILE>] [--force]"
            ))
    }
}
