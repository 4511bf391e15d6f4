/// Help pages generated from the same declarations that parse, so `--help` cannot drift from behaviour.
public enum HelpText {
    /// The help of one command: what it does, its usage line and its options.
    public static func command(_ spec: CommandSpec, tool: String) -> String {
        let usage =
            ([tool, spec.name] + spec.arguments.map(\.usage)
            + spec.options.map { $0.isRequired ? $0.usage : "[\($0.usage)]" })
            .joined(separator: " ")
        var text = "OVERVIEW: \(spec.abstract)\n\nUSAGE: \(usage)\n"
        if !spec.discussion.isEmpty { text += "\n" + spec.discussion + "\n" }
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n" + columns(spec.arguments.map { ($0.usage, $0.help) })
        }
        text += "\nOPTIONS:\n"
        let rows =
            spec.options.map { option -> (String, String) in
                var help = option.help
                if let defaultValue = option.defaultValue {
                    let period = help.hasSuffix(".")
                    if period { help.removeLast() }
                    help += " (default: \(defaultValue))" + (period ? "." : "")
                }
                return (option.usage, help)
            } + [("-h, --help", "Show this help.")]
        text += columns(rows)
        return text
    }

    /// The help of the tool: what it is for and its commands.
    public static func tool(name: String, abstract: String, commands: [CommandSpec], footer: String) -> String {
        var text = "OVERVIEW: \(abstract)\n\nUSAGE: \(name) <command> [options]\n\nCOMMANDS:\n"
        text += columns(commands.map { ($0.name, $0.abstract) })
        text += "\nOPTIONS:\n" + columns([("--version", "Show the version."), ("-h, --help", "Show this help.")])
        text += "\n" + footer + "\n"
        return text
    }

    private static func columns(_ rows: [(String, String)]) -> String {
        let width = min(max(rows.map(\.0.count).max() ?? 0, 12), 34)
        return rows.map { left, right in
            let padding =
                left.count <= width
                ? String(repeating: " ", count: width - left.count) : "\n" + String(repeating: " ", count: width + 2)
            return "  " + left + padding + "  " + right
        }.joined(separator: "\n") + "\n"
    }
}
