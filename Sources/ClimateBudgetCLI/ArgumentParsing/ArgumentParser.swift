import ClimateBudget

/// Our own small argument parser: `--name value`, `--name=value`, flags, and `-h`/`--help`.
///
/// The product owner's rule is no third-party packages, so this replaces swift-argument-parser; like it,
/// everything reads from one declaration per command (``CommandSpec``).
public enum ArgumentParser {
    /// Parses a command's arguments (everything after the command name) against its declaration.
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var given: Set<String> = []
        var wantsHelp = false
        var positionals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-h" || argument == "--help" {
                wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--"), argument.count > 2 else {
                let takesMore = positionals.count < spec.arguments.count || spec.arguments.last?.repeats == true
                guard takesMore, !argument.hasPrefix("-") || argument == "-" else {
                    throw .unexpectedArgument(argument, command: spec.name)
                }
                positionals.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.option(named: name) else {
                throw .unknownOption(
                    "--" + name, command: spec.name, suggestion: closestMatch(to: name, among: spec.options.map(\.name))
                )
            }
            guard given.insert(name).inserted else { throw .repeatedOption(name) }
            if option.isFlag {
                if let inlineValue { throw .unexpectedArgument("--\(name)=\(inlineValue)", command: spec.name) }
                flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                value = arguments[index]
                index += 1
            } else {
                throw .missingValue(option: name, command: spec.name)
            }
            if let allowed = option.allowedValues, !allowed.contains(value) {
                throw .notOneOf(allowed, option: name, value: value)
            }
            values[name] = value
        }
        for option in spec.options where values[option.name] == nil {
            if let defaultValue = option.defaultValue { values[option.name] = defaultValue }
        }
        if !wantsHelp, let missing = spec.options.first(where: { $0.isRequired && values[$0.name] == nil }) {
            throw .missingArgument(missing.usage, command: spec.name)
        }
        if !wantsHelp && positionals.count < spec.arguments.count {
            let missing = spec.arguments[positionals.count]
            throw .missingArgument(missing.repeats ? "at least one \(missing.name)" : missing.name, command: spec.name)
        }
        var named: [String: String] = [:]
        for (argument, value) in zip(spec.arguments, positionals) { named[argument.name] = value }
        var lists: [String: [String]] = [:]
        if let last = spec.arguments.last, last.repeats, positionals.count >= spec.arguments.count {
            lists[last.name] = Array(positionals[(spec.arguments.count - 1)...])
        }
        var typed: [String: any Sendable] = [:]
        if !wantsHelp {
            for option in spec.declared {
                guard given.contains(option.spec.name), let text = values[option.spec.name] else { continue }
                typed[option.spec.name] = try option.typedValue(of: text)
            }
        }
        return ParsedArguments(
            values: values, flags: flags, wantsHelp: wantsHelp, positionals: named, lists: lists, typed: typed)
    }
}
