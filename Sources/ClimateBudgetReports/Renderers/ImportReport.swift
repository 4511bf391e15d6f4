import ClimateBudget
import ClimateBudgetFiles

/// What `import` says beyond the changes: the values kept because the files changed them after the export,
/// and the values changed both in the files and in the sheet.
public enum ImportReport {
    /// The kept values and the conflicts as text; empty when there are none.
    public static func text(_ result: MeasureSheet.Import, take: MeasureSheet.Side?) -> String {
        var lines: [String] = []
        if !result.newerInFiles.isEmpty {
            lines.append(
                "Changed in the files since the export and not in the sheet, so the files' value is kept (\(result.newerInFiles.count)):"
            )
            for kept in result.newerInFiles {
                let what = kept.change.map(describe) ?? "its file was removed, so its row is not imported"
                lines.append("  = \(kept.measure) \(DiffReport.oneLine(kept.title)): \(what)")
            }
        }
        if !result.conflicts.isEmpty {
            let outcome =
                switch take {
                case .files?: "; --take files keeps the files' value"
                case .sheet?: "; --take sheet takes the sheet's value"
                case nil: ""
                }
            lines.append(
                "Changed both in the files and in the sheet since the export\(outcome) (\(result.conflicts.count)):")
            for conflict in result.conflicts {
                lines.append("  ! \(conflict.measure) \(DiffReport.oneLine(conflict.title))")
                lines.append("      in the files: " + (conflict.inFiles.map(describe) ?? "its file was removed"))
                lines.append("      in the sheet: " + (conflict.inSheet.map(describe) ?? "its row was changed"))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A change in words, effects to the kilogram as typed (``DiffReport/describe(_:)-FieldChange``).
    static func describe(_ change: FieldChange) -> String {
        DiffReport.describe(change)
    }
}
