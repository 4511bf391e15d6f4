/// An overlap between two measures counts once. It may be declared in either measure's file or in both; where it
/// is declared more than once, every declaration must say the same (the same share, or the same tonnes), or it
/// is unclear which one the effect sum should subtract.
public enum OverlapDeclaredTwice: ValidationRule {
    public static let id = "overlap-declared-twice"
    public static let title = "An overlap declared twice says the same both times"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Overlappet er oppgitt to ganger med ulike tall", "nn": "Overlappet er oppgjeve to gonger med ulike tal",
        "en": "The overlap is declared twice with different figures",
    ]
    public static let summary =
        "Two measures' overlap counts once, however often it is declared; where both files (or one file twice) declare it, the declarations give the same share or the same tonnes."
    public static let severity = Severity.error
    /// A measure file that did not load can only take a declaration away, never add one.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 overlaps measure 2 by 25 %, and measure 2 overlaps measure 1 by 30 %") {
            budget in
            ExampleBudget.quantifyMeasure2(&budget)
            budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
            budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .share(30))]
        },
        passing: RuleExample("Both measures declare their overlap as 25 %") { budget in
            ExampleBudget.quantifyMeasure2(&budget)
            budget.measures[0].overlaps = [MeasureOverlap(measure: 2, amount: .share(25))]
            budget.measures[1].overlaps = [MeasureOverlap(measure: 1, amount: .share(25))]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        // Without a declared overlap there is no pair, and no sorted copy of the measures to make.
        guard MeasureOverlaps.declared(among: budget.measures) else { return [] }
        // The first declaration of each pair, in the order the effect sum reads them (by measure id).
        var first: [[Int]: (measure: Measure, place: String, amount: MeasureOverlap.Amount)] = [:]
        var findings: [Finding] = []
        for measure in budget.measures.sorted(by: { $0.id < $1.id }) {
            for (index, overlap) in measure.overlaps.enumerated() where overlap.measure != measure.id {
                let pair = [min(measure.id, overlap.measure), max(measure.id, overlap.measure)]
                let place = "overlaps[\(index)]"
                guard let counted = first[pair] else {
                    first[pair] = (measure, place, overlap.amount)
                    continue
                }
                guard counted.amount != overlap.amount else { continue }
                let countedAt = counted.measure.file == measure.file ? counted.place : counted.measure.file
                findings.append(
                    finding(
                        measure: measure.id, file: measure.file, about: [.overlaps],
                        message(
                            place: place, other: overlap.measure, amount: overlap.amount, counted: counted.amount,
                            in: countedAt)))
            }
        }
        return findings
    }
}

// MARK: - Messages

extension OverlapDeclaredTwice {
    static func message(
        place: String, other: Int, amount: MeasureOverlap.Amount, counted: MeasureOverlap.Amount, in countedAt: String
    ) -> String {
        "\(place) declares the overlap with measure \(other) as \(text(amount)), but \(countedAt) declares it as \(text(counted)); an overlap counts once, so write the same in both places or remove one of them"
    }

    /// An overlap's amount in words: "25 % of the smaller effect", "500 tonnes in 2022, 600 in 2023".
    static func text(_ amount: MeasureOverlap.Amount) -> String {
        switch amount {
        case .share(let percent):
            return "\(Tonnes.text(percent)) % of the smaller effect"
        case .tonnes(let tonnes):
            let years = tonnes.keys.sorted()
            guard !years.isEmpty else { return "no tonnes" }
            return years.enumerated().map { index, year in
                "\(Tonnes.text(tonnes[year] ?? 0))\(index == 0 ? " tonnes" : "") in \(year)"
            }.joined(separator: ", ")
        }
    }
}
