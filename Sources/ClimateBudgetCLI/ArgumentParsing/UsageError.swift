import ClimateBudget

/// A mistake on the command line; the tool prints it as one line and exits with code 2.
public enum UsageError: Error, Equatable, CustomStringConvertible {
    /// No such command; with the nearest command name when there is one.
    case unknownCommand(String, suggestion: String?)
    /// An option before any command that the tool does not know (it knows `--help` and `--version`).
    case unknownToolOption(String)
    /// No such option for this command; with the nearest option name when there is one.
    case unknownOption(String, command: String, suggestion: String?)
    /// An option that needs a value was given none.
    case missingValue(option: String, command: String)
    /// A value outside the option's fixed set, or a value the command cannot use.
    case invalidValue(option: String, value: String, expected: String, suggestion: String?)
    /// An option is needed because of another one, such as `--output` with `--format markdown`.
    case needsOption(String, because: String)
    /// Two options that cannot be given together, such as `export --excel --xlsx`.
    case conflictingOptions(String, String, because: String)
    /// A positional argument names something the command cannot use, such as a folder where a file is needed.
    case invalidArgument(String, value: String, expected: String)
    /// A required positional argument is missing.
    case missingArgument(String, command: String)
    /// An actor given to `--reporter` that cannot report: a group (with the service areas it stands for) or,
    /// with `members` nil, an outside actor. Only one municipal service area reports on a measure.
    case notAReporter(String, members: [String]?, serviceAreas: [String])
    /// An option was given twice.
    case repeatedOption(String)
    /// A word that is not an option where the command takes none.
    case unexpectedArgument(String, command: String)

    /// One line saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            "unknown command '\(name)'\(didYouMean(suggestion)) Run 'climate-budget --help' for the list of commands."
        case .unknownToolOption(let name):
            "unknown option '\(name)'; the tool itself takes only --help and --version. Run 'climate-budget --help' for the commands."
        case .unknownOption(let name, let command, let suggestion):
            "unknown option '\(name)' for '\(command)'\(didYouMean(suggestion.map { "--" + $0 })) Run 'climate-budget \(command) --help' for its options."
        case .missingValue(let option, let command):
            "option '--\(option)' needs a value; run 'climate-budget \(command) --help' for what it takes"
        case .invalidValue(let option, let value, let expected, let suggestion):
            "'\(value)' is not a valid value for '--\(option)'\(didYouMean(suggestion)) Expected \(expected)."
        case .needsOption(let name, let reason):
            "this needs --\(name): \(reason); add --\(name) FILE"
        case .conflictingOptions(let first, let second, let reason):
            "--\(first) cannot be given with --\(second): \(reason); give one of them"
        case .invalidArgument(let name, let value, let expected):
            "\(name) '\(value)' cannot be used: expected \(expected)"
        case .missingArgument(let name, let command):
            "'\(command)' needs \(name); run 'climate-budget \(command) --help' for its usage"
        case .notAReporter(let name, let members?, _):
            "'\(name)' cannot be given to '--reporter': it is a group of the service areas \(members.joined(separator: ", ")), "
                + "and only a single service area reports on a measure; "
                + "give one of them, or use '--implementer \(name)' to find the measures the group carries out"
        case .notAReporter(let name, nil, let serviceAreas):
            "'\(name)' cannot be given to '--reporter': it is an outside actor, "
                + "and only a single municipal service area reports on a measure; give one of \(serviceAreas.joined(separator: ", ")), "
                + "or use '--implementer \(name)' to find the measures it carries out"
        case .repeatedOption(let name):
            "option '--\(name)' is given more than once; give it once"
        case .unexpectedArgument(let word, let command):
            "unexpected argument '\(word)' for '\(command)'; options start with '--' (run 'climate-budget \(command) --help')"
        }
    }

    /// A value outside an option's fixed set, with the set and the nearest value in it.
    static func notOneOf(_ allowed: [String], option: String, value: String) -> UsageError {
        .invalidValue(
            option: option, value: value, expected: "one of " + allowed.joined(separator: ", "),
            suggestion: closestMatch(to: value, among: allowed))
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? "."
    }
}
