import ClimateBudget
import ClimateBudgetFiles
import ClimateBudgetReports
import Foundation

/// A command of the tool: its declaration and what it does with the parsed arguments.
///
/// A command declares each option once, typed, as a static property (`static let format: Option<GapReport.Format>
/// = .format(default: .text)`), lists it in ``spec``, and reads it back as `arguments[Self.format]`.
protocol Command {
    /// The declaration: name, abstract, options.
    static var spec: CommandSpec { get }
    /// Runs the command and returns its exit code.
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode
    /// Runs the command from an asynchronous caller, as the executable does; a command that does work concurrently
    /// (``OverviewCommand``) does it here, and every other command runs ``run(_:context:)``.
    static func runAsync(_ arguments: ParsedArguments, context: CommandContext) async throws -> ExitCode
}

extension Command {
    static func runAsync(_ arguments: ParsedArguments, context: CommandContext) async throws -> ExitCode {
        try run(arguments, context: context)
    }
}

/// Where a command reads and writes: the working folder and the two output streams.
///
/// The executable passes the real ones; tests pass a folder and capture the output.
public struct CommandContext {
    /// The folder relative paths are resolved against.
    public var workingDirectory: URL
    /// Writes to standard output.
    public var output: (String) -> Void
    /// Writes to standard error.
    public var errorOutput: (String) -> Void
    /// Whether standard error is a terminal, where a long run may show a progress line; never when it is piped
    /// or captured.
    public var errorIsTerminal: Bool

    /// Creates a context.
    public init(
        workingDirectory: URL, output: @escaping (String) -> Void, errorOutput: @escaping (String) -> Void,
        errorIsTerminal: Bool = false
    ) {
        self.workingDirectory = workingDirectory
        self.output = output
        self.errorOutput = errorOutput
        self.errorIsTerminal = errorIsTerminal
    }

    /// The process's own folder and streams.
    public static var standard: CommandContext {
        CommandContext(
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            output: { FileHandle.standardOutput.write(Data($0.utf8)) },
            errorOutput: { FileHandle.standardError.write(Data($0.utf8)) },
            errorIsTerminal: isatty(FileHandle.standardError.fileDescriptor) == 1)
    }

    /// The budget folder named by `--budget`, or the working folder.
    func budgetFolder(_ arguments: ParsedArguments) -> URL {
        guard let path = arguments[CommonOptions.budget] else { return workingDirectory }
        return resolve(path)
    }

    /// A path the user typed, relative to the working folder unless it is absolute.
    func resolve(_ path: String) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
        return url.standardizedFileURL
    }

    /// A file that did not load, as a finding: about the inputs of the parts that did not load, so that it
    /// withholds the figures computed from them (see ``Withholding``).
    static func finding(_ error: LoadError, about inputs: Set<BudgetInput> = [.measureDetails]) -> Finding {
        Finding(
            severity: .error, rule: error.code, measure: error.measure, file: error.file,
            message: error.placeAndMessage,
            inputs: inputs)
    }

    /// What a command that shows no figure at all says after the findings that withhold them.
    static let noFigures =
        "The figures would be wrong with these errors, so none are shown. Fix them and run the command again.\n"

    /// The budget's findings, or `nil` after printing the ones that withhold any of the `figures` the command shows.
    ///
    /// For commands that show a whole set of figures or none, such as the council summary: none shows numbers
    /// the data cannot support. (`gap` shows what it can, see ``GapCommand``.)
    func refuseIfFiguresWouldBeWrong(_ budget: Budget, figures: [Figure] = Figure.tableRows) -> [Finding]? {
        let findings = Validator.validate(budget)
        let blocking = Withholding(budget: budget, findings: findings).reasons(for: figures)
        guard blocking.isEmpty else {
            for finding in blocking { errorOutput("\(finding)\n") }
            errorOutput(Self.noFigures)
            return nil
        }
        return findings
    }

    /// Loads the budget the arguments point at.
    ///
    /// Problems in `Data/financing.json` alone do not stop it (unless `needsFinancing`): they are written to standard
    /// error with what they withhold, and the budget comes without financing (``Financing/isWithheld``).
    func loadBudget(_ arguments: ParsedArguments, needsFinancing: Bool = false) throws(LoadFailure) -> Budget {
        let budget = try BudgetLoader.load(
            from: budgetFolder(arguments), shownAs: arguments[CommonOptions.budget] ?? "",
            needsFinancing: needsFinancing)
        reportWithheldMoney(budget)
        return budget
    }

    /// Writes the problems of a financing file that did not load, and that the money figures are withheld.
    func reportWithheldMoney(_ budget: Budget) {
        guard budget.financing.isWithheld else { return }
        for problem in budget.financing.problems { errorOutput("error: \(problem)\n") }
        errorOutput(
            "\(budget.files.financing) does not load, so the money figures (financing, cost per tonne) are withheld; "
                + "the rest is shown. Fix it and run the command again.\n")
    }

    /// Loads what loads of the budget the arguments point at, with every problem; only `validate` uses this.
    func loadBudgetPartially(_ arguments: ParsedArguments) -> PartialBudget {
        BudgetLoader.loadPartially(from: budgetFolder(arguments), shownAs: arguments[CommonOptions.budget] ?? "")
    }
}

/// The tool's exit codes, stable for CI.
public enum ExitCode: Int32, Sendable {
    /// Everything went well.
    case success = 0
    /// The data has errors (findings, or files that do not load).
    case dataErrors = 1
    /// The command line was wrong, or a folder or file could not be read.
    case usageOrInputOutput = 2
}

/// Options every budget command shares, declared once.
enum CommonOptions {
    /// `--budget DIR`: the budget folder; the working folder when not given.
    static let budget: Option<String?> = .value(
        "budget", "DIR", help: "The budget folder, holding Data/ and Measures/.")
}
