/// Every name in a measure's responsibility resolves to a known actor: a service area, an alias of one,
/// a group, or a registered outside actor. A typo would silently drop the measure from its owner's list.
public enum UnknownActor: ValidationRule {
    public static let id = "unknown-actor"
    public static let title = "Responsible actors are known"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Ansvarlig aktør er ukjent", "nn": "Ansvarleg aktør er ukjend", "en": "A responsible actor is unknown",
    ]
    public static let summary =
        "Implementers and reporter must be service areas, their aliases, groups or outside actors listed in Data/actors.json; a typo is an error."
    public static let severity = Severity.error
    /// Without the actors every name would look unknown.
    public static let needs: Set<BudgetPart> = [.actors]
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 2 is implemented by \"SST\", a typo for ST") { budget in
            budget.measures[1].responsibility.implementers = ["SST"]
        },
        passing: RuleExample("Measure 2 is implemented by \"Helse\", an alias of HO") { budget in
            budget.measures[1].responsibility.implementers = ["Helse"]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        var findings: [Finding] = []
        let actors = budget.actors
        let isUnknown = { (name: String) in !actors.knows(name) && !name.trimmingWhitespace().isEmpty }
        for measure in budget.measures {
            // Nearly every name is known: the list of a measure's names and fields is made only when one is not.
            let responsibility = measure.responsibility
            guard
                responsibility.implementers.contains(where: isUnknown) || responsibility.reporter.map(isUnknown) == true
            else { continue }
            var names = responsibility.implementers.map { (name: $0, field: "implementers") }
            if let reporter = responsibility.reporter { names.append((reporter, "reporter")) }
            for (name, field) in names where isUnknown(name) {
                // Only a service area reports, so a reporter's suggestion and list are the service areas.
                let areas = field == "reporter" ? budget.actors.serviceAreas : nil
                let hint =
                    areas.map { closestMatch(to: name, among: $0.flatMap { [$0.id] + $0.aliases }) }
                    ?? budget.actors.suggestion(for: name)
                findings.append(
                    finding(
                        measure: measure.id, file: measure.file, about: [.measureDetails],
                        message(
                            name: name, field: field, suggestion: hint, serviceAreas: areas?.map(\.id),
                            actorsFile: budget.files.actors)))
            }
        }
        return findings
    }
}

// MARK: - Messages

extension UnknownActor {
    /// `serviceAreas`, given for a reporter, are the names it could be: only a service area reports.
    static func message(name: String, field: String, suggestion: String?, serviceAreas: [String]?, actorsFile: String)
        -> String
    {
        let guess = suggestion.map { " Did you mean \"\($0)\"?" } ?? ""
        guard let serviceAreas else {
            return
                "responsibility.\(field) names \"\(name)\", which is not a known actor.\(guess) Correct the name, or add the actor to \(actorsFile)"
        }
        let list = serviceAreas.isEmpty ? "none is listed yet" : "one of " + serviceAreas.joined(separator: ", ")
        return "responsibility.\(field) names \"\(name)\", which is not a known actor.\(guess) "
            + "The reporter is one municipal service area: \(list). Correct the name, or add the service area to \(actorsFile)"
    }
}
