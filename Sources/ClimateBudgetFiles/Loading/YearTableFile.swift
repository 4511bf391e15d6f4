import ClimateBudget

/// Reads a CSV file of yearly tonnes (`Data/reference.csv`, `Data/target-caps.csv`):
/// a `year` column, then a `total` column, one column per sector id, or both.
enum YearTableFile {
    /// The figures of the file: totals as given, and per sector where the file has sector columns.
    struct Table {
        var total: YearlySeries
        var bySector: [String: YearlySeries]
    }

    static func read(_ document: CSVDocument, file: String, errors: inout [LoadError]) -> Table? {
        guard let header = document.records.first else {
            errors.append(.malformedCSV(file: file, line: 1, column: 1, detail: "the file is empty; the first line must be a header such as year,total"))
            return nil
        }
        let names = header.fields.map { $0.value.trimmingWhitespace() }
        guard names.first?.lowercased() == "year", names.count >= 2 else {
            errors.append(.malformedCSV(
                file: file, line: header.line, column: 1,
                detail: "the first line must be a header that starts with \"year\" followed by \"total\" or sector ids, such as year,total"))
            return nil
        }
        let decimalComma = document.delimiter == ";"
        var total: YearlySeries = [:]
        var bySector: [String: YearlySeries] = [:]
        var seenYears: Set<Int> = []
        for record in document.records.dropFirst() {
            if record.fields.count > names.count {
                let extra = record.fields[names.count]
                errors.append(.malformedCSV(
                    file: file, line: extra.line, column: extra.column,
                    detail: "this row has \(record.fields.count) cells but the header has \(names.count); remove the extra cell or add a header for it"))
                continue
            }
            let yearField = record.fields[0]
            guard let year = Int(yearField.value.trimmingWhitespace()), (1900...2200).contains(year) else {
                errors.append(.invalidCell(file: file, line: yearField.line, column: yearField.column, header: "year", value: yearField.value, expected: "a year such as 2024"))
                continue
            }
            if !seenYears.insert(year).inserted {
                errors.append(.invalidCell(file: file, line: yearField.line, column: yearField.column, header: "year", value: yearField.value, expected: "each year only once"))
                continue
            }
            for (index, field) in record.fields.enumerated().dropFirst() {
                let text = field.value.trimmingWhitespace()
                if text.isEmpty { continue }
                guard let tonnes = NumberText.parse(text, decimalComma: decimalComma) else {
                    errors.append(.invalidCell(file: file, line: field.line, column: field.column, header: names[index], value: field.value, expected: "a number of tonnes"))
                    continue
                }
                if names[index].lowercased() == "total" {
                    total[year] = tonnes
                } else {
                    bySector[names[index], default: [:]][year] = tonnes
                }
            }
        }
        return Table(total: total, bySector: bySector)
    }
}
