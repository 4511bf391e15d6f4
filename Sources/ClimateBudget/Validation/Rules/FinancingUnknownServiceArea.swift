/// The service area that carries a financing line is a municipal service area the actor register knows, by id,
/// full name or alias, compared as measures' names are (case and surrounding spaces ignored): the money sits in
/// that area's budget chapter.
public enum FinancingUnknownServiceArea: ValidationRule {
    public static let id = "financing-unknown-service-area"
    public static let title = "Financing lines are carried by known service areas"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "En finansieringslinje har ukjent tjenesteområde", "nn": "Ei finansieringslinje har ukjent tenesteområde",
        "en": "A financing line names an unknown service area",
    ]
    public static let summary =
        "The serviceArea of a line in Data/financing.json must be a municipal service area in Data/actors.json (its id, name or an alias), not an outside actor or a group; add the table's name as an alias."
    public static let checksMeasures = false
    public static let severity = Severity.error
    /// Without the actors every name would look unknown.
    public static let needs: Set<BudgetPart> = [.actors, .financing]
    public static let examples = RuleExamples(
        breaking: RuleExample("A line is carried by \"Samferdsel\", which the register does not know") { budget in
            ExampleBudget.addFinancing(&budget)
            budget.financing.lines[0].carrier = .serviceArea("Samferdsel")
        },
        passing: RuleExample("A line is carried by \"samferdselstjenester\", ST's full name") { budget in
            ExampleBudget.addFinancing(&budget)
            budget.financing.lines[0].carrier = .serviceArea("samferdselstjenester")
        })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.financing.allLines.compactMap { line in
            guard case .serviceArea(let name)? = line.carrier else { return nil }
            let actor = budget.actors.resolve(name)
            guard actor?.kind != .serviceArea else { return nil }
            let areas = budget.actors.serviceAreas
            let known = areas.isEmpty ? "none is listed yet" : "one of " + areas.map(\.id).joined(separator: ", ")
            let what: String
            if let actor {
                what = "\"\(name)\" is \(actor.kind == .outside ? "an outside actor" : "a group"), not a service area"
            } else {
                let guess = closestMatch(to: name, among: areas.flatMap { [$0.id] + $0.aliases })
                what = "\"\(name)\" is not a known service area" + (guess.map { " (did you mean \"\($0)\"?)" } ?? "")
            }
            return finding(
                file: budget.files.financing, about: [.measureDetails],
                details: .financingLine(name: line.name, year: nil, serviceArea: name, measure: nil),
                "\(line.place).serviceArea: \(what). The money of \"\(line.name)\" sits in one service area's budget: \(known). Correct the name, or add it as an alias of the service area in \(budget.files.actors)"
            )
        }
    }
}
