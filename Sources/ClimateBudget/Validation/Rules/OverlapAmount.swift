/// An overlap is part of both measures' effects: as a share it lies between 0 and 100 % of the smaller effect,
/// as tonnes it is zero or more. Anything else would add tonnes to the effect sum, or take away more than a
/// measure cuts.
public enum OverlapAmount: ValidationRule {
    public static let id = "overlap-amount"
    public static let title = "Overlaps are a share from 0 to 100 % or tonnes of 0 or more"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Overlappet er utenfor 0–100 % eller negativt", "nn": "Overlappet er utanfor 0–100 % eller negativt",
        "en": "The overlap is outside 0–100 % or negative",
    ]
    public static let summary =
        "An overlap's \"share\" is a percent of the smaller of the two effects, from 0 to 100; its \"tonnes\" are 0 or more in every year."
    public static let severity = Severity.error
    /// Each measure is checked on its own.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 overlaps quantified measure 2 by 120 %") { budget in
            ExampleBudget.quantifyMeasure2(&budget)
            budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(120))]
        },
        passing: RuleExample("Measure 1 overlaps quantified measure 2 by 100 %") { budget in
            ExampleBudget.quantifyMeasure2(&budget)
            budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(100))]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        var findings: [Finding] = []
        for measure in budget.measures {
            for (index, overlap) in measure.overlaps.enumerated() {
                let place = "overlaps[\(index)]"
                switch overlap.amount {
                case .share(let percent) where !(0...100).contains(percent):
                    findings.append(
                        finding(
                            measure: measure.id, file: measure.file, about: [.overlaps],
                            message(place: place, share: percent)))
                case .share: continue
                case .tonnes(let tonnes):
                    for year in tonnes.keys.sorted() {
                        guard let value = tonnes[year], value < 0 else { continue }
                        findings.append(
                            finding(
                                measure: measure.id, file: measure.file, about: [.overlaps], in: [year],
                                message(place: place, year: year, tonnes: value)))
                    }
                }
            }
        }
        return findings
    }

    /// Whether the rule accepts an overlap's amount: other rules leave a wrong amount to this one.
    static func isValid(_ amount: MeasureOverlap.Amount) -> Bool {
        switch amount {
        case .share(let percent): (0...100).contains(percent)
        case .tonnes(let tonnes): tonnes.values.allSatisfy { $0 >= 0 }
        }
    }
}

// MARK: - Messages

extension OverlapAmount {
    static func message(place: String, share: Double) -> String {
        "\(place).share is \(Tonnes.text(share)); a share is a percent of the smaller of the two effects, from 0 to 100: correct it, or give the overlap in \"tonnes\" per year"
    }

    static func message(place: String, year: Int, tonnes: Double) -> String {
        "\(place).tonnes.\(year) is \(Tonnes.text(tonnes)); an overlap is tonnes both measures count and cannot be negative: write 0 or more"
    }
}
