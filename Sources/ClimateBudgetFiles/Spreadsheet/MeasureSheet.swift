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
                String(measure.id), measure.kind.rawValue, measure.sector ?? "", guarded(measure.title),
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

    /// Reads a sheet against a budget. Every bad cell is reported by its spreadsheet row and column letter
    /// (as Excel shows them); when there is any, nothing may be written.
    ///
    /// Only the columns the sheet has are changed; fields a sheet does not carry (descriptions, goals, status
    /// reports, effects for years without a column) are kept. An empty year cell means no figure for that
    /// year, which validation then asks for where the measure is quantified (write 0 for no effect).
    public static func read(_ text: String, file: String, budget: Budget) throws(LoadFailure) -> Import {
        let document: CSVDocument
        do {
            document = try CSV.parse(text)
        } catch {
            throw LoadFailure(errors: [.malformedCSV(file: file, line: error.line, column: error.column, detail: error.description)])
        }
        var errors: [LoadError] = []
        guard let header = document.records.first else { throw LoadFailure(errors: [.emptyFile(file: file)]) }
        let rows = Array(document.records.dropFirst())
        var names = header.fields.map { $0.value.trimmingWhitespace().lowercased() }
        // Excel may save empty columns after the last one (a ";" at the end of every line): those are not columns.
        for index in names.indices where names[index].isEmpty {
            let used = rows.contains { index < $0.fields.count && !$0.fields[index].value.trimmingWhitespace().isEmpty }
            names[index] = used ? "" : "\u{0}unused"
        }
        var years: [Int: Int] = [:]  // column index -> year
        var seen: Set<String> = []
        for (index, name) in names.enumerated() where name != "\u{0}unused" {
            let place = (file: file, column: columnLetter(index))
            if !seen.insert(name).inserted {
                errors.append(.sheetHeader(file: place.file, column: place.column, detail: "the column \"\(name)\" appears twice; keep one of them"))
            } else if let year = Int(name), name.count == 4 {
                if JSONFieldReader.years.contains(year) {
                    years[index] = year
                } else {
                    errors.append(.sheetHeader(file: place.file, column: place.column,
                                               detail: "\"\(name)\" is not a year the budget can use (\(JSONFieldReader.years.lowerBound) to \(JSONFieldReader.years.upperBound)); correct the heading"))
                }
            } else if !columns.contains(name) {
                let guess = closestMatch(to: name, among: columns).map { " Did you mean \"\($0)\"?" } ?? ""
                let shown = name.isEmpty ? "a column without a heading" : "unknown column \"\(header.fields[index].value)\""
                errors.append(.sheetHeader(file: place.file, column: place.column,
                                           detail: "\(shown).\(guess) The sheet's columns are \(columns.joined(separator: ", ")) and years such as \(budget.settings.period.start)"))
            }
        }
        guard let idColumn = names.firstIndex(of: "id") else {
            errors.append(.sheetHeader(file: file, column: "A", detail: "the sheet has no \"id\" column, so its rows cannot be matched to measures; export the sheet again with climate-budget export"))
            throw LoadFailure(errors: errors)
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }

        let decimalComma = document.delimiter == ";"
        var measures = budget.measures
        var changed: [Measure] = [], added: [Measure] = []
        var listed: Set<Int> = []
        for (rowIndex, record) in rows.enumerated() {
            let row = rowIndex + 2  // the header is row 1, as in Excel
            if record.fields.allSatisfy({ $0.value.trimmingWhitespace().isEmpty }) { continue }
            func value(_ index: Int) -> String {
                index < record.fields.count ? unguarded(record.fields[index].value.trimmingWhitespace()) : ""
            }
            func column(_ name: String) -> Int? { names.firstIndex(of: name) }
            func bad(_ index: Int, _ expected: String) {
                errors.append(.sheetCell(file: file, row: row, column: columnLetter(index), header: names[index],
                                         value: index < record.fields.count ? record.fields[index].value : "", expected: expected))
            }
            let extra = record.fields.indices.dropFirst(names.count).filter { !record.fields[$0].value.trimmingWhitespace().isEmpty }
            if let first = extra.first {
                errors.append(.sheetCell(file: file, row: row, column: columnLetter(first), header: "", value: record.fields[first].value,
                                         expected: "no cell here: the row has more cells than the sheet has columns"))
                continue
            }
            guard let id = Int(value(idColumn)), id >= 0, id <= 9999 else {
                bad(idColumn, "the measure's number, such as 7")
                continue
            }
            guard listed.insert(id).inserted else {
                bad(idColumn, "each measure once; measure \(id) has a row above")
                continue
            }
            let existing = measures.firstIndex { $0.id == id }
            var measure = existing.map { measures[$0] } ?? Measure(
                id: id, title: "", kind: .enabling, responsibility: Responsibility(printed: "", implementers: [], reporter: nil))
            var kindKnown = existing != nil

            if let index = column("kind") {
                if let kind = MeasureKind(rawValue: value(index)) {
                    measure.kind = kind
                    kindKnown = true
                } else {
                    bad(index, "one of " + MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
            }
            if let index = column("sector") {
                measure.sector = value(index).isEmpty ? nil : value(index)
            }
            if let index = column("title") {
                if value(index).isEmpty { bad(index, "the measure's title") } else { measure.title = value(index) }
            }
            if let index = column("implementers") {
                measure.responsibility.implementers = value(index).split(whereSeparator: { $0 == ";" || $0 == "," })
                    .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            }
            if let index = column("reporter") {
                measure.responsibility.reporter = value(index).isEmpty ? nil : value(index)
            }
            for (index, year) in years.sorted(by: { $0.key < $1.key }) {
                let text = value(index)
                if text.isEmpty {
                    measure.effect[year] = nil
                } else if let tonnes = NumberText.parse(text, decimalComma: decimalComma) {
                    if abs(tonnes) >= JSONFieldReader.maximumTonnes {
                        bad(index, "a number of tonnes below 1 000 000 000 000")
                    } else if kindKnown && measure.kind != .quantified {
                        bad(index, "an empty cell: measure \(id) is of kind \"\(measure.kind.rawValue)\", and only quantified measures have an effect")
                    } else {
                        measure.effect[year] = tonnes
                    }
                } else {
                    bad(index, decimalComma
                        ? "a number of tonnes such as 1500 or 1500,5 (a decimal comma, no point)"
                        : "a number of tonnes such as 1500 or 1500.5")
                }
            }
            if let before = existing.map({ budget.measures[$0].responsibility }),
               before.implementers != measure.responsibility.implementers || before.reporter != measure.responsibility.reporter {
                measure.responsibility.printed = printed(measure.responsibility)
            }
            if existing == nil {
                if measure.title.isEmpty && column("title") == nil { bad(idColumn, "a title for the new measure \(id); add a title column") }
                if !kindKnown && column("kind") == nil { bad(idColumn, "a kind for the new measure \(id); add a kind column") }
                measure.responsibility.printed = printed(measure.responsibility)
                measure.file = budget.files.measures + "/" + MeasureFileWriter.fileName(for: measure)
                added.append(measure)
                measures.append(measure)
            } else if let index = existing, measures[index] != measure {
                changed.append(measure)
                measures[index] = measure
            }
        }
        // Every file to be written must load back as exactly the measure meant: never write what cannot be read.
        for measure in changed + added {
            var problems: [LoadError] = []
            let reread = (try? JSONValue.parse(Data(MeasureFileWriter.render(measure).utf8), file: measure.file))
                .flatMap { MeasureFile.read($0, file: measure.file, errors: &problems) }
            if reread != measure || !problems.isEmpty {
                errors.append(.invalidValue(file: file, measure: measure.id, field: "measure \(measure.id)", value: measure.title,
                                            expected: "values the measure file can hold: \(problems.map(\.message).joined(separator: "; "))"))
            }
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }
        var after = budget
        after.measures = measures
        let notInSheet = budget.measures.map(\.id).filter { !listed.contains($0) }
        return Import(changed: changed, added: added, notInSheet: notInSheet, budget: after)
    }

    /// The "Ansvar" text for a responsibility changed through the sheet: "TT/ET", "ST", or "TFK/AtB (MLLT)".
    static func printed(_ responsibility: Responsibility) -> String {
        let implementers = responsibility.implementers.joined(separator: "/")
        guard let reporter = responsibility.reporter, responsibility.implementers != [reporter] else { return implementers }
        return implementers.isEmpty ? reporter : "\(implementers) (\(reporter))"
    }

    /// The spreadsheet column letter of a column index: 0 → A, 25 → Z, 26 → AA.
    public static func columnLetter(_ index: Int) -> String {
        var letters = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// Text that spreadsheets would read as a formula (starting with =, +, - or @) is written with a leading
    /// apostrophe, which Excel hides; import takes it off again.
    static func guarded(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, "=+-@".contains(second) else { return text }
        return String(text.dropFirst())
    }
}
