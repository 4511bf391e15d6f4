import Testing

@testable import ClimateBudgetCLI

@Suite("Our argument parser")
struct ArgumentParserTests {
    let spec = CommandSpec(
        name: "gap", abstract: "Show the gap.",
        options: [
            .value("budget", "DIR", help: "The budget folder."),
            .value("format", "FORMAT", help: "How to write the output.", allowed: ["text", "json"], default: "text"),
            .flag("strict", help: "Fail on warnings."),
        ])

    @Test("Values, inline values, flags and defaults")
    func parses() throws {
        let parsed = try ArgumentParser.parse(["--budget", "b", "--format=json", "--strict"], for: spec)
        #expect(parsed.value("budget") == "b")
        #expect(parsed.value("format") == "json")
        #expect(parsed.flag("strict"))
        #expect(try ArgumentParser.parse([], for: spec).value("format") == "text")
    }

    @Test("Help is a request, not an error")
    func help() throws {
        #expect(try ArgumentParser.parse(["-h"], for: spec).wantsHelp)
        #expect(try ArgumentParser.parse(["--format", "json", "--help"], for: spec).wantsHelp)
    }

    @Test(
        "Mistakes become one clear usage error",
        arguments: [
            (["--fromat", "json"], UsageError.unknownOption("--fromat", command: "gap", suggestion: "format")),
            (["--format"], .missingValue(option: "format", command: "gap")),
            (["--format", "--strict"], .missingValue(option: "format", command: "gap")),
            (
                ["--format", "jsn"],
                .invalidValue(option: "format", value: "jsn", expected: "one of text, json", suggestion: "json")
            ),
            (["--strict", "--strict"], .repeatedOption("strict")),
            (["budget"], .unexpectedArgument("budget", command: "gap")),
            (["--strict=yes"], .unexpectedArgument("--strict=yes", command: "gap")),
        ])
    func errors(arguments: [String], error: UsageError) {
        #expect(throws: error) { try ArgumentParser.parse(arguments, for: spec) }
    }

    @Test("A repeating last argument takes every further word, at least one, and reads back as a list")
    func repeating() throws {
        let folders = ArgumentSpec("DIR", help: "Folders.", repeats: true)
        let spec = CommandSpec(
            name: "overview", abstract: "Compare.", arguments: [folders],
            options: [.flag("descending", help: "Turn round.")])
        let parsed = try ArgumentParser.parse(["a", "--descending", "b", "c"], for: spec)
        #expect(parsed[list: folders] == ["a", "b", "c"])
        #expect(parsed.flag("descending"))
        #expect(throws: UsageError.missingArgument("at least one DIR", command: "overview")) {
            try ArgumentParser.parse(["--descending"], for: spec)
        }
        #expect(
            HelpText.command(spec, tool: "climate-budget").contains(
                "USAGE: climate-budget overview DIR... [--descending]"))
    }

    @Test("Error lines say what to do")
    func errorText() {
        #expect(
            UsageError.unknownOption("--fromat", command: "gap", suggestion: "format").description
                == "unknown option '--fromat' for 'gap'; did you mean '--format'? Run 'climate-budget gap --help' for its options."
        )
        #expect(
            UsageError.unknownCommand("xyz", suggestion: nil).description
                == "unknown command 'xyz'. Run 'climate-budget --help' for the list of commands.")
    }

    @Test("Help is generated from the declaration")
    func helpText() {
        #expect(
            HelpText.command(spec, tool: "climate-budget") == """
                OVERVIEW: Show the gap.

                USAGE: climate-budget gap [--budget <DIR>] [--format <text|json>] [--strict]

                OPTIONS:
                  --budget <DIR>        The budget folder.
                  --format <text|json>  How to write the output (default: text).
                  --strict              Fail on warnings.
                  -h, --help            Show this help.

                """)
    }
}
