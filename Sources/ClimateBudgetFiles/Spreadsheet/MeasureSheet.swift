import ClimateBudget
import Foundation

/// The measures as a spreadsheet: one row per measure, one column per period year, for the environment
/// unit's round trip through Excel. Export writes the sheet; import reads it back against the budget.
public enum MeasureSheet {
    /// The columns besides the period years, in the order export writes them.
    public static let columns = ["id", "kind", "sector", "title", "implementers", "reporter"]

    /// How a sheet is written.
    public struct Style: Sendable, Equatable {
        /// The field separator.
        public var delimiter: Character
        /// Whether numbers use a decimal comma.
        public var decimalComma: Bool
        /// Whether the text starts with a UTF-8 byte order mark.
        public var byteOrderMark: Bool
        /// The line ending.
        public var lineEnding: String

        /// Comma-separated, decimal point, LF: what most tools read.
        public static let plain = Style(delimiter: ",", decimalComma: false, byteOrderMark: false, lineEnding: "\n")
        /// What Norwegian Excel expects: semicolons, decimal comma, UTF-8 with BOM, CRLF.
        public static let excel = Style(delimiter: ";", decimalComma: true, byteOrderMark: true, lineEnding: "\r\n")
    }

    /// The sheet of a budget's measures.
    public static func export(_ budget: Budget, style: Style = .plain) -> String {
        let years = budget.settings.period.years
        let header = columns + years.map(String.init)
        let rows = budget.measures.sorted { $0.id < $1.id }.map { measure in
            [
                String(measure.id), measure.kind.rawValue, measure.sector ?? "", measure.title,
                measure.responsibility.implementers.joined(separator: "; "), measure.responsibility.reporter ?? "",
            ] + years.map { year in measure.effect[year].map { number($0, style: style) } ?? "" }
        }
        let text = CSV.write([header] + rows, delimiter: style.delimiter, lineEnding: style.lineEnding)
        return (style.byteOrderMark ? "\u{FEFF}" : "") + text
    }

    private static func number(_ value: Double, style: Style) -> String {
        let text = plainNumber(value, decimals: 6)
        return style.decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// What importing a sheet would do: the measures it changes and adds, and the ones it leaves alone.
    public struct Import: Sendable, Equatable {
        /// Existing measures with new values, as they would be written.
        public var changed: [Measure]
        /// Measures the sheet adds, with the file they would be written to.
        public var added: [Measure]
        /// Measures of the budget that the sheet does not list; they are left as they are.
        public var notInSheet: [Int]
        /// The budget as it would be after the import.
        public var budget: Budget
    }

    /// Reads a sheet against a budget. Every bad cell is reported (with its line and column); when there is
    /// any, nothing may be written.
    ///
    /// Only the columns the sheet has are changed; fields a sheet does not carry (descriptions, goals, status
    /// reports, effects for years without a column) are kept. An empty year cell means no effect that year.
    public static func read(_ text: String, file: String, budget: Budget) throws(LoadFailure) -> Import {
        let document: CSVDocument
        do {
            document = try CSV.parse(text)
        } catch {
            throw LoadFailure(errors: [.malformedCSV(file: file, line: error.line, column: error.column, detail: error.description)])
        }
        var errors: [LoadError] = []
        guard let header = document.records.first else { throw LoadFailure(errors: [.emptyFile(file: file)]) }
        let names = header.fields.map { $0.value.trimmingWhitespace().lowercased() }
        var years: [Int: Int] = [:]  // column index -> year
        var seen: Set<String> = []
        for (index, name) in names.enumerated() {
            let field = header.fields[index]
            if !seen.insert(name).inserted {
                errors.append(.malformedCSV(file: file, line: field.line, column: field.column, detail: "the column \"\(name)\" appears twice; keep one of them"))
            } else if let year = Int(name), name.count == 4 {
                years[index] = year
            } else if !columns.contains(name) {
                let guess = closestMatch(to: name, among: columns).map { "; did you mean \"\($0)\"?" } ?? ""
                errors.append(.malformedCSV(
                    file: file, line: field.line, column: field.column,
                    detail: "unknown column \"\(field.value)\"\(guess) The sheet's columns are \(columns.joined(separator: ", ")) and years such as \(budget.settings.period.start)"))
            }
        }
        guard let idColumn = names.firstIndex(of: "id") else {
            errors.append(.malformedCSV(file: file, line: header.line, column: 1, detail: "the sheet has no \"id\" column, so its rows cannot be matched to measures; export the sheet again with climate-budget export"))
            throw LoadFailure(errors: errors)
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }

        let decimalComma = document.delimiter == ";"
        var measures = budget.measures
        var changed: [Measure] = [], added: [Measure] = []
        var listed: Set<Int> = []
        for record in document.records.dropFirst() {
            if record.fields.allSatisfy({ $0.value.trimmingWhitespace().isEmpty }) { continue }
            func cell(_ name: String) -> CSVField? {
                names.firstIndex(of: name).flatMap { $0 < record.fields.count ? record.fields[$0] : nil }
            }
            func bad(_ field: CSVField, _ header: String, _ expected: String) {
                errors.append(.invalidCell(file: file, line: field.line, column: field.column, header: header, value: field.value, expected: expected))
            }
            if record.fields.count > names.count {
                let extra = record.fields[names.count]
                errors.append(.malformedCSV(file: file, line: extra.line, column: extra.column,
                                            detail: "this row has \(record.fields.count) cells but the header has \(names.count); remove the extra cell"))
                continue
            }
            let idField = record.fields[idColumn]
            guard let id = Int(idField.value.trimmingWhitespace()), id >= 0 else {
                bad(idField, "id", "the measure's number, such as 7")
                continue
            }
            guard listed.insert(id).inserted else {
                bad(idField, "id", "each measure once (measure \(id) has a row above)")
                continue
            }
            let existing = measures.firstIndex { $0.id == id }
            var measure = existing.map { measures[$0] } ?? Measure(
                id: id, title: "", kind: .enabling,
                responsibility: Responsibility(printed: "", implementers: [], reporter: nil))

            if let field = cell("kind") {
                let text = field.value.trimmingWhitespace()
                if let kind = MeasureKind(rawValue: text) { measure.kind = kind } else {
                    bad(field, "kind", "one of " + MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
            }
            if let field = cell("sector") {
                let text = field.value.trimmingWhitespace()
                measure.sector = text.isEmpty ? nil : text
            }
            if let field = cell("title") {
                let text = field.value.trimmingWhitespace()
                if text.isEmpty { bad(field, "title", "the measure's title") } else { measure.title = text }
            }
            if let field = cell("implementers") {
                let names = field.value.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                if names != measure.responsibility.implementers {
                    measure.responsibility.implementers = names
                    if existing == nil { measure.responsibility.printed = names.joined(separator: "/") }
                }
            }
            if let field = cell("reporter") {
                let text = field.value.trimmingWhitespace()
                measure.responsibility.reporter = text.isEmpty ? nil : text
            }
            for (index, year) in years.sorted(by: { $0.key < $1.key }) where index < record.fields.count {
                let field = record.fields[index]
                let text = field.value.trimmingWhitespace()
                if text.isEmpty {
                    measure.effect[year] = nil
                } else if let tonnes = NumberText.parse(text, decimalComma: decimalComma), abs(tonnes) < 1e12 {
                    if measure.kind == .quantified {
                        measure.effect[year] = tonnes
                    } else {
                        bad(field, String(year), "an empty cell: measure \(id) is of kind \"\(measure.kind.rawValue)\", and only quantified measures have an effect")
                    }
                } else {
                    bad(field, String(year), "a number of tonnes, such as 1500")
                }
            }
            if existing == nil {
                if measure.title.isEmpty, let field = cell("id") ?? record.fields.first {
                    bad(field, "title", "a title for the new measure \(id) (a row with a new id adds a measure)")
                }
                if cell("kind") == nil, let field = record.fields.first {
                    bad(field, "kind", "a kind for the new measure \(id); add a kind column")
                }
                if measure.responsibility.printed.isEmpty { measure.responsibility.printed = measure.responsibility.reporter ?? "" }
                measure.file = budget.files.measures + "/" + MeasureFileWriter.fileName(for: measure)
                added.append(measure)
                measures.append(measure)
            } else if let index = existing, measures[index] != measure {
                changed.append(measure)
                measures[index] = measure
            }
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }
        var after = budget
        after.measures = measures
        let notInSheet = budget.measures.map(\.id).filter { !listed.contains($0) }
        return Import(changed: changed, added: added, notInSheet: notInSheet, budget: after)
    }
}
