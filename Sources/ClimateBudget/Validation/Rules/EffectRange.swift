/// A measure's low and high effect bound its expected effect: 0 ≤ low ≤ expected ≤ high in every year, and a low
/// (or high) effect is given for exactly the years of the expected one, so the band never mixes in a year of
/// another kind of estimate.
public enum EffectRange: ValidationRule {
    public static let id = "effect-range"
    public static let title = "Low and high effects enclose the expected effect"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Lav og høy effekt omslutter ikke forventet effekt",
        "nn": "Låg og høg effekt omsluttar ikkje forventa effekt",
        "en": "The low and high effects do not enclose the expected effect",
    ]
    public static let summary =
        "Where a quantified measure gives \"effectLow\" or \"effectHigh\", each gives a figure for every year \"effect\" has and no other, and in each year 0 ≤ low ≤ expected ≤ high."
    public static let severity = Severity.error
    /// Each measure is checked on its own.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1's low effect for 2022 is 70 tonnes, above its expected 50") { budget in
            budget.measures[0].effectLow = [2022: 70, 2023: 45]
            budget.measures[0].effectHigh = [2022: 70, 2023: 75]
        },
        passing: RuleExample("Measure 1's low effect is 40 and 45 tonnes, its high effect 70 and 75") { budget in
            budget.measures[0].effectLow = [2022: 40, 2023: 45]
            budget.measures[0].effectHigh = [2022: 70, 2023: 75]
        })

    /// Whether an end of the band has nothing to report, as nearly every band has: the same years as the effect,
    /// none negative, none on the wrong side of it. Found without sorting or listing the years; a band with
    /// anything to report is gone through year by year.
    private static func isPlain(_ series: YearlySeries, _ end: End, around effect: YearlySeries) -> Bool {
        guard series.count == effect.count else { return false }
        return series.allSatisfy { year, value in
            guard let expected = effect[year], value >= 0 else { return false }
            return end == .low ? value <= expected : value >= expected
        }
    }

    public static func check(_ budget: Budget) -> [Finding] {
        var findings: [Finding] = []
        for measure in budget.measures where measure.kind == .quantified {
            for end in [End.low, .high] {
                let series = end == .low ? measure.effectLow : measure.effectHigh
                guard !series.isEmpty, !Self.isPlain(series, end, around: measure.effect) else { continue }
                func add(_ years: [Int], _ message: String) {
                    findings.append(
                        finding(
                            measure: measure.id, file: measure.file, about: [.effectRanges], in: Set(years),
                            details: .years(years), message))
                }
                let missing = measure.effect.keys.filter { series[$0] == nil }.sorted()
                if !missing.isEmpty { add(missing, Self.message(end, missing: missing)) }
                for year in series.keys.sorted() {
                    guard let value = series[year] else { continue }
                    guard let expected = measure.effect[year] else {
                        add([year], Self.message(end, extra: year))
                        continue
                    }
                    if value < 0 {
                        add([year], Self.message(end, year: year, negative: value))
                    } else if end == .low ? value > expected : value < expected {
                        add([year], Self.message(end, year: year, value: value, expected: expected))
                    }
                }
            }
        }
        return findings
    }

    /// The end of the band a series gives.
    enum End {
        case low, high

        var field: String { self == .low ? "effectLow" : "effectHigh" }
    }
}

// MARK: - Messages

extension EffectRange {
    static func message(_ end: End, year: Int, value: Double, expected: Double) -> String {
        let field = "\(end.field).\(year)"
        return end == .low
            ? "\(field) is \(Tonnes.text(value)), more than the expected effect.\(year) of \(Tonnes.text(expected)); a low effect is at most the expected one: lower \(field) or raise effect.\(year)"
            : "\(field) is \(Tonnes.text(value)), less than the expected effect.\(year) of \(Tonnes.text(expected)); a high effect is at least the expected one: raise \(field) or lower effect.\(year)"
    }

    static func message(_ end: End, year: Int, negative value: Double) -> String {
        "\(end.field).\(year) is \(Tonnes.text(value)); an effect is the reduction in tonnes and cannot be negative: write 0 or more"
    }

    static func message(_ end: End, missing: [Int]) -> String {
        let years = missing.map(String.init).joined(separator: ", ")
        return
            "\(end.field) has no figure for \(years), which effect has; give \(end.field) for every year of effect (the expected figure where that year is certain) or remove \(end.field)"
    }

    static func message(_ end: End, extra year: Int) -> String {
        "\(end.field).\(year) has a figure, but effect has none for \(year); add effect.\(year) or remove \(end.field).\(year)"
    }
}
