import ClimateBudget

/// Reads a CSV file of yearly tonnes (`Data/reference.csv`, `Data/target-caps.csv`):
/// a `year` column, then a `total` column, one column per sector id, or both.
///
/// Where sector columns are given, a year has either a figure in every sector column or in none, and a
/// `total` given beside them must equal their sum: a sum over the sectors that happen to have a figure
/// would silently understate the year. The caps file may also have a `percentChange` column: a year's cap as a
/// change against the base year in percent, given instead of (never beside) tonnes.
enum YearTableFile {
    /// The figures of the file: totals as given or summed, and per sector where the file has sector columns.
    struct Table {
        var total: YearlySeries
        var bySector: [String: YearlySeries]
        var percentChange: YearlySeries = [:]
    }

    /// The name of the caps file's column of caps in percent.
    static let percentColumn = "percentChange"

    /// How far a given total may differ from the sum of its sectors: rounding to whole tonnes.
    static let totalTolerance = 1.0

    static func read(
        _ document: CSVDocument, file: String, allowsPercent: Bool = false, errors: inout [LoadError]
    ) -> Table? {
        guard let header = document.records.first else {
            errors.append(.emptyFile(file: file))
            return nil
        }
        let names = header.fields.map { $0.value.trimmingWhitespace() }
        guard names.first?.lowercased() == "year", names.count >= 2 else {
            errors.append(
                .malformedCSV(
                    file: file, line: header.line, column: 1,
                    detail:
                        "the first line must be a header that starts with \"year\" followed by \"total\" or sector ids, such as year,total"
                ))
            return nil
        }
        var seenNames: Set<String> = []
        for (index, name) in names.enumerated() where !seenNames.insert(name.lowercased()).inserted || name.isEmpty {
            let field = header.fields[index]
            errors.append(
                .malformedCSV(
                    file: file, line: field.line, column: field.column,
                    detail: name.isEmpty
                        ? "a column without a name; give it a sector id or \"total\", or delete the column"
                        : "the column \"\(name)\" appears twice; keep one of them"))
        }
        if errors.contains(where: { $0.file == file }) { return nil }

        let totalColumn = names.firstIndex { $0.lowercased() == "total" }
        let percentColumn = allowsPercent ? names.firstIndex { $0 == Self.percentColumn } : nil
        let sectorColumns = names.indices.dropFirst().filter { $0 != totalColumn && $0 != percentColumn }
        let decimalComma = document.delimiter == ";"
        var table = Table(total: [:], bySector: [:])
        var seenYears: Set<Int> = []
        for record in document.records.dropFirst() {
            if record.fields.allSatisfy({ $0.value.trimmingWhitespace().isEmpty }) { continue }
            if record.fields.count > names.count {
                let extra = record.fields[names.count]
                errors.append(
                    .malformedCSV(
                        file: file, line: extra.line, column: extra.column,
                        detail:
                            "this row has \(record.fields.count) cells but the header has \(names.count); remove the extra cell or add a header for it"
                    ))
                continue
            }
            let yearField = record.fields[0]
            guard let year = Int(yearField.value.trimmingWhitespace()), JSONFieldReader.years.contains(year) else {
                errors.append(
                    .invalidCell(
                        file: file, line: yearField.line, column: yearField.column, header: "year",
                        value: yearField.value, expected: "a year such as 2024"))
                continue
            }
            guard seenYears.insert(year).inserted else {
                errors.append(
                    .invalidCell(
                        file: file, line: yearField.line, column: yearField.column, header: "year",
                        value: yearField.value, expected: "each year only once"))
                continue
            }
            var figures: [Int: Double] = [:]
            for (index, field) in record.fields.enumerated().dropFirst() {
                let text = field.value.trimmingWhitespace()
                if text.isEmpty { continue }
                let isPercent = index == percentColumn
                let allowed = isPercent ? -100.0..<1000 : 0..<JSONFieldReader.maximumTonnes
                guard let number = NumberText.parse(text, decimalComma: decimalComma), allowed.contains(number) else {
                    errors.append(
                        .invalidCell(
                            file: file, line: field.line, column: field.column, header: names[index],
                            value: field.value,
                            expected: isPercent
                                ? "a change against the base year in percent, such as -30 for 30 % lower"
                                : "a number of tonnes, zero or more, such as 524491"))
                    continue
                }
                figures[index] = number
            }
            let given = sectorColumns.filter { figures[$0] != nil }
            if let percentColumn, figures[percentColumn] != nil {
                if !given.isEmpty || totalColumn.map({ figures[$0] != nil }) == true {
                    let field = record.fields[percentColumn]
                    errors.append(
                        .invalidCell(
                            file: file, line: field.line, column: field.column, header: names[percentColumn],
                            value: field.value,
                            expected:
                                "an empty cell, since \(year) has its cap in tonnes: give a year's cap in tonnes or in percent, not both"
                        ))
                    continue
                }
                table.percentChange[year] = figures[percentColumn]
                continue
            }
            if !given.isEmpty && given.count < sectorColumns.count {
                for index in sectorColumns where figures[index] == nil {
                    let column =
                        index < record.fields.count ? record.fields[index].column : (record.fields.last?.column ?? 1)
                    errors.append(
                        .invalidCell(
                            file: file, line: record.line, column: column, header: names[index], value: "",
                            expected:
                                "a figure, since other sectors have one for \(year) and the year's total is their sum (write 0 for no emissions)"
                        ))
                }
                continue
            }
            for index in sectorColumns {
                if let tonnes = figures[index] { table.bySector[names[index], default: [:]][year] = tonnes }
            }
            let sum = given.reduce(0.0) { $0 + (figures[$1] ?? 0) }
            if let totalColumn, let total = figures[totalColumn] {
                if !given.isEmpty && abs(total - sum) > totalTolerance {
                    let field = record.fields[totalColumn]
                    errors.append(
                        .invalidCell(
                            file: file, line: field.line, column: field.column, header: names[totalColumn],
                            value: field.value,
                            expected: "the sum of the sector columns, \(Tonnes.text(sum))"))
                    continue
                }
                table.total[year] = total
            } else if !given.isEmpty {
                table.total[year] = sum
            }
        }
        return table
    }
}
