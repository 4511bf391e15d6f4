/// The options a command was given, after parsing against its ``CommandSpec``.
///
/// Commands read them typed, by their declarations: `arguments[Self.format]`, `arguments[Self.force]`,
/// `arguments[Self.old]`. The text accessors below serve the parser's own tests and declarations made as text.
public struct ParsedArguments: Sendable {
    /// The values of value options, given or defaulted, by option name.
    public var values: [String: String]
    /// The flags that were given.
    public var flags: Set<String>
    /// Whether `--help` or `-h` was given.
    public var wantsHelp: Bool
    /// The positional arguments, by their declared name.
    public var positionals: [String: String] = [:]
    /// The words of a repeating argument (see ``ArgumentSpec/repeats``), by its declared name.
    public var lists: [String: [String]] = [:]
    /// The typed values of the options given, by option name (see ``DeclaredOption``).
    var typed: [String: any Sendable] = [:]

    /// A positional argument's value.
    public func argument(_ name: String) -> String? {
        positionals[name]
    }

    /// The value of an option, given or defaulted.
    public func value(_ name: String) -> String? {
        values[name]
    }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// An option's typed value: the value given, else the option's default (or `nil` for an optional value).
    public subscript<Value>(option: Option<Value>) -> Value {
        typed[option.spec.name] as? Value ?? option.absent
    }

    /// Whether an option was given on the command line (not only defaulted).
    public func isGiven<Value>(_ option: Option<Value>) -> Bool {
        typed[option.spec.name] != nil
    }

    /// Whether a flag was given.
    public subscript(flag: Flag) -> Bool {
        flags.contains(flag.spec.name)
    }

    /// The words of a repeating argument, in the order given; at least one, or parsing fails.
    public subscript(list argument: ArgumentSpec) -> [String] {
        lists[argument.name] ?? []
    }

    /// A positional argument's value; every declared argument is given, or parsing fails.
    public subscript(argument: ArgumentSpec) -> String {
        positionals[argument.name] ?? ""
    }
}
