import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetReports

/// Issue 14: `gap`'s text and Markdown in the budget's language, bokmål, nynorsk or English, with the same figures;
/// CSV and JSON the same in every language.
@Suite("gap in bokmål, nynorsk and English")
struct GapLanguageTests {
    /// A budget with the gap's notes of every kind: the bundled one; the same with target rules (the rules' lines
    /// and a past goal); with actual emissions; with overlaps and a band; with a carbon budget and its pathways;
    /// with the last history year inside the period and an actual after it; and without targets for 2024 and 2025.
    static let budgets: [Budget] = {
        var inventoryActual = FollowUpSummaryTests.budget
        inventoryActual.reference.lastHistoricalYear = 2022
        inventoryActual.actuals = Actuals(total: [2023: 399000, 2026: 250000])
        return [
            TrondheimBudget.budget, CouncilSummaryTests.rulesBudget, FollowUpSummaryTests.budget,
            BandAndOverlapReportTests.budget, CarbonBudgetReportTests.budget, inventoryActual,
            FindingDetailsTests.budget,
        ]
    }()

    /// The bundled budget with measure 1's effect for 2025 removed: the 2025 effect, measure pathway and gap are
    /// withheld, and so is the cumulative gap.
    static let withheldBudget: Budget = {
        var budget = TrondheimBudget.budget
        budget.measures[0].effect[2025] = nil
        return budget
    }()

    /// `gap` on a budget in a format and a language, withholding what the budget's findings withhold.
    static func render(_ budget: Budget, _ format: GapReport.Format, _ language: Language?) -> String {
        let withholding = Withholding(budget: budget, findings: Validator.validate(budget))
        return GapReport.render(
            EmissionBudgetTable.compute(for: budget, withholding: withholding), budget: budget, format: format,
            withholding: withholding, language: language)
    }

    /// The output without the budget's own words: file names, rule places and ids, the names of the budget, and
    /// the field `lastHistoricalYear` and the command `climate-budget validate` the notes name.
    static func withoutData(_ output: String, budget: Budget) -> String {
        var text = output
        let files = budget.files
        var data = [
            files.settings, files.sectors, files.reference, files.targets, files.targetCaps, files.actors,
            files.goals, files.actuals, files.printed, "climate-budget validate", "lastHistoricalYear",
            budget.settings.name, budget.settings.municipality, budget.settings.unit,
        ]
        data += budget.measures.map(\.file) + budget.targets.rules.map(\.place)
        data += budget.targets.carbonBudgetPathways.map(\.place) + Validator.rules.map { $0.id }
        for item in data.sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: item, with: " ")
        }
        return text
    }

    @Test("Every text of gap has a wording in every language, with the same placeholders", arguments: Language.allCases)
    func everyKey(language: Language) {
        func placeholders(_ text: String) -> Set<String> {
            Set(
                text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap {
                    $0.split(separator: "}").first.map(String.init)
                })
        }
        for key in GapText.allCases {
            let text = key.format(language)
            #expect(!text.isEmpty, "\(language) lacks \(key)")
            #expect(placeholders(text) == placeholders(key.format(.en)), "\(language): \(key) has other placeholders")
        }
    }

    @Test("Every nynorsk text of gap holds no bokmål or English word")
    func nynorskTexts() {
        for key in GapText.allCases {
            let text = key.format(.nn).replacingOccurrences(
                of: "\\{[A-Za-z]+\\}", with: " ", options: .regularExpression
            ).replacingOccurrences(of: "climate-budget validate", with: " ")
            #expect(NynorskSummaryTests.foreign(text).isEmpty, "\(key): \"\(text)\"")
        }
    }

    @Test(
        "gap --lang nn, as text and Markdown, holds no bokmål or English word outside the budget's own data",
        arguments: Array(budgets.indices) + [-1])
    func nynorskOutput(index: Int) {
        let budget = index < 0 ? Self.withheldBudget : Self.budgets[index]
        for format in [GapReport.Format.text, .markdown] {
            let text = Self.withoutData(Self.render(budget, format, .nn), budget: budget)
            let found = NynorskSummaryTests.foreign(text)
            #expect(found.isEmpty, "budget \(index), \(format): \(Set(found).sorted())")
            #expect(!text.contains("{") && !text.contains("}"), "budget \(index), \(format): a placeholder is left")
        }
    }

    @Test(
        "gap in one language holds no sentence of another",
        arguments: Language.allCases.flatMap { language in
            Language.allCases.filter { $0 != language }.map { (language, $0) }
        })
    func noMixedLanguages(language: Language, other: Language) {
        let own =
            GapText.allCases.map { $0.format(language) }
            + SummaryText.allCases.map { $0.format(language) }
        let outputs = (Self.budgets + [Self.withheldBudget]).flatMap { budget in
            [GapReport.Format.text, .markdown].map {
                Self.withoutData(Self.render(budget, $0, language), budget: budget)
            }
        }
        for key in GapText.allCases {
            for piece in key.format(other).components(separatedBy: CharacterSet(charactersIn: "{}")).enumerated()
                .filter({ $0.offset % 2 == 0 }).map(\.element)
            {
                let words = piece.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                guard words.count >= 8, !own.contains(where: { $0.contains(words) }) else { continue }
                for output in outputs {
                    #expect(!output.contains(words), "gap in \(language) contains the \(other) text \"\(words)\"")
                }
            }
        }
    }

    @Test("The figures are the same in every language: only the labels differ", arguments: budgets.indices)
    func sameFigures(index: Int) {
        let budget = Self.budgets[index]
        let table = EmissionBudgetTable.compute(for: budget).showing(ShownYears(for: budget).table)
        let english = GapReport.lines(table, language: .en).map { Array($0.dropFirst()) }
        for language in Language.allCases {
            #expect(GapReport.lines(table, language: language).map { Array($0.dropFirst()) } == english)
        }
    }

    @Test("CSV and JSON are the same in every language, and the budget's language is the default")
    func contracts() {
        for budget in Self.budgets + [Self.withheldBudget] {
            for format in [GapReport.Format.csv, .json] {
                let english = Self.render(budget, format, .en)
                #expect(Self.render(budget, format, .nb) == english)
                #expect(Self.render(budget, format, .nn) == english)
            }
            #expect(Self.render(budget, .text, nil) == Self.render(budget, .text, .nb))
        }
        var nynorsk = TrondheimBudget.budget
        nynorsk.settings.language = "nn"
        #expect(Self.render(nynorsk, .markdown, nil) == Self.render(nynorsk, .markdown, .nn))
    }

    @Test("The bundled budget in bokmål: the table, and its notes in the words of Tabell 7-1's chapter")
    func bokmaal() {
        // The figures as in English (GapReportTests); the labels' column is wider for "Gap: behov for ytterligere
        // tiltak" (33 characters).
        #expect(
            Self.render(TrondheimBudget.budget, .text, .nb) == """
                Trondheim kommune, Klimabudsjett 2022: utslippsramme 2022-2025 (tCO2e)

                                                      2009     2019     2022     2023     2024     2025
                Referansebane                      524 491  424 456  430 613  429 582  428 164  426 485
                  endring fra 2009                     0 %    -19 %    -18 %    -18 %    -18 %    -19 %
                Effekt av tiltakene                                   29 300   34 900   36 500   39 200
                Tiltaksbane                                          401 313  394 682  391 664  387 285
                  endring fra 2009                                     -23 %    -25 %    -25 %    -26 %
                Målbane (utslippstak)                                381 472  367 143  345 793  324 442
                  endring fra 2009                                     -27 %    -30 %    -34 %    -38 %
                Gap: behov for ytterligere tiltak                     19 841   27 539   45 871   62 843
                  i prosentpoeng                                        4 pp     5 pp     9 pp    12 pp

                Sum 2022-2025: referansebane 1 714 844, tiltaksbane 1 574 944, målbane 1 418 850 tonn; samlet gap 156 094 tonn.
                Referansebane: utslippsregnskapet for 2009 og 2019; gitt i Data/reference.csv for 2022, 2023, 2024 og 2025.
                Tabell 7-1 viser 62 844 t for gapet i 2025; tallgrunnlaget gir 62 843 t, innenfor avrundingen av det trykte tallet.
                Målene for 2022, 2023, 2024, 2025 er eksplisitte utslippstak fra Data/target-caps.csv.

                """)
    }

    @Test("Withheld figures and the rule's lines in nynorsk")
    func nynorskNotes() {
        // Measure 1 without its 2025 effect: the 2025 effect, measure pathway and gap are withheld, so the gap's
        // sum is too; the other sums are 1 714 844 and 381 472 + 367 143 + 345 793 + 324 442 = 1 418 850.
        let withheld = Self.render(Self.withheldBudget, .text, .nn).split(separator: "\n").map(String.init)
        #expect(
            withheld.contains(
                "Halde tilbake: effekten av tiltaka i 2025, tiltaksbanen i 2025 og gapet i 2025, rekna ut frå data med feil i Measures/01-anleggsplass-egne-investeringsprosjekter.json [missing-effect-year]; køyr 'climate-budget validate'."
            ))
        #expect(withheld.contains { $0.hasPrefix("Effekt av tiltaka (halde tilbake i 2025)") })
        // 2022: on the line from the 2019 inventory (424 456) to the 2023 milestone; 2023 the milestone itself.
        let rules = Self.render(CouncilSummaryTests.rulesBudget, .text, .nn)
        #expect(
            rules.contains(
                "\n2022: målbane på den rette linja frå utsleppsrekneskapen for 2019 (424 456 t) til målet for 2023 (-30 %, mål 2a), etter rules[0] i Data/targets.json.\n"
            ))
        #expect(rules.contains("\n2023: målbane frå målet for 2023 (-30 %, mål 2a) i Data/targets.json.\n"))
        #expect(
            rules.contains(
                "\nTidlegare mål før perioden, som reglane ikkje trekkjer målbanen gjennom: målet for 2020 (-10 %, mål 2).\n"
            ))
        // 2022: 385 000 − 381 472 = 3 528 over the cap; 401 313 − 385 000 = 16 313 more cut than the measure pathway.
        #expect(
            Self.render(FollowUpSummaryTests.budget, .text, .nn).contains(
                "\n2022: 3 528 t (1 %) over utsleppstaket; tiltaka gav 16 313 t meir kutt enn venta.\n"))
        // The carbon budget's rate with a decimal comma: 14.56 % a year (README's worked example).
        #expect(
            Self.render(CarbonBudgetReportTests.budget, .text, .nn).contains(
                "For å halde 2024-2030 innanfor det som er att, må utsleppa ned 14,56 % i året frå nivået i 2023."))
    }
}
