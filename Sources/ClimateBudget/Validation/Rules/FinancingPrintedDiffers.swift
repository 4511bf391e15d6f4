/// A sum or total of the financing that the source printed (`Data/financing.json`: a line's `printedSum`, the
/// `printedTotals`, the net change of Tabell 7-7) equals the sum of its lines. Amounts are exact, so any difference
/// is a slip in the document or a copying error; the tool always shows its own sum, never the printed one. A
/// printed total that is the sum of other printed figures with a slip says which it follows from (Tabell 7-6:
/// 15,5 + 3 × 11,5 is 50, printed 49, and the printed 90 and 346 follow from the 49).
public enum FinancingPrintedDiffers: ValidationRule {
    public static let id = "financing-printed-differs"
    public static let title = "Printed financing sums agree with the lines"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "En trykt sum i finansieringstabellen stemmer ikke med linjene",
        "nn": "Ein trykt sum i finansieringstabellen stemmer ikkje med linjene",
        "en": "A printed financing sum does not agree with its lines",
    ]
    public static let summary =
        "A sum or total recorded as printed in Data/financing.json (printedSum, printedTotals, changes.printedNet) must equal the exact sum of its lines; the tool shows its own sum and says which printed figures follow from another slip."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// The printed figures are compared with the lines over the period.
    public static let needs: Set<BudgetPart> = [.settings, .financing]
    public static let examples = RuleExamples(
        breaking: RuleExample("The source prints 5 MNOK for a line of 1.5 and 2.5 MNOK") { budget in
            ExampleBudget.addFinancing(&budget)
            budget.financing.lines[0].printedSum = MNOK(5)
        },
        passing: RuleExample("The source prints 4 MNOK for a line of 1.5 and 2.5 MNOK") { budget in
            ExampleBudget.addFinancing(&budget)
        })

    public static func check(_ budget: Budget) -> [Finding] {
        let financing = budget.financing
        return FinancingFigureCheck.checks(budget).filter { !$0.agrees }.map { check in
            let source = check.subject == .netChange ? financing.changes?.source : financing.source
            return finding(
                file: budget.files.financing, about: [.printedFigures],
                details: .printedAmount(printed: check.printed, computed: check.computed),
                message(check, source: source, period: budget.settings.period, file: budget.files.financing))
        }
    }
}

// MARK: - Messages

extension FinancingPrintedDiffers {
    static func message(_ check: FinancingFigureCheck, source: String?, period: Period, file: String) -> String {
        let years = check.year.map { "in \($0)" } ?? "summed over \(period.start)-\(period.end)"
        var text =
            "\(check.place): \(source ?? "the source") prints \(check.printed) MNOK for \(check.what) \(years), "
            + "but \(check.givenBy) \(check.computed) MNOK"
            + (check.terms.isEmpty ? "" : " (\(check.terms.map(\.description).joined(separator: " + ")))")
        if !check.followsFrom.isEmpty, let fromPrinted = check.fromPrinted {
            text +=
                "; it follows from the slip at \(check.followsFrom.joined(separator: " and ")): the printed figures it sums give \(fromPrinted). The tool shows \(check.computed)"
        } else {
            text +=
                ": correct \(file) if the figure was copied wrong, else the document has a slip. The tool shows \(check.computed)"
        }
        return text
    }
}

extension FinancingFigureCheck {
    /// What the computed figure is computed from, in words.
    var givenBy: String {
        switch subject {
        case .line: "its yearly amounts give"
        case .total: "the lines give"
        case .netChange: "the changes give"
        }
    }

    /// The figure in words: "\"Klimamidler forvaltet av Miljøenheten\"", "the operating total".
    public var what: String {
        switch subject {
        case .line(_, let name): "\"\(name)\""
        case .total(.operating): "the operating total (with external funding)"
        case .total(.investment): "the investment total"
        case .total(.total): "the total financing"
        case .netChange: "the net change against last year's budget"
        }
    }
}
