/// The options a command was given, after parsing against its ``CommandSpec``.
public struct ParsedArguments: Sendable, Equatable {
    /// The values of value options, given or defaulted, by option name.
    public var values: [String: String]
    /// The flags that were given.
    public var flags: Set<String>
    /// Whether `--help` or `-h` was given.
    public var wantsHelp: Bool
    /// The positional arguments, by their declared name.
    public var positionals: [String: String] = [:]

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
}
