import ClimateBudget

extension LoadError {
    /// The words of a problem with a file of emission statistics: what is wrong and what to do.
    var statisticsMessage: String {
        let download = "download the file again from Miljødirektoratet (Klimagassutslipp i kommuner)"
        switch self {
        case .statisticsSheetMissing(_, let sheets):
            let shown = sheets.isEmpty ? "none" : sheets.map { "\"\($0)\"" }.joined(separator: ", ")
            return
                "the workbook has no sheet \"\(EmissionStatistics.detailedSheet)\" (its sheets: \(shown)); it is not a file of emission statistics, or the sheet was renamed: \(download)"
        case .statisticsColumnMissing(_, _, _, let column, let found):
            let shown = found.isEmpty ? "nothing" : found.map { "\"\($0)\"" }.joined(separator: ", ")
            return
                "the heading row has no column \"\(column)\" (it has \(shown)); the statistics' sheet has the columns År, Sektor, Utslippskilde, Klimagass and Utslipp (tonn CO2-ekvivalenter), and the national file Kommunenummer and Kommune besides: restore the column, or \(download)"
        case .statisticsCell(_, _, _, _, let header, let value, let expected):
            return
                "expected \(expected) under \"\(header)\", found \"\(value)\"; correct the cell if it was edited, or \(download)"
        case .statisticsUnknownSector(_, _, _, _, let value, let suggestion):
            let guess = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
            return
                "\"\(value)\" is not a sector of the emission statistics\(guess); they have \(Self.list(StatisticsNames.sectors.map { $0.names[0] })). Correct the cell if it was edited; if Miljødirektoratet has renamed or added a sector, the tool must learn the new name: tell its maintainers"
        case .statisticsDuplicateRow(_, _, _, _, let first, let what):
            return
                "repeats row \(first) (\(what)): the same municipality, year, sector, source and gas, so its tonnes would be counted twice; delete one of the two rows, or \(download)"
        case .statisticsMissingYears(_, _, _, let municipality, let sector, let years):
            return
                "\(municipality) has no rows for \(sector) in \(Self.list(years.map(String.init))), which the file has for other sectors; the file is incomplete (filtered, or rows deleted): \(download) without filters. A year the statistics lack altogether (2010, 2012, 2014) is never filled in"
        case .statisticsMunicipalityNotFound(_, _, _, _, let given, let suggestion, let inFile, let count):
            let guess = suggestion.map { " (did you mean \($0)?)" } ?? ""
            if count == 1, let only = inFile.first {
                return
                    "the file holds the emissions of \(only) only, not of \"\(given)\"\(guess); download the file of that municipality, or leave the municipality out"
            }
            let holds =
                inFile.isEmpty
                ? "it holds \(count) municipalities" : "it holds \(Self.list(inFile))"
            return
                "no municipality \"\(given)\" in the file\(guess); \(holds). Give the municipality's name or its four-digit number as this column writes it (5001, or 0301 for Oslo; 301 works too)"
        case .statisticsMunicipalityNeeded(_, let given?, let candidates):
            return
                "\"\(given)\" names \(candidates.count) municipalities in the file: \(Self.list(candidates)); choose one by its number, such as --municipality \(Self.number(in: candidates.first) ?? "5001")"
        case .statisticsMunicipalityNeeded(_, nil, let candidates) where candidates.isEmpty:
            return
                "the file does not say whose emissions it holds (a one-municipality export saved as CSV has no Info sheet); name the municipality with --municipality, such as --municipality Eksempelvik"
        case .statisticsMunicipalityNeeded(_, nil, let candidates):
            return
                "the file holds more than one municipality (such as \(Self.list(candidates))); choose one with --municipality and its name or number, such as --municipality \(Self.number(in: candidates.first) ?? "5001")"
        case .statisticsNoRows:
            return "the sheet has a heading row but no rows of emissions below it; \(download)"
        case .statisticsWorkbook(_, let detail):
            return detail
        default:
            return ""
        }
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The number in a municipality as messages name it: "5099" in "Eksempelvik (5099)".
    private static func number(in shown: String?) -> String? {
        guard let shown, shown.hasSuffix(")"), let open = shown.lastIndex(of: "(") else { return nil }
        return String(shown[shown.index(after: open)..<shown.index(before: shown.endIndex)])
    }
}
