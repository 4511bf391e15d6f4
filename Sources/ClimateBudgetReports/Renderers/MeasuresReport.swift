import ClimateBudget
import ClimateBudgetFiles

/// Renders a list of measures as text, Markdown, CSV or JSON.
public enum MeasuresReport {
    /// The formats the list is written in; `measures --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// An aligned table for a person at a terminal.
        case text
        /// A Markdown table, for a pull request or a wiki.
        case markdown
        /// The sheet `export` writes, for the measures listed, so it can be imported.
        case csv
        /// JSON for scripts, documented in the README.
        case json
    }

    /// The measures in the given format; `budget` supplies the period and sector names.
    public static func render(_ measures: [Measure], budget: Budget, format: Format) -> String {
        switch format {
        case .text: text(measures, budget: budget)
        case .markdown: markdown(measures, budget: budget)
        case .csv: csv(measures, budget: budget)
        case .json: json(measures, budget: budget).rendered()
        }
    }

    /// The longest title the text listing shows before cutting it with "…".
    static let titleWidth = 56

    static func text(_ measures: [Measure], budget: Budget) -> String {
        guard !measures.isEmpty else { return "No measures match.\n" }
        let rows = measures.map { measure in
            [
                String(measure.id), measure.kind.rawValue, measure.sector ?? "",
                shortened(measure.title), measure.responsibility.implementers.joined(separator: ", "),
                measure.responsibility.reporter ?? "(none)",
            ]
        }
        let table = TextTable(
            header: ["ID", "Kind", "Sector", "Title", "Implementers", "Reporter"], rows: rows, rightAligned: [0])
        var text = table.rendered() + "\n" + FindingsReport.count(measures.count, "measure") + ".\n"
        if let lines = costLines(measures, budget: budget) {
            text += "\n" + lines.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// The cost per tonne of the listed measures that a financing line is tied to, in sentences; `nil` when none
    /// is (so a budget without `Data/financing.json` lists its measures as before). Not a column: the CSV is the
    /// sheet `import` reads, and the text table keeps its columns.
    static func costLines(_ measures: [Measure], budget: Budget) -> [String]? {
        if budget.financing.isWithheld {
            return [
                "Cost per tonne: withheld, because \(budget.files.financing) does not load (see 'climate-budget validate')."
            ]
        }
        let ids = Set(measures.map(\.id))
        let costs = CostPerTonne.compute(for: budget).filter { ids.contains($0.measure) }
        guard !costs.isEmpty else { return nil }
        let period = "\(budget.settings.period.start)-\(budget.settings.period.end)"
        return [
            "Cost per tonne (kroner per tonne cut, from the financing lines tied to the measure; every tie inferred, see 'climate-budget money'):"
        ]
            + costs.map { cost in
                let kroner = { (value: Double?) -> String in
                    value.map { NumberFormat.tonnes(Double(CostPerTonne.kroner($0))) } ?? "–"
                }
                let years = budget.settings.period.years.map { year -> String in
                    "\(year): " + kroner(cost.perYear[year] ?? nil)
                }
                return
                    "  measure \(cost.measure): \(kroner(cost.period)) over \(period) (\(years.joined(separator: ", ")))"
            }
    }

    static func markdown(_ measures: [Measure], budget: Budget) -> String {
        let years = budget.settings.period.years
        let rows = measures.map { measure in
            [
                String(measure.id), measure.title, measure.kind.rawValue,
                measure.sector.map { sectorName($0, budget) } ?? "",
                measure.responsibility.implementers.joined(separator: ", "), measure.responsibility.reporter ?? "—",
            ] + years.map { year in measure.effect[year].map { NumberFormat.tonnes($0) } ?? "" }
        }
        let header = ["ID", "Measure", "Kind", "Sector", "Implementers", "Reporter"] + years.map(String.init)
        let right = Set([0] + (6..<header.count))
        let costs = costLines(measures, budget: budget).map { lines in
            "\n" + lines[0] + "\n\n"
                + lines.dropFirst().map { "- " + $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: "\n") + "\n"
        }
        return MarkdownTable(header: header, rows: rows, rightAligned: right).rendered() + (costs ?? "")
    }

    /// The measures as the spreadsheet `export` writes, so a filtered list can be edited and imported too.
    static func csv(_ measures: [Measure], budget: Budget) -> String {
        var filtered = budget
        filtered.measures = measures
        return MeasureSheet.export(filtered)
    }

    /// Every field of every measure, as JSON.
    public static func json(_ measures: [Measure], budget: Budget) -> JSONOutput {
        let costs = budget.financing.isEmpty ? nil : CostPerTonne.compute(for: budget)
        return .object([
            (
                "measures",
                .array(
                    measures.map { measure in
                        .object(
                            [
                                ("id", .integer(measure.id)),
                                ("title", .string(measure.title)),
                                ("kind", .string(measure.kind.rawValue)),
                                ("table", .string(measure.kind.table)),
                                ("sector", .string(measure.sector)),
                                ("goals", .array(measure.goals.map { .string($0) })),
                                ("description", .string(measure.description)),
                                (
                                    "responsibility",
                                    .object([
                                        ("printed", .string(measure.responsibility.printed)),
                                        (
                                            "implementers",
                                            .array(measure.responsibility.implementers.map { .string($0) })
                                        ),
                                        ("reporter", .string(measure.responsibility.reporter)),
                                    ])
                                ),
                                (
                                    "effect",
                                    measure.kind == .quantified
                                        ? .object(
                                            measure.effect.keys.sorted().map {
                                                (String($0), .number(measure.effect[$0]))
                                            })
                                        : .null
                                ),
                                (
                                    "status",
                                    .array(
                                        measure.statusReports.map { report in
                                            .object([
                                                ("period", .string(report.period.description)),
                                                ("status", .string(report.status.rawValue)),
                                                ("comment", .string(report.comment)), ("date", .string(report.date)),
                                            ])
                                        })
                                ),
                                ("file", .string(measure.file)),
                            ] + cost(measure, costs))
                    })
            )
        ])
    }

    /// `"costPerTonne"` where the budget records financing: kroner per tonne per year and over the period, `null`
    /// for a measure no line is tied to; nothing at all for a budget without financing.
    private static func cost(_ measure: Measure, _ costs: [CostPerTonne]?) -> [(String, JSONOutput)] {
        guard let costs else { return [] }
        guard let cost = costs.first(where: { $0.measure == measure.id }) else { return [("costPerTonne", .null)] }
        let years = cost.perYear.keys.sorted().map { year in
            (String(year), (cost.perYear[year] ?? nil).map { JSONOutput.integer(CostPerTonne.kroner($0)) } ?? .null)
        }
        return [
            (
                "costPerTonne",
                .object([
                    ("lines", .array(cost.lines.map { .string($0) })), ("years", .object(years)),
                    ("period", cost.period.map { .integer(CostPerTonne.kroner($0)) } ?? .null),
                ])
            )
        ]
    }

    private static func shortened(_ title: String) -> String {
        title.count <= titleWidth ? title : String(title.prefix(titleWidth - 1)) + "…"
    }

    private static func sectorName(_ id: String, _ budget: Budget) -> String {
        budget.sector(id: id)?.name ?? id
    }
}
