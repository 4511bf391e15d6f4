import ClimateBudget

/// Renders the measures' status (latest report per measure, counts, overdue reporters) as text, Markdown or JSON.
public enum StatusReportView {
    /// The order measures are listed in: those needing attention first, then by id.
    static let order: [MeasureStatus?] = [.delayed, .notStarted, .onTrack, .done, .cancelled, nil]

    /// The formats the overview is written in; `status --format` offers exactly these.
    public enum Format: String, CaseIterable, Sendable {
        /// Aligned text for a person at a terminal.
        case text
        /// Markdown for a wiki or a pull request.
        case markdown
        /// JSON for scripts, documented in the README.
        case json
    }

    /// The overview in a format.
    public static func render(_ overview: StatusOverview, format: Format, actors: ActorRegistry = ActorRegistry())
        -> String
    {
        switch format {
        case .json: json(overview).rendered()
        case .markdown: markdown(overview, actors: actors)
        case .text: text(overview, actors: actors)
        }
    }

    static func sorted(_ overview: StatusOverview) -> [(measure: Measure, latest: StatusReport?)] {
        overview.measures.sorted { a, b in
            let rankA = order.firstIndex(of: a.latest?.status) ?? order.count
            let rankB = order.firstIndex(of: b.latest?.status) ?? order.count
            return rankA != rankB ? rankA < rankB : a.measure.id < b.measure.id
        }
    }

    static func rows(_ overview: StatusOverview) -> [[String]] {
        let overdue = Set(overview.overdue.map(\.id))
        return sorted(overview).map { measure, latest in
            [
                String(measure.id), latest?.status.rawValue ?? "no report", latest?.period.description ?? "",
                overdue.contains(measure.id) ? "overdue" : "", measure.responsibility.reporter ?? "(none)",
                measure.title, latest?.comment ?? "",
            ]
        }
    }

    static let header = ["ID", "Status", "Period", "Due", "Reporter", "Title", "Comment"]

    static func text(_ overview: StatusOverview, actors: ActorRegistry) -> String {
        var lines: [String] = []
        lines.append(
            overview.duePeriod.map { "Reports due for \($0)." }
                ?? "No status reports yet, and no reporting period set in \(overview.settingsFile).")
        lines.append(
            overview.counts.filter { $0.count > 0 }.map { "\($0.status?.rawValue ?? "no report"): \($0.count)" }.joined(
                separator: ", ") + ".")
        lines.append("")
        let shortened = rows(overview).map { row in
            row.enumerated().map {
                $0.offset >= 5 && $0.element.count > 48 ? String($0.element.prefix(47)) + "…" : $0.element
            }
        }
        lines.append(TextTable(header: header, rows: shortened, rightAligned: [0]).rendered())
        lines.append(overdueLine(overview, actors: actors))
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ overview: StatusOverview, actors: ActorRegistry) -> String {
        var parts = ["### Status of the measures" + (overview.duePeriod.map { ", \($0)" } ?? "")]
        parts.append(
            MarkdownTable(
                header: ["Status", "Measures"],
                rows: overview.counts.filter { $0.count > 0 }.map {
                    [$0.status?.rawValue ?? "no report", String($0.count)]
                },
                rightAligned: [1]
            ).rendered())
        parts.append(overdueLine(overview, actors: actors))
        parts.append(MarkdownTable(header: header, rows: rows(overview), rightAligned: [0]).rendered())
        return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }

    /// The overdue measures grouped by their reporting service area (aliases resolved, so "Helse" counts as HO).
    static func overdueLine(_ overview: StatusOverview, actors: ActorRegistry) -> String {
        guard let due = overview.duePeriod else { return "Nothing is overdue." }
        guard !overview.overdue.isEmpty else { return "Every open measure has a report for \(due)." }
        let none = "no reporter"
        let byReporter = Dictionary(grouping: overview.overdue) { measure in
            measure.responsibility.reporter.map { actors.resolve($0)?.id ?? $0 } ?? none
        }
        // The measures without a reporter first: nobody will report on them until one is recorded.
        let list = byReporter.keys.sorted { ($0 == none ? 0 : 1, $0) < ($1 == none ? 0 : 1, $1) }.map { reporter in
            "\(reporter): " + byReporter[reporter]!.map { String($0.id) }.joined(separator: ", ")
        }
        return "Overdue for \(due): \(overview.overdue.count) measure(s) without a report ("
            + list.joined(separator: "; ") + ")."
    }

    /// Every measure's latest status, the counts, and the overdue measures, as JSON.
    public static func json(_ overview: StatusOverview) -> JSONOutput {
        let overdue = Set(overview.overdue.map(\.id))
        return .object([
            ("duePeriod", .string(overview.duePeriod?.description)),
            ("counts", .object(overview.counts.map { ($0.status?.rawValue ?? "none", .integer($0.count)) })),
            ("overdue", .array(overview.overdue.map { .integer($0.id) })),
            (
                "measures",
                .array(
                    sorted(overview).map { measure, latest in
                        .object([
                            ("id", .integer(measure.id)),
                            ("title", .string(measure.title)),
                            ("reporter", .string(measure.responsibility.reporter)),
                            ("status", .string(latest?.status.rawValue)),
                            ("period", .string(latest?.period.description)),
                            ("comment", .string(latest?.comment)),
                            ("date", .string(latest?.date)),
                            ("overdue", .bool(overdue.contains(measure.id))),
                        ])
                    })
            ),
        ])
    }
}
