import ClimateBudget
import ClimateBudgetReports

/// `climate-budget measures`: lists the measures, filtered by kind, sector, implementer or reporter.
enum MeasuresCommand: Command {
    static let spec = CommandSpec(
        name: "measures",
        abstract: "List the measures, filtered by kind, sector, implementer or reporter.",
        discussion: """
            Filters combine: every given filter must match. Actor names resolve through aliases and groups,
            so '--implementer HO' also finds measures printed as "Helse" or "ALLE".

            EXAMPLES:
              climate-budget measures --kind quantified
              climate-budget measures --implementer HO
              climate-budget measures --reporter MLLT --format csv > mllt.csv
            """,
        options: [CommonOptions.budget, kind, sector, implementer, reporter, format])

    static let kind: Option<MeasureKind?> = .choice("kind", "KIND", help: "Only measures of this kind.")
    static let sector: Option<String?> = .value("sector", "SECTOR", help: "Only measures in this sector (id or name).")
    static let implementer: Option<String?> = .value(
        "implementer", "ACTOR", help: "Only measures this actor carries out (alone, with others or through a group).")
    static let reporter: Option<String?> = .value(
        "reporter", "AREA", help: "Only measures this service area reports on.")
    static let format: Option<MeasuresReport.Format> = .format(default: .text)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let budget = try context.loadBudget(arguments)
        var measures = budget.measures
        if let kind = arguments[Self.kind] {
            measures = measures.filter { $0.kind == kind }
        }
        if let wanted = arguments[Self.sector] {
            guard
                let sector = budget.sectors.first(where: {
                    $0.id.lowercased() == wanted.lowercased() || $0.name.lowercased() == wanted.lowercased()
                })
            else {
                throw UsageError.invalidValue(
                    option: "sector", value: wanted,
                    expected: "one of " + budget.sectors.map(\.id).joined(separator: ", "),
                    suggestion: closestMatch(to: wanted, among: budget.sectors.map(\.id)))
            }
            measures = measures.filter { $0.sector == sector.id }
        }
        let actorFilters: [(option: Option<String?>, names: (Measure) -> [String])] = [
            (Self.implementer, { $0.responsibility.implementers }),
            (Self.reporter, { [$0.responsibility.reporter].compactMap { $0 } }),
        ]
        if let wanted = arguments[Self.reporter] { try checkReporter(wanted, actors: budget.actors) }
        for (option, names) in actorFilters {
            guard let wanted = arguments[option] else { continue }
            guard budget.actors.resolve(wanted) != nil else {
                throw UsageError.invalidValue(
                    option: option.spec.name, value: wanted,
                    expected: "a known actor such as " + budget.actors.serviceAreas.map(\.id).joined(separator: ", "),
                    suggestion: budget.actors.suggestion(for: wanted))
            }
            measures = measures.filter { names($0).contains { budget.actors.name($0, covers: wanted) } }
        }
        context.output(MeasuresReport.render(measures, budget: budget, format: arguments[Self.format]))
        // The list is whole; only the cost per tonne is withheld, and that is an error, as gap's withheld rows are.
        return budget.financing.isWithheld ? .dataErrors : .success
    }

    /// Only a single service area reports on a measure: a group or an outside actor given to `--reporter` would
    /// match nothing, so it is a usage error that says why and where to look instead; an unknown name lists the
    /// service areas it could be.
    private static func checkReporter(_ wanted: String, actors: ActorRegistry) throws(UsageError) {
        let areas = actors.serviceAreas.map(\.id)
        guard let actor = actors.resolve(wanted) else {
            throw UsageError.invalidValue(
                option: reporter.spec.name, value: wanted,
                expected: "a service area: one of " + areas.joined(separator: ", "),
                suggestion: closestMatch(to: wanted, among: actors.serviceAreas.flatMap { [$0.id] + $0.aliases }))
        }
        switch actor.kind {
        case .serviceArea: return
        case .group:
            throw UsageError.notAReporter(wanted, members: actors.serviceAreas(for: wanted), serviceAreas: areas)
        case .outside: throw UsageError.notAReporter(wanted, members: nil, serviceAreas: areas)
        }
    }
}
