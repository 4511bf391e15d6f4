import ClimateBudget
import ClimateBudgetReports
import Testing

/// Issue 10, item 3: each finding in the council summary carries its specifics (the years, the figures) in the
/// summary's language, as `validate` names them.
@Suite("Findings in the summary carry their specifics")
struct FindingDetailsTests {
    /// Trondheim without its 2030 milestone and its caps for 2024 and 2025, so those years have no target, and with a 2023 cap of 380 000
    /// where goal 2a (-30 % against 524 491 in 2009) allows 524 491 × 0.7 = 367 143.7.
    static let budget: Budget = {
        var budget = TrondheimBudget.budget
        budget.targets.milestones.removeAll { $0.year == 2030 }
        budget.targets.caps[2024] = nil
        budget.targets.caps[2025] = nil
        budget.targets.caps[2023] = 380000
        // Changed from the printed budget, so Tabell 7-1 as printed no longer applies.
        budget.printed = PrintedFigures()
        return budget
    }()

    /// The lines of the findings about the data files, leaving out the measures' findings ("Tiltak 1 – ..."),
    /// errors before warnings as the validator sorts them.
    func dataLines(_ language: Language) -> [String] {
        CouncilSummary(budget: Self.budget, language: language).findingLines.filter {
            !$0.hasPrefix("Tiltak") && !$0.hasPrefix("Measure")
        }
    }

    /// Tabell 7-6's slip, first among the data files' findings (Data/financing.json sorts first): 15,5 + 3 × 11,5 = 50
    /// printed 49, so 91 printed 90 and 347 printed 346.
    static func moneyLines(_ language: Language) -> [String] {
        let title = RuleTitles.title(FinancingPrintedDiffers.id, language)
        return [("49", "50"), ("90", "91"), ("346", "347")].map { printed, computed in
            switch language {
            case .nb: "\(title): trykt \(printed), beregnet \(computed) mill. kr"
            case .nn: "\(title): trykt \(printed), rekna ut \(computed) mill. kr"
            case .en: "\(title): printed \(printed), computed \(computed) MNOK"
            }
        }
    }

    @Test("Norwegian: the years missing, and the cap's year, cap and allowed level with a decimal comma")
    func norwegian() {
        #expect(
            dataLines(.nb) == Self.moneyLines(.nb) + [
                "Utslippstaket for 2023 er 380\u{00A0}000 tonn, men målet tillater 367\u{00A0}143,7",
                "Målbanen mangler år: 2024, 2025",
            ])
    }

    @Test("Nynorsk: the same specifics, with the numbers written as in bokmål")
    func nynorsk() {
        #expect(
            dataLines(.nn) == Self.moneyLines(.nn) + [
                "Utsleppstaket for 2023 er 380\u{00A0}000 tonn, men målet tillèt 367\u{00A0}143,7",
                "Målbanen manglar år: 2024, 2025",
            ])
    }

    @Test("English: the same specifics, written as the English summary writes figures")
    func english() {
        #expect(
            dataLines(.en) == Self.moneyLines(.en) + [
                "The cap for 2023 is 380,000 tonnes, but the milestone allows 367,143.7",
                "The target pathway lacks years: 2024, 2025",
            ])
    }

    @Test("A measure's missing effect names the year")
    func missingEffectYear() throws {
        var budget = TrondheimBudget.budget
        let index = try #require(budget.measures.firstIndex { $0.kind == .quantified })
        budget.measures[index].effect[2025] = nil
        let measure = budget.measures[index]
        let lines = CouncilSummary(budget: budget, language: .nb).findingLines
        #expect(lines.contains("Tiltak \(measure.id) – \(measure.title): Effekt mangler for et år i perioden: 2025"))
    }

    @Test(
        "The findings carry the specifics as values",
        arguments: [
            (MissingTarget.id, FindingDetails.years([2024, 2025])),
            (CapBreaksMilestone.id, FindingDetails.capAgainstMilestone(year: 2023, cap: 380000, allowed: 524491 * 0.7)),
        ])
    func details(rule: String, details: FindingDetails) {
        #expect(Validator.validate(Self.budget).filter { $0.rule == rule }.map(\.details) == [details])
    }

    /// Every kind of detail has its wording in every language, with no placeholder left unfilled.
    @Test("Every kind of detail renders in every language", arguments: Language.allCases)
    func everyDetail(language: Language) {
        let samples: [FindingDetails] = [
            .years([2024]), .capAgainstMilestone(year: 2023, cap: 380000, allowed: 367143.7),
        ]
        for details in samples {
            let line = CouncilSummary.line(title: "T", details: details, language: language)
            #expect(
                !line.contains("{") && !line.contains("}") && line != "T",
                "\(language): \(details) renders as \"\(line)\"")
        }
    }
}
