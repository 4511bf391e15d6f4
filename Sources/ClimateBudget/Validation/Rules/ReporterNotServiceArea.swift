/// The reporter is one municipal service area: never an outside actor, never a group such as "ALLE".
public enum ReporterNotServiceArea: ValidationRule {
    public static let id = "reporter-not-service-area"
    public static let title = "The reporter is a municipal service area"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Rapporteringsansvarlig er ikke et kommunalt tjenesteområde",
        "nn": "Den rapporteringsansvarlege er ikkje eit kommunalt tenesteområde",
        "en": "The reporter is not a municipal service area",
    ]
    public static let summary =
        "Only a municipal service area reports to the council; an outside actor or a group such as ALLE cannot be the reporter."
    public static let severity = Severity.error
    /// Whether the reporter is a service area is known only from the actors.
    public static let needs: Set<BudgetPart> = [.actors]
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 names the outside actor AtB as reporter") { budget in
            budget.measures[0].responsibility.reporter = "AtB"
        },
        passing: RuleExample("Measure 1 is carried out by AtB and ST reports") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            guard let name = measure.responsibility.reporter, let actor = budget.actors.resolve(name),
                actor.kind != .serviceArea
            else { return nil }
            return finding(
                measure: measure.id, file: measure.file, about: [.measureDetails], message(name: name, kind: actor.kind)
            )
        }
    }
}

// MARK: - Messages

extension ReporterNotServiceArea {
    static func message(name: String, kind: ActorKind) -> String {
        let what = kind == .outside ? "an outside actor" : "a group of service areas"
        return
            "responsibility.reporter is \"\(name)\", \(what); set it to the one municipal service area that reports on the measure"
    }
}
