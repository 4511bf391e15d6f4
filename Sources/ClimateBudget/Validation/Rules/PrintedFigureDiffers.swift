/// A figure the budget records as its source printed it (`Data/printed.json`) agrees with the figure the tool
/// computes from the data, within the printed figure's rounding: a slip in a published document is flagged, never
/// copied. A difference within one unit of the printed figure's last digit is the source's own rounding (Tabell
/// 7-1's 2025 gap: printed 62 844, computed 62 843): a note that reports show, not a finding.
public enum PrintedFigureDiffers: ValidationRule {
    public static let id = "printed-figure-differs"
    public static let title = "Printed figures agree with the data"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Et trykt tall stemmer ikke med tallgrunnlaget", "nn": "Eit trykt tal stemmer ikkje med talgrunnlaget",
        "en": "A printed figure does not agree with the data",
    ]
    public static let summary =
        "A figure recorded as printed in Data/printed.json must equal the figure computed from the data, within one unit of the printed figure's last digit (its rounding); a larger difference is a slip in the document or in the data."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// The printed figures are compared with the table, computed from the settings, the reference, the targets and
    /// the measures' effects.
    public static let needs: Set<BudgetPart> = [.settings, .reference, .milestones, .targetCaps, .measures, .printed]
    public static let examples = RuleExamples(
        breaking: RuleExample("The source prints a 2023 gap of 150 tonnes; the data gives 820 − 700 = 120") { budget in
            budget.printed = PrintedFigures(source: "Tabell 7-1", table: [.gap: [2023: PrintedNumber(150)]])
        },
        passing: RuleExample("The source prints a 2023 gap of 121 tonnes: within its rounding of the computed 120") {
            budget in
            budget.printed = PrintedFigures(source: "Tabell 7-1", table: [.gap: [2023: PrintedNumber(121)]])
        })

    public static func check(_ budget: Budget) -> [Finding] {
        PrintedFigureCheck.checks(budget).filter(\.isSlip).map { check in
            finding(
                file: budget.files.printed, about: [.printedFigures],
                message(check, source: budget.printed.source, file: budget.files.printed))
        }
    }
}

// MARK: - Messages

extension PrintedFigureDiffers {
    static func message(_ check: PrintedFigureCheck, source: String?, file: String) -> String {
        let printed = describe(check.printed.value, check.row, decimals: check.printed.decimals)
        let prints = "\(check.place): \(source ?? "the source") prints \(printed) for \(check.what)"
        guard let computed = check.computed, let difference = check.difference else {
            return prints
                + ", but the data gives no such figure; remove it from \(file) or add the data it is computed from"
        }
        let unit = describe(check.tolerance, check.row, decimals: check.printed.decimals)
        return prints + ", but the data gives \(describe(computed, check.row, decimals: 0)): "
            + "a difference of \(describe(abs(difference), check.row, decimals: check.printed.decimals)), more than the printed figure's rounding of \(unit); "
            + "correct \(file) if the figure was copied wrong, else the data or the document has a slip"
    }

    /// A figure with its unit: "62 844 t" or "-26 %".
    static func describe(_ value: Double, _ row: PrintedRow, decimals: Int) -> String {
        let number = Tonnes.text(value, decimals: decimals)
        switch row {
        case .gapPoints: return number + " pp"
        case _ where row.isPercent: return number + " %"
        default: return number + " t"
        }
    }
}

extension PrintedFigureCheck {
    /// Where the figure stands in `Data/printed.json`: "table.gap.2025", "cumulative.gap".
    public var place: String {
        year.map { "table.\(row.rawValue).\($0)" } ?? "cumulative.\(row.rawValue)"
    }

    /// The figure in words: "the gap in 2025", "the target summed over the period".
    public var what: String {
        let name: String
        switch row {
        case .reference: name = "the reference pathway"
        case .referenceChange: name = "the reference pathway's change"
        case .effect: name = "the effect of the measures"
        case .measurePathway: name = "the measure pathway"
        case .measurePathwayChange: name = "the measure pathway's change"
        case .target: name = "the target pathway"
        case .targetChange: name = "the target pathway's change"
        case .gap: name = "the gap"
        case .gapPoints: name = "the gap in percentage points"
        }
        return year.map { "\(name) in \($0)" } ?? "\(name) summed over the period"
    }

    /// The rounding note in a sentence, where the check is one: "Tabell 7-1 prints 62 844 t for the gap in 2025;
    /// the data gives 62 843 t, within the printed figure's rounding."
    public func roundingNote(source: String?) -> String? {
        guard isRoundingNote, let computed else { return nil }
        let printed = PrintedFigureDiffers.describe(self.printed.value, row, decimals: self.printed.decimals)
        return
            "\(source ?? "The source") prints \(printed) for \(what); the data gives \(PrintedFigureDiffers.describe(computed, row, decimals: 0)), within the printed figure's rounding."
    }
}
