/// One option of a command, declared once: parsing, `--help` and error messages all read from it.
public struct OptionSpec: Sendable, Equatable {
    /// The long name without dashes, such as "format".
    public var name: String
    /// The placeholder for the value in help, such as "DIR"; `nil` for a flag that takes no value.
    public var valueName: String?
    /// One line saying what the option does.
    public var help: String
    /// The values the option accepts, when it accepts only a fixed set.
    public var allowedValues: [String]?
    /// The value used when the option is not given.
    public var defaultValue: String?
    /// Whether the command cannot run without this option.
    public var isRequired: Bool = false

    /// An option that takes a value.
    public static func value(
        _ name: String, _ valueName: String, help: String, allowed: [String]? = nil, default defaultValue: String? = nil
    ) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, allowedValues: allowed, defaultValue: defaultValue)
    }

    /// An option that takes a value and must be given, such as `roll --period`.
    public static func required(_ name: String, _ valueName: String, help: String) -> OptionSpec {
        OptionSpec(
            name: name, valueName: valueName, help: help, allowedValues: nil, defaultValue: nil, isRequired: true)
    }

    /// A flag: present or absent, no value.
    public static func flag(_ name: String, help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help, allowedValues: nil, defaultValue: nil)
    }

    /// Whether the option is a flag.
    public var isFlag: Bool { valueName == nil }

    /// How the option reads in a usage line: "--format <text|markdown>" or "--strict".
    var usage: String {
        guard let valueName else { return "--\(name)" }
        if let allowedValues { return "--\(name) <\(allowedValues.joined(separator: "|"))>" }
        return "--\(name) <\(valueName)>"
    }
}

/// An argument a command takes by position, such as `OLD` in `diff OLD NEW`; every declared argument is required.
///
/// The last argument may repeat, such as `DIR` in `overview DIR...`: it takes every further word (at least one),
/// read back as a list with `arguments[list: Self.folders]`.
public struct ArgumentSpec: Sendable, Equatable {
    /// The placeholder in usage lines, such as "OLD".
    public var name: String
    /// One line saying what the argument is.
    public var help: String
    /// Whether the argument takes one or more words (only the last argument may).
    public var repeats: Bool

    /// Creates an argument declaration.
    public init(_ name: String, help: String, repeats: Bool = false) {
        self.name = name
        self.help = help
        self.repeats = repeats
    }

    /// How the argument reads in usage lines: "OLD", or "DIR..." for one that repeats.
    var usage: String { repeats ? name + "..." : name }
}

/// A command's declaration: its name, a one-line abstract and its options.
///
/// Commands declare their options typed (``Option``, ``Flag``) and list them here; the parser then also turns
/// each given value into its type, so a value the command cannot use is a usage error before the command runs.
public struct CommandSpec: Sendable, Equatable {
    /// The command's name, such as "gap".
    public var name: String
    /// One line saying what the command does, shown in the tool's command list.
    public var abstract: String
    /// A longer explanation shown in the command's own help, with examples.
    public var discussion: String
    /// The options the command accepts, besides `--help`.
    public var options: [OptionSpec]
    /// The arguments the command takes in order, such as the two budget folders of `diff`.
    public var arguments: [ArgumentSpec]
    /// The typed declarations the options come from, which turn the given text into values.
    var declared: [any DeclaredOption] = []

    /// Creates a command declaration from options declared as text (see ``OptionSpec``).
    public init(
        name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [], options: [OptionSpec]
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
    }

    /// Creates a command declaration from typed options, which the command reads back as `arguments[option]`;
    /// a command without options leaves `options` out.
    public init(
        name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        options: [any DeclaredOption] = []
    ) {
        self.init(
            name: name, abstract: abstract, discussion: discussion, arguments: arguments, options: options.map(\.spec))
        declared = options
    }

    /// Two declarations are the same when they read the same in help and parse the same names.
    public static func == (lhs: CommandSpec, rhs: CommandSpec) -> Bool {
        (lhs.name, lhs.abstract, lhs.discussion, lhs.options, lhs.arguments) == (
            rhs.name, rhs.abstract, rhs.discussion, rhs.options, rhs.arguments
        )
    }

    /// The option with the given long name.
    public func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
