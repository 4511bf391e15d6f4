import Foundation
import TestSupport
import Testing

@Suite("climate-budget summary")
struct SummaryCommandTests {
    func scratch() throws -> URL {
        let folder = TemporaryFolders.url("summary")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("Writes the HTML file and says so")
    func writesHTML() throws {
        let folder = try scratch()
        let path = folder.appendingPathComponent("summary.html").path
        let run = ToolRun(["summary", "--output", path])
        #expect(run.code == 0)
        #expect(run.output == "Wrote \(path).\n")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("Det mangler 27\u{00A0}539 tonn CO2-ekv i 2023"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test("Without --output the HTML goes to standard output; --lang en writes English")
    func standardOutput() {
        let run = ToolRun(["summary", "--lang", "en"])
        #expect(run.code == 0)
        #expect(run.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(run.output.contains("27,539 tonnes CO2e are missing in 2023"))
    }

    @Test("--lang nn writes nynorsk, and a budget whose language is \"nn\" gets nynorsk without it")
    func nynorsk() throws {
        let run = ToolRun(["summary", "--lang", "nn"])
        #expect(run.code == 0)
        #expect(run.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"nn\">"))
        #expect(run.output.contains("<h1>Klimabudsjett 2022: samandrag for kommunestyret</h1>"))
        #expect(run.output.contains("Det manglar 27\u{00A0}539 tonn CO2-ekv i 2023"))
        let folder = try copyOfBundledBudget()
        let settings = folder.appendingPathComponent("Data/budget.json")
        let json = try String(contentsOf: settings, encoding: .utf8)
        try Data(json.replacingOccurrences(of: "\"language\": \"nb\"", with: "\"language\": \"nn\"").utf8).write(
            to: settings)
        let nynorsk = ToolRun(["summary"], in: folder)
        #expect(nynorsk.code == 0)
        #expect(nynorsk.output == run.output)
        // --lang still chooses: bokmål for the nynorsk budget.
        #expect(ToolRun(["summary", "--lang", "nb"], in: folder).output == ToolRun(["summary"]).output)
    }

    @Test("An existing file is never replaced without --force, and is left byte for byte")
    func refusesOverwrite() throws {
        let folder = try scratch()
        let file = folder.appendingPathComponent("summary.html")
        try Data("the council's own notes".utf8).write(to: file)
        let run = ToolRun(["summary", "--output", "summary.html"], in: folder, budget: ToolRun.trondheim)
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: summary.html: the file exists already and was left as it is; pass --force to replace it, or choose another --output\n"
        )
        #expect(try String(contentsOf: file, encoding: .utf8) == "the council's own notes")
        let forced = ToolRun(["summary", "--output", "summary.html", "--force"], in: folder, budget: ToolRun.trondheim)
        #expect(forced.code == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["summary.html"])
    }

    @Test("Markdown writes the chart as an SVG beside it")
    func markdown() throws {
        let folder = try scratch()
        let run = ToolRun(
            ["summary", "--format", "markdown", "--output", "out.md"], in: folder, budget: ToolRun.trondheim)
        #expect(run.code == 0)
        #expect(run.output == "Wrote out.md and out-chart.svg.\n")
        let markdown = try String(contentsOf: folder.appendingPathComponent("out.md"), encoding: .utf8)
        #expect(markdown.contains("](out-chart.svg)"))
        let chart = try String(contentsOf: folder.appendingPathComponent("out-chart.svg"), encoding: .utf8)
        #expect(chart.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
    }

    @Test(
        "Options that do not go together are usage errors",
        arguments: [
            (
                ["--format", "markdown"],
                "error: this needs --output: --format markdown writes its chart as an SVG file beside the Markdown file; add --output FILE"
            ),
            (
                ["--force"],
                "error: this needs --output: --force replaces an output file, and without --output the summary goes to standard output; add --output FILE"
            ),
            (
                ["--output", ""],
                "error: '' is not a valid value for '--output'. Expected a file name, such as summary.html."
            ),
            (
                ["--lang", "EN"],
                "error: 'EN' is not a valid value for '--lang'; did you mean 'en'? Expected one of nb, nn, en."
            ),
        ])
    func usage(arguments: [String], message: String) {
        let run = ToolRun(["summary"] + arguments)
        #expect(run.code == 2)
        #expect(run.errorOutput == message + "\n")
    }

    @Test("'-' means standard output")
    func dash() {
        let run = ToolRun(["summary", "--output", "-"])
        #expect(run.code == 0)
        #expect(run.output.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("A one-letter file name and a name with spaces work; the Markdown links the chart so it shows")
    func fileNames() throws {
        let folder = try scratch()
        #expect(
            ToolRun(["summary", "--format", "markdown", "--output", "x"], in: folder, budget: ToolRun.trondheim).code
                == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x-chart.svg").path))
        let run = ToolRun(
            ["summary", "--format", "markdown", "--output", "my summary.md"], in: folder, budget: ToolRun.trondheim)
        #expect(run.output == "Wrote my summary.md and my summary-chart.svg.\n")
        let markdown = try String(contentsOf: folder.appendingPathComponent("my summary.md"), encoding: .utf8)
        #expect(markdown.contains("](my%20summary-chart.svg)"))
    }

    @Test("A path ending in / names a folder, and nothing is written")
    func folderPath() throws {
        let folder = try scratch()
        let run = ToolRun(["summary", "--output", "newdir/"], in: folder, budget: ToolRun.trondheim)
        #expect(run.code == 2)
        #expect(run.errorOutput == "error: newdir/: is a folder; name a file to write, such as summary.html\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}
