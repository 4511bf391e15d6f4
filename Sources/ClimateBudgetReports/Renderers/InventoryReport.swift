import ClimateBudget
import ClimateBudgetFiles

/// Renders what a new release of the emission statistics changes in a budget's reference history
/// (`climate-budget inventory`): every year of every series, old → new.
public enum InventoryReport {
    /// The comparison as text for a person at a terminal.
    public static func text(_ update: InventoryUpdate) -> String {
        func tonnes(_ value: Double?) -> String { value.map { Tonnes.text($0, decimals: 4) } ?? "–" }
        var lines = [
            "\(update.municipality.shownName) in \(update.file) (\(yearRuns(update.municipality.years))) against "
                + "\(update.referenceFile), year by year:"
        ]
        var counts = (changed: 0, added: 0, unchanged: 0)
        for series in update.series {
            lines.append("")
            let names = series.published.filter { StatisticsNames.key($0) != StatisticsNames.key(series.name) }
            var title = series.id == "total" ? "total" : "\(series.id) (\(series.name))"
            if !names.isEmpty { title += ", from " + names.joined(separator: " + ") }
            lines.append(title)
            let oldWidth = series.years.map { tonnes($0.old).count }.max() ?? 1
            let newWidth = series.years.map { tonnes($0.new).count }.max() ?? 1
            for change in series.years {
                let old = String(repeating: " ", count: oldWidth - tonnes(change.old).count) + tonnes(change.old)
                let line: String
                switch (change.old, change.new) {
                case (_, nil):
                    line = "\(old)   kept: not in the release"
                case (nil, let new?):
                    counts.added += 1
                    line = "\(old) → \(pad(tonnes(new), newWidth))  new"
                case (let old0?, let new?) where change.changes:
                    counts.changed += 1
                    let difference = EmissionStatistics.roundedForReport(new - old0, decimals: 4)
                    let sign = difference > 0 ? "+" : ""
                    line = "\(old) → \(pad(tonnes(new), newWidth))  \(sign)\(Tonnes.text(difference, decimals: 4))"
                default:
                    counts.unchanged += 1
                    line = "\(old)   unchanged"
                }
                lines.append("  \(change.year)  \(line)")
            }
        }
        lines.append("")
        var notes: [String] = []
        if !update.leftOut.isEmpty {
            let last = update.municipality.years.last
            let shown = update.leftOut.map { sector in
                "\(sector.name)"
                    + (last.map { " (\(Tonnes.text(sector.tonnes[$0] ?? 0, decimals: 4)) t in \($0))" } ?? "")
            }
            notes.append(
                "Not among the budget's sectors, so left out of its figures: \(shown.joined(separator: ", ")). "
                    + "To count it, add a sector for it to Data/sectors.json, or list its name under \"publishedNames\" of the sector it belongs to."
            )
        }
        let figures = counts.changed + counts.added
        notes.append(
            figures == 0
                ? "No changes: the reference history is the release's."
                : "\(counts.changed) figure(s) change, \(counts.added) are new, \(counts.unchanged) are unchanged.")
        if let old = update.lastHistoricalYear.old, let new = update.lastHistoricalYear.new, new > old {
            notes.append(
                update.newSettings == nil && update.unmatched.isEmpty
                    ? "The release's last year is \(new): set lastHistoricalYear in \(update.settingsFile) to \(new) by hand."
                    : "The release's last year is \(new): lastHistoricalYear in \(update.settingsFile) \(old) → \(new)."
            )
        }
        return (lines + notes).joined(separator: "\n") + "\n"
    }

    /// The budget's sectors the release has no sector for, as errors: one line each, with what to do.
    public static func unmatched(_ update: InventoryUpdate, sectorsFile: String) -> [String] {
        let release = update.municipality.sectors.map { "\"\($0.name)\"" }.joined(separator: ", ")
        return update.unmatched.map { sector in
            let names = sector.publishedNames.isEmpty ? [sector.name] : sector.publishedNames
            return
                "\(sectorsFile): sector \"\(sector.id)\": the release has no sector named \(names.map { "\"\($0)\"" }.joined(separator: " or ")), "
                + "so its figures cannot be updated; list the names of the release's sectors it stands for under \"publishedNames\" "
                + "(the release has \(release))"
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
