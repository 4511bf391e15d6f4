import Foundation
import Testing

/// Issue 14: `gap` writes text and Markdown in the budget's language, or in `--lang`; CSV and JSON stay the same.
@Suite("climate-budget gap --lang")
struct GapLanguageCommandTests {
    /// A copy of the bundled budget with `"language": "nn"` in Data/budget.json.
    static func nynorskBudget() throws -> URL {
        let folder = try copyOfBundledBudget()
        let settings = folder.appendingPathComponent("Data/budget.json")
        let json = try String(contentsOf: settings, encoding: .utf8)
        try Data(json.replacingOccurrences(of: "\"language\": \"nb\"", with: "\"language\": \"nn\"").utf8).write(
            to: settings)
        return folder
    }

    @Test("gap --lang nn: the title and the table's header lines in nynorsk, the figures as printed")
    func nynorskHeader() {
        let run = ToolRun(["gap", "--lang", "nn"])
        #expect(run.code == 0)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The label column is as wide as "Gap: behov for ytterlegare tiltak" (33), then two spaces and the figures.
        #expect(
            Array(lines.prefix(6)) == [
                "Trondheim kommune, Klimabudsjett 2022: utsleppsramme 2022-2025 (tCO2e)",
                "",
                "                                      2009     2019     2022     2023     2024     2025",
                "Referansebane                      524 491  424 456  430 613  429 582  428 164  426 485",
                "  endring frå 2009                     0 %    -19 %    -18 %    -18 %    -18 %    -19 %",
                "Effekt av tiltaka                                     29 300   34 900   36 500   39 200",
            ])
        #expect(
            Array(lines[6...12]) == [
                "Tiltaksbane                                          401 313  394 682  391 664  387 285",
                "  endring frå 2009                                     -23 %    -25 %    -25 %    -26 %",
                "Målbane (utsleppstak)                                381 472  367 143  345 793  324 442",
                "  endring frå 2009                                     -27 %    -30 %    -34 %    -38 %",
                "Gap: behov for ytterlegare tiltak                     19 841   27 539   45 871   62 843",
                "  i prosentpoeng                                        4 pp     5 pp     9 pp    12 pp",
                "",
            ])
        // The sums over 2022-2025: reference 430 613 + 429 582 + 428 164 + 426 485 = 1 714 844; gap 19 841 +
        // 27 539 + 45 871 + 62 843 = 156 094.
        #expect(
            Array(lines[13...]) == [
                "Sum 2022-2025: referansebane 1 714 844, tiltaksbane 1 574 944, målbane 1 418 850 tonn; samla gap 156 094 tonn.",
                "Referansebane: utsleppsrekneskapen for 2009 og 2019; gjeven i Data/reference.csv for 2022, 2023, 2024 og 2025.",
                "Tabell 7-1 viser 62 844 t for gapet i 2025; talgrunnlaget gjev 62 843 t, innanfor avrundinga av det trykte talet.",
                "Måla for 2022, 2023, 2024, 2025 er eksplisitte utsleppstak frå Data/target-caps.csv.",
                "",
            ])
        // Messages on standard error stay English, as validate's findings are.
        #expect(
            run.errorOutput
                == "note: validation reports 9 error(s) and 0 warning(s) that do not change these figures; run 'climate-budget validate' to see them.\n"
        )
    }

    @Test("gap --lang nn --format markdown: the title and the table's header in nynorsk")
    func nynorskMarkdown() {
        let lines = ToolRun(["gap", "--lang", "nn", "--format", "markdown"]).output.split(separator: "\n").prefix(5)
        #expect(
            Array(lines) == [
                "### Trondheim kommune, Klimabudsjett 2022: utsleppsramme 2022-2025 (tCO2e)",
                "|  | 2009 | 2019 | 2022 | 2023 | 2024 | 2025 |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
                "| Referansebane | 524 491 | 424 456 | 430 613 | 429 582 | 428 164 | 426 485 |",
                "| endring frå 2009 | 0 % | -19 % | -18 % | -18 % | -18 % | -19 % |",
            ])
    }

    @Test("The bundled budget is in bokmål, so gap is too; a budget in nynorsk gets nynorsk; --lang chooses")
    func budgetLanguage() throws {
        #expect(ToolRun(["gap"]).output == ToolRun(["gap", "--lang", "nb"]).output)
        #expect(ToolRun(["gap"]).output.hasPrefix("Trondheim kommune, Klimabudsjett 2022: utslippsramme 2022-2025"))
        let nynorsk = try Self.nynorskBudget()
        #expect(ToolRun(["gap"], in: nynorsk).output == ToolRun(["gap", "--lang", "nn"]).output)
        #expect(ToolRun(["gap", "--lang", "en"], in: nynorsk).output == ToolRun(["gap", "--lang", "en"]).output)
        #expect(
            ToolRun(["gap", "--format", "markdown"], in: nynorsk).output
                == ToolRun(["gap", "--format", "markdown", "--lang", "nn"]).output)
    }

    @Test("CSV and JSON are the same in every language: their keys and JSON's sentences are a contract")
    func contracts() throws {
        let nynorsk = try Self.nynorskBudget()
        for format in ["csv", "json"] {
            let plain = ToolRun(["gap", "--format", format]).output
            for language in ["nb", "nn", "en"] {
                #expect(ToolRun(["gap", "--format", format, "--lang", language]).output == plain)
            }
            #expect(ToolRun(["gap", "--format", format], in: nynorsk).output == plain)
        }
        #expect(
            ToolRun(["gap", "--format", "json", "--lang", "nn"]).output.contains(
                "\"referenceOrigin\": \"the inventory\""))
    }

    @Test("An unknown --lang is a usage error that names the three")
    func unknownLanguage() {
        let run = ToolRun(["gap", "--lang", "no"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: 'no' is not a valid value for '--lang'; did you mean 'nb'? Expected one of nb, nn, en.\n")
    }
}
