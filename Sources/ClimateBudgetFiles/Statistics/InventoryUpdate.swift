import ClimateBudget
import Foundation

/// What a new release of the emission statistics changes in a budget's reference history: every year of every
/// series (the sector columns of `Data/reference.csv`, and the total), old and new, with the budget's sectors
/// mapped to the statistics' by their published names; and the files as they would be after the update.
public struct InventoryUpdate: Sendable {
    /// One series of the reference: a sector column, or the total.
    public struct Series: Sendable, Equatable {
        /// The sector id, or "total".
        public var id: String
        /// The sector's name in the budget, or "total".
        public var name: String
        /// The statistics' sectors it is the sum of, by their published names; empty for the total.
        public var published: [String]
        /// The years compared, in order.
        public var years: [YearChange]
    }

    /// One year of one series: the figure in the budget and in the release.
    public struct YearChange: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// The budget's figure, if it has one.
        public var old: Double?
        /// The release's figure; `nil` where the release has none for the year (it is then kept).
        public var new: Double?

        /// Whether the release changes the year: a figure that differs, or one the budget lacks.
        public var changes: Bool {
            guard let new else { return false }
            return old.map { abs($0 - new) > 1e-9 } ?? true
        }
    }

    /// The statistics file, as the user named it.
    public var file: String
    /// The municipality read.
    public var municipality: MunicipalityEmissions
    /// The decimals the statistics' figures are kept to.
    public var decimals: Int
    /// The reference file, as messages name it.
    public var referenceFile: String
    /// The settings file, as messages name it.
    public var settingsFile: String
    /// The series compared: each sector column of the reference, then the total (left out where a budget sector
    /// has no sector in the release, since the total is the sum of the budget's sectors).
    public var series: [Series]
    /// The statistics' sectors no sector of the budget stands for: left out of the budget's figures.
    public var leftOut: [StatisticsSector]
    /// The budget's sectors no sector of the statistics maps to: their figures cannot be updated.
    public var unmatched: [Sector]
    /// The budget's last history year, and the release's.
    public var lastHistoricalYear: (old: Int?, new: Int?)
    /// The new `Data/reference.csv`, and the new `Data/budget.json` where its last history year moves; `nil`
    /// when nothing changes, or when the update cannot be written (see ``unmatched``).
    public var newReference: String?
    /// The new `Data/budget.json`, where `lastHistoricalYear` moves to the release's last year.
    public var newSettings: String?

    /// Whether the release changes anything in the reference.
    public var changesAnything: Bool {
        series.contains { $0.years.contains(where: \.changes) }
    }
}

extension InventoryUpdate {
    /// Compares the budget in `folder` (loaded as `budget`) with a municipality's figures in a release.
    public static func compare(
        budget: Budget, folder: URL, statistics: EmissionStatistics, municipality: MunicipalityEmissions
    ) throws(LoadFailure) -> InventoryUpdate {
        let files = BudgetLoader.files
        let referenceURL = folder.appendingPathComponent(files.reference)
        var errors: [LoadError] = []
        let document: CSVDocument
        let bytes: Data
        switch FileDecoding.bytes(referenceURL, file: budget.files.reference) {
        case .success(let data): bytes = data
        case .failure(let error): throw LoadFailure(errors: [error])
        }
        switch FileDecoding.csv(bytes, file: budget.files.reference) {
        case .success(let parsed): document = parsed
        case .failure(let error): throw LoadFailure(errors: [error])
        }
        guard let table = YearTableFile.read(document, file: budget.files.reference, errors: &errors), errors.isEmpty
        else { throw LoadFailure(errors: errors) }
        let header = document.records.first?.fields.map { $0.value.trimmingWhitespace() } ?? []
        let sectorColumns = header.dropFirst().filter { $0.lowercased() != "total" }

        // The budget's sectors: the reference's sector columns, or every sector where it gives only totals.
        let budgetSectors: [Sector] =
            sectorColumns.isEmpty
            ? budget.sectors
            : sectorColumns.map { id in budget.sectors.first { $0.id == id } ?? Sector(id: id, name: id) }
        var claimed: Set<Int> = []
        var mapped: [(sector: Sector, statistics: [Int])] = []
        for sector in budgetSectors {
            let names = sector.publishedNames.isEmpty ? [sector.name] : sector.publishedNames
            let matches = municipality.sectors.indices.filter { index in
                let statistic = municipality.sectors[index]
                return names.contains { name in
                    statistic.publishedNames.contains { StatisticsNames.sameSector($0, name) }
                }
            }
            claimed.formUnion(matches)
            mapped.append((sector, matches))
        }
        let unmatched = mapped.filter { $0.statistics.isEmpty }.map(\.sector)
        let leftOut = municipality.sectors.indices.filter { !claimed.contains($0) }.map { municipality.sectors[$0] }

        func sum(_ indices: [Int], _ year: Int) -> Double? {
            guard municipality.years.contains(year), !indices.isEmpty else { return nil }
            let total = indices.reduce(0.0) { $0 + (municipality.sectors[$1].tonnes[year] ?? 0) }
            return EmissionStatistics.rounded(total, decimals: statistics.decimals)
        }

        // The years compared: the release's, and the budget's history years up to the release's last.
        let lastRelease = municipality.years.last
        let lastHistory = budget.reference.lastHistoricalYear
        let horizon = [lastRelease, lastHistory].compactMap { $0 }.max() ?? 0
        let years = Set(municipality.years).union(table.total.keys.filter { $0 <= horizon }).sorted()

        var series: [Series] = []
        if !sectorColumns.isEmpty {
            for (sector, indices) in mapped {
                series.append(
                    Series(
                        id: sector.id, name: sector.name,
                        published: indices.map { municipality.sectors[$0].name },
                        years: years.map { year in
                            YearChange(year: year, old: table.bySector[sector.id]?[year], new: sum(indices, year))
                        }))
            }
        }
        // The total is the sum of the budget's sectors: with one the release lacks, it cannot be compared.
        if unmatched.isEmpty {
            let allMapped = mapped.flatMap(\.statistics)
            series.append(
                Series(
                    id: "total", name: "total", published: [],
                    years: years.map { YearChange(year: $0, old: table.total[$0], new: sum(allMapped, $0)) }))
        }

        var update = InventoryUpdate(
            file: statistics.file, municipality: municipality, decimals: statistics.decimals,
            referenceFile: budget.files.reference, settingsFile: budget.files.settings, series: series,
            leftOut: leftOut, unmatched: unmatched, lastHistoricalYear: (lastHistory, lastRelease),
            newReference: nil, newSettings: nil)
        guard unmatched.isEmpty, update.changesAnything else { return update }
        let text = String(decoding: bytes, as: UTF8.self)
        update.newReference =
            (text.hasPrefix("\u{FEFF}") ? "\u{FEFF}" : "")
            + rewritten(
                document, header: header, series: series, decimals: statistics.decimals,
                lineEnding: text.contains("\r\n") ? "\r\n" : "\n")
        if let lastRelease, let lastHistory, lastRelease > lastHistory {
            let settingsURL = folder.appendingPathComponent(files.settings)
            if case .success(let data) = FileDecoding.bytes(settingsURL, file: budget.files.settings),
                let text = String(data: data, encoding: .utf8)
            {
                update.newSettings = SettingsFileEditor.settingLastHistoricalYear(lastRelease, in: text)
            }
        }
        return update
    }

    /// The reference file with the release's figures: a changed year's cells replaced, a new year added in year
    /// order, every other row and the header as they were; the file's own separator and decimal mark.
    private static func rewritten(
        _ document: CSVDocument, header: [String], series: [Series], decimals: Int, lineEnding: String
    ) -> String {
        let decimalComma = document.delimiter == ";"
        func number(_ value: Double, decimals: Int) -> String {
            let text = plainNumber(value, decimals: decimals)
            return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        var rows = document.records.map { $0.fields.map(\.value) }
        let byID = Dictionary(uniqueKeysWithValues: series.map { ($0.id, $0) })
        let changedYears = Set(series.flatMap { $0.years.filter(\.changes).map(\.year) })
        for year in changedYears.sorted() {
            var row = Array(repeating: "", count: header.count)
            row[0] = String(year)
            for (index, name) in header.enumerated().dropFirst() {
                let id = name.lowercased() == "total" ? "total" : name
                let change = byID[id]?.years.first { $0.year == year }
                if let value = change?.new ?? change?.old { row[index] = number(value, decimals: decimals) }
            }
            if let existing = rows.indices.dropFirst().first(where: {
                Int(rows[$0].first?.trimmingWhitespace() ?? "") == year
            }) {
                rows[existing] = row
            } else {
                let position =
                    rows.indices.dropFirst().first { (Int(rows[$0].first?.trimmingWhitespace() ?? "") ?? 0) > year }
                    ?? rows.count
                rows.insert(row, at: position)
            }
        }
        return CSV.write(rows, delimiter: document.delimiter, lineEnding: lineEnding)
    }
}
