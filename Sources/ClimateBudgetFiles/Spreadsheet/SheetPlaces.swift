import ClimateBudget

/// Where the values of an imported sheet came from: each measure's row and each column's letter, so that a
/// problem found after the sheet was read (by the verify step or by validation) names the sheet's cell the value
/// came from, not a measure file that the user does not edit and that may not exist yet.
public struct SheetPlaces: Sendable, Equatable {
    /// The sheet's file, as named in messages.
    public var file: String
    /// The sheet's name in a workbook; "" for a CSV file.
    public var sheet: String
    /// Each column's heading (trimmed, lower case), from column A on.
    var names: [String]
    /// The row each measure read from the sheet stands in, by id.
    var rows: [Int: Int]

    /// The row and column letter of a measure's cell, by its heading ("reporter", "2024"); nil when the sheet has
    /// no row for the measure or no such column.
    public func cell(measure: Int, column name: String) -> (row: Int, column: String)? {
        guard let row = rows[measure], let index = names.firstIndex(of: name) else { return nil }
        return (row, MeasureSheet.columnLetter(index))
    }

    /// The column a field of a measure file is read from: "sector", "responsibility.reporter" → "reporter",
    /// "effect.2024" → "2024"; nil for a field the sheet does not carry.
    static func column(forField field: String) -> String? {
        let parts = field.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        switch first {
        case "id", "kind", "sector", "title": return first
        case "effect": return parts.count > 1 ? parts[1] : nil
        case "responsibility":
            guard parts.count > 1 else { return nil }
            if parts[1].hasPrefix("implementers") { return "implementers" }
            return parts[1] == "reporter" ? "reporter" : nil
        default: return nil
        }
    }

    /// The columns whose values a finding of a rule is about, most likely first; nil for a rule about the
    /// measure as a whole.
    static func columns(forRule rule: String, years: Set<Int>?) -> [String]? {
        let yearColumns = (years ?? []).sorted().map(String.init)
        switch rule {
        case "unknown-sector", "missing-sector": return ["sector"]
        case "reporter-not-service-area", "missing-reporter": return ["reporter"]
        case "missing-implementer": return ["implementers"]
        case "unknown-actor": return ["implementers", "reporter"]
        case "effect-on-unquantified-measure": return yearColumns + ["kind"]
        case "duplicate-measure-id": return ["id"]
        case "measure-file-name": return ["title", "id"]
        default: return yearColumns.isEmpty ? nil : yearColumns
        }
    }

    /// A finding that validation makes after the import, placed at the sheet's cell its value came from: the
    /// sheet, the row and the column letter, with the measure and the finding's words. nil when the finding is
    /// about no measure the sheet has a row for (it then names its own file).
    ///
    /// Of the columns the rule is about, the first the sheet changed is named; `before` is the measure as the
    /// files hold it (nil for a measure the sheet adds).
    public func error(for finding: Finding, after: Measure, before: Measure?) -> LoadError? {
        guard let id = finding.measure, let row = rows[id] else { return nil }
        let candidates = (Self.columns(forRule: finding.rule, years: finding.years) ?? changedColumns(after, before))
            .filter { names.contains($0) }
        let changed = Set(changedColumns(after, before))
        let name =
            candidates.first { changed.contains($0) } ?? candidates.first ?? changedColumns(after, before).first
            ?? "id"
        let index = names.firstIndex(of: name) ?? 0
        return .sheetRow(
            file: file, sheet: sheet, row: row, column: MeasureSheet.columnLetter(index),
            detail:
                "(\(names[index])) measure \(id): \(finding.message) [\(finding.rule)]; correct the cell in the sheet and import it again"
        )
    }

    /// The sheet's columns whose values differ between the measure as the sheet leaves it and as the files hold it.
    private func changedColumns(_ after: Measure, _ before: Measure?) -> [String] {
        names.filter { name in
            guard let before else { return true }
            switch name {
            case "kind": return after.kind != before.kind
            case "sector": return after.sector != before.sector
            case "title": return after.title != before.title
            case "implementers": return after.responsibility.implementers != before.responsibility.implementers
            case "reporter": return after.responsibility.reporter != before.responsibility.reporter
            default:
                guard let year = Int(name) else { return false }
                return after.effect[year] != before.effect[year]
            }
        }
    }
}
