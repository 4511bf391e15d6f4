import ClimateBudget
import ClimateBudgetFiles

/// The `climate-budget` command line: dispatches to a command, prints errors as one line each, returns the exit code.
public enum CommandLineTool {
    /// The tool's name as typed.
    public static let name = "climate-budget"
    /// The tool's version, shown by `--version`.
    public static let version = "0.1.0"

    static var commands: [any Command.Type] {
        [
            GapCommand.self, ValidateCommand.self, MeasuresCommand.self, SummaryCommand.self, DiffCommand.self,
            StatusCommand.self, ExportCommand.self, ImportCommand.self, RollCommand.self, InitCommand.self,
            InventoryCommand.self, OverviewCommand.self, MoneyCommand.self, RulesCommand.self,
        ]
    }

    /// Runs the tool with the arguments after the program name and returns the exit code.
    ///
    /// For callers without Swift concurrency: every command runs as from ``runAsync(_:context:)``, but `overview`
    /// reads its budgets one after another.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        switch prepare(arguments, context: context) {
        case .done(let code): return code
        case .run(let command, let parsed):
            do {
                return try command.run(parsed, context: context).rawValue
            } catch {
                return report(error, command: command, context: context)
            }
        }
    }

    /// Runs the tool with the arguments after the program name and returns the exit code, as the executable does:
    /// `overview` reads and checks its budgets concurrently.
    public static func runAsync(_ arguments: [String], context: CommandContext) async -> Int32 {
        switch prepare(arguments, context: context) {
        case .done(let code): return code
        case .run(let command, let parsed):
            do {
                return try await command.runAsync(parsed, context: context).rawValue
            } catch {
                return report(error, command: command, context: context)
            }
        }
    }

    /// What the arguments ask for before any command runs: help, the version, an error, or a command to run.
    private enum Prepared {
        case done(Int32)
        case run(any Command.Type, ParsedArguments)
    }

    private static func prepare(_ arguments: [String], context: CommandContext) -> Prepared {
        let first = arguments.first ?? "--help"
        if first == "--help" || first == "-h" || first == "help" {
            if first == "help", arguments.count >= 2 {
                return prepare([arguments[1], "--help"], context: context)
            }
            context.output(toolHelp)
            return .done(ExitCode.success.rawValue)
        }
        if first == "--version" {
            context.output("\(name) \(version)\n")
            return .done(ExitCode.success.rawValue)
        }
        guard let command = command(named: first) else {
            let error: UsageError
            if first.hasPrefix("-") {
                error = .unknownToolOption(first)
            } else {
                error = .unknownCommand(
                    first, suggestion: closestMatch(to: first, among: commands.map { $0.spec.name }))
            }
            return .done(report(error, context: context))
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
        } catch {
            return .done(report(error, context: context))
        }
        if parsed.wantsHelp {
            context.output(HelpText.command(command.spec, tool: name))
            return .done(ExitCode.success.rawValue)
        }
        return .run(command, parsed)
    }

    /// A command's error as one line per problem, with the exit code it means.
    private static func report(_ error: any Error, command: any Command.Type, context: CommandContext) -> Int32 {
        let takesBudget = command.spec.options.contains { $0.name == CommonOptions.budget.spec.name }
        return report(error, context: context, budgetOption: takesBudget)
    }

    static func command(named name: String) -> (any Command.Type)? {
        for command in commands where command.spec.name == name { return command }
        return nil
    }

    /// Prints an error as one line per problem and returns the exit code it means.
    ///
    /// `budgetOption` says whether the command reads its budget folder from `--budget`, so that a message
    /// about the folder may say how to name another one.
    static func report(_ error: any Error, context: CommandContext, budgetOption: Bool = false) -> Int32 {
        if let failure = error as? LoadFailure {
            for problem in failure.errors {
                context.errorOutput("error: \(budgetOption ? problem.commandLineDescription : problem.description)\n")
            }
            if failure.errors.count > 1 {
                context.errorOutput("\(failure.errors.count) problems; fix them and run the command again.\n")
            }
            return (failure.isInputOutput ? ExitCode.usageOrInputOutput : ExitCode.dataErrors).rawValue
        }
        if let failure = error as? WriteError {
            context.errorOutput("error: \(failure.commandLineDescription)\n")
            return ExitCode.usageOrInputOutput.rawValue
        }
        context.errorOutput("error: \(error)\n")
        return ExitCode.usageOrInputOutput.rawValue
    }

    static var toolHelp: String {
        HelpText.tool(
            name: name,
            abstract:
                "Run a municipality's climate budget: emissions budgeted per year, measures with owners, the gap to the council's targets.",
            commands: commands.map { $0.spec },
            footer:
                "Commands work on the budget in the current folder (Data/ and Measures/), or on --budget DIR.\nSee '\(name) <command> --help' for a command's options."
        )
    }
}

extension LoadError {
    /// The error as a command with `--budget` says it: how to name the right folder, by the option's name.
    var commandLineDescription: String {
        switch self {
        case .noSuchFolder(let path):
            "\(path): the folder does not exist; check the path given with --\(CommonOptions.budget.spec.name)"
        case .insideBudgetFolder(let path, let parent):
            "\(path): not a budget folder, but the folder above it is one; "
                + "run the command in the folder above, or pass --\(CommonOptions.budget.spec.name) \(parent)"
        default:
            description
        }
    }
}

extension WriteError {
    /// The error as the command line says it: what to do named by the commands' own options.
    var commandLineDescription: String {
        switch self {
        case .exists(let path):
            "\(path): the file exists already and was left as it is; pass --force to replace it, or choose another --output"
        case .noFolder(let path):
            "\(path): the folder to write into does not exist; create it first or choose another --output"
        default:
            description
        }
    }
}
