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
        options: [
            CommonOptions.budget,
            .value("kind", "KIND", help: "Only measures of this kind.", allowed: MeasureKind.allCases.map(\.rawValue)),
            .value("sector", "SECTOR", help: "Only measures in this sector (id or name)."),
            .value("implementer", "ACTOR", help: "Only measures this actor carries out (alone, with others or through a group)."),
            .value("reporter", "AREA", help: "Only measures this service area reports on."),
            CommonOptions.format(OutputFormat.allCases),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let budget = try context.loadBudget(arguments)
        var measures = budget.measures
        if let kind = arguments.value("kind").flatMap(MeasureKind.init(rawValue:)) {
            measures = measures.filter { $0.kind == kind }
        }
        if let wanted = arguments.value("sector") {
            guard let sector = budget.sectors.first(where: { $0.id.lowercased() == wanted.lowercased() || $0.name.lowercased() == wanted.lowercased() }) else {
                throw UsageError.invalidValue(
                    option: "sector", value: wanted, expected: "one of " + budget.sectors.map(\.id).joined(separator: ", "),
                    suggestion: closestMatch(to: wanted, among: budget.sectors.map(\.id)))
            }
            measures = measures.filter { $0.sector == sector.id }
        }
        for option in ["implementer", "reporter"] {
            guard let wanted = arguments.value(option) else { continue }
            guard budget.actors.resolve(wanted) != nil else {
                throw UsageError.invalidValue(
                    option: option, value: wanted, expected: "a known actor such as " + budget.actors.serviceAreas.map(\.id).joined(separator: ", "),
                    suggestion: budget.actors.suggestion(for: wanted))
            }
            measures = measures.filter { measure in
                let names = option == "reporter"
                    ? [measure.responsibility.reporter].compactMap { $0 }
                    : measure.responsibility.implementers
                return names.contains { budget.actors.name($0, covers: wanted) }
            }
        }
        let format = OutputFormat(rawValue: arguments.value("format") ?? "") ?? .text
        context.output(MeasuresReport.render(measures, budget: budget, format: format))
        return .success
    }
}
