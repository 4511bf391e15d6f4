import ClimateBudget

/// An option a command declares once, as a static property, and lists in its ``CommandSpec``: its ``OptionSpec``
/// drives parsing, `--help` and error messages, and the command reads it back typed with `arguments[Self.name]`,
/// so a misspelt option name does not compile.
///
/// Like swift-argument-parser's `@Option` and `@Flag`, but declared as values: the product owner's rule is no
/// third-party packages.
public protocol DeclaredOption: Sendable {
    /// The option's name, value placeholder, help, allowed values and default.
    var spec: OptionSpec { get }
    /// The typed value of the text given on the command line, or a usage error saying what is expected;
    /// `nil` for a flag, whose value is whether it was given.
    func typedValue(of text: String) throws(UsageError) -> (any Sendable)?
}

/// An option that takes a value, read back as `Value`: `String?` for free text, an enum for a fixed set of values.
///
/// `absent` is what the command reads when the option is not given: the default, or `nil` for an optional value.
public struct Option<Value: Sendable>: DeclaredOption {
    /// The declaration that parsing and help read.
    public let spec: OptionSpec
    /// The value when the option is not given.
    let absent: Value
    /// The value of the given text, or the usage error that says what is expected.
    let parse: @Sendable (String) throws(UsageError) -> Value

    public func typedValue(of text: String) throws(UsageError) -> (any Sendable)? {
        try parse(text)
    }
}

extension Option where Value == String? {
    /// An option that takes free text, such as `--output FILE`; `nil` when not given.
    public static func value(_ name: String, _ valueName: String, help: String) -> Option {
        Option(spec: .value(name, valueName, help: help), absent: nil, parse: { $0 })
    }
}

extension Option where Value == String {
    /// An option that takes free text and must be given, such as `roll --period`.
    public static func required(_ name: String, _ valueName: String, help: String) -> Option {
        Option(spec: .required(name, valueName, help: help), absent: "", parse: { $0 })
    }
}

extension Option {
    /// An option that takes one of a fixed set of values, `Value`'s cases, and is `defaultValue` when not given.
    ///
    /// `--help` lists the cases and parsing rejects any other value with the list, both from `Value.allCases`.
    public static func choice(
        _ name: String, _ valueName: String, help: String, default defaultValue: Value
    ) -> Option where Value: RawRepresentable<String> & CaseIterable {
        Option(
            spec: .value(
                name, valueName, help: help, allowed: Value.allCases.map(\.rawValue), default: defaultValue.rawValue),
            absent: defaultValue, parse: { text throws(UsageError) in try choose(Value.self, text, option: name) })
    }

    /// An option that takes one of a fixed set of values, `Choice`'s cases, and is `nil` when not given.
    public static func choice<Choice: RawRepresentable<String> & CaseIterable & Sendable>(
        _ name: String, _ valueName: String, help: String
    ) -> Option where Value == Choice? {
        Option(
            spec: .value(name, valueName, help: help, allowed: Choice.allCases.map(\.rawValue)),
            absent: nil, parse: { text throws(UsageError) in try choose(Choice.self, text, option: name) })
    }

    /// An option whose text `parse` turns into a value or rejects with a usage error, such as `status --period 2022-T2`;
    /// `nil` when not given.
    public static func parsed<Parsed: Sendable>(
        _ name: String, _ valueName: String, help: String,
        _ parse: @escaping @Sendable (String) throws(UsageError) -> Parsed
    ) -> Option where Value == Parsed? {
        Option(
            spec: .value(name, valueName, help: help), absent: nil,
            parse: { text throws(UsageError) in try parse(text) })
    }

    /// `--format`, its values the cases of a report's own format type and its default `defaultValue`: the report
    /// declares which formats it writes, and help, parsing and errors read that declaration.
    public static func format(
        help: String = "How to write the output.", default defaultValue: Value
    ) -> Option where Value: RawRepresentable<String> & CaseIterable {
        choice("format", "FORMAT", help: help, default: defaultValue)
    }

    /// The case of `type` whose raw value is `text`; the parser has already rejected other values with the list of
    /// allowed ones, so this error is the same one for a caller that skips it.
    private static func choose<Choice: RawRepresentable<String> & CaseIterable>(
        _ type: Choice.Type, _ text: String, option: String
    ) throws(UsageError) -> Choice {
        guard let value = Choice(rawValue: text) else {
            throw .notOneOf(Choice.allCases.map(\.rawValue), option: option, value: text)
        }
        return value
    }
}

/// A flag, present or absent, read back as a `Bool`, such as `--force`.
public struct Flag: DeclaredOption {
    /// The declaration that parsing and help read.
    public let spec: OptionSpec

    /// Declares a flag.
    public init(_ name: String, help: String) {
        spec = .flag(name, help: help)
    }

    public func typedValue(of text: String) throws(UsageError) -> (any Sendable)? { nil }
}
