import ClimateBudget
import Foundation

/// Miljødirektoratet's municipal emission statistics ("Klimagassutslipp i kommuner") as read from the national
/// file (every municipality) or a one-municipality export: per municipality, per sector and year, the tonnes
/// CO2-equivalent summed over sources and gases, at the file's precision.
///
/// Only years the file has are given: the statistics have no 2010, 2012 or 2014, and none is ever invented.
public struct EmissionStatistics: Sendable, Equatable {
    /// The file, as messages name it.
    public var file: String
    /// The municipalities, in the order the file first names them.
    public var municipalities: [MunicipalityEmissions]
    /// Every year the file has, in order.
    public var years: [Int]
    /// The decimals the figures are kept to: the most any figure of the file has, at most four (a tenth of a
    /// kilogram, far below the inventory's accuracy); the one-municipality export's 0.1 t rows give one.
    public var decimals: Int

    /// The name of the sheet that holds the figures, in both layouts.
    public static let detailedSheet = "Oversikt - detaljert"
    /// The one-municipality export's sheet that names the municipality, beside `Datasett:`.
    public static let infoSheet = "Info"
    /// The most decimals a figure is kept to.
    public static let maximumDecimals = 4
}

/// One municipality's emissions in the statistics.
public struct MunicipalityEmissions: Sendable, Equatable {
    /// The four-digit municipality number ("0301"), where the file gives one (the national file does).
    public var number: String?
    /// The municipality's name as the file gives it; `nil` where it gives none (an export saved as CSV).
    public var name: String?
    /// The sectors, in the statistics' order, with the name the file publishes them under.
    public var sectors: [StatisticsSector]
    /// The years the figures cover, in order.
    public var years: [Int]

    /// The sum over the sectors of a year, at the statistics' precision; `nil` for a year the file lacks.
    public func total(_ year: Int, decimals: Int) -> Double? {
        guard years.contains(year) else { return nil }
        return EmissionStatistics.rounded(sectors.reduce(0) { $0 + ($1.tonnes[year] ?? 0) }, decimals: decimals)
    }

    /// The municipality as messages name it: "Eksempelvik (5099)".
    public var shownName: String {
        Self.shownName(name: name, number: number)
    }

    /// A municipality as messages name it, from its name and number.
    static func shownName(name: String?, number: String?) -> String {
        switch (name, number) {
        case (let name?, let number?): "\(name) (\(number))"
        case (let name?, nil): name
        case (nil, let number?): number
        case (nil, nil): "the municipality"
        }
    }
}

/// A sector of the statistics, with its figures.
public struct StatisticsSector: Sendable, Equatable {
    /// An id derived from the published name, such as "industri-olje-og-gass".
    public var id: String
    /// The name as the file publishes it.
    public var name: String
    /// Every name the sector is published under, the file's first: later releases map back by any of them.
    public var publishedNames: [String]
    /// The sector's nynorsk name.
    public var nynorsk: String
    /// The sector's English name.
    public var english: String
    /// Tonnes CO2-equivalent per year: the sum over the sector's sources and gases.
    public var tonnes: YearlySeries
}

extension EmissionStatistics {
    /// A difference of two figures as a report shows it: rounded to `decimals`, binary noise removed.
    public static func roundedForReport(_ value: Double, decimals: Int) -> Double {
        rounded(value, decimals: decimals)
    }

    /// A figure rounded to the statistics' precision.
    static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let result = (value * scale).rounded() / scale
        return result == 0 ? 0 : result
    }

    /// Reads a statistics file (`.xlsx`, or `.csv` saved from one) and picks one municipality: by number
    /// ("5001", "0301", "301") or name, or the only one the file holds. Throws every problem that concerns
    /// that municipality or the file as a whole; problems in other municipalities' rows are not its own.
    ///
    /// `fallback` is chosen when `municipality` is not given and the file does not name one municipality by
    /// itself: a budget's own municipality, such as "Eksempelvik kommune".
    public static func read(
        contentsOf url: URL, shownAs file: String, municipality: String?, orElse fallback: String? = nil
    ) throws(LoadFailure) -> (statistics: EmissionStatistics, municipality: MunicipalityEmissions) {
        let workbook: any StatisticsWorkbook
        do throws(LoadError) {
            workbook = try Self.workbook(at: url, shownAs: file)
        } catch {
            throw LoadFailure(errors: [error])
        }
        return try read(workbook, file: file, municipality: municipality, orElse: fallback)
    }

    /// Whether two names are one municipality's: "Eksempelvik" and "eksempelvik kommune" are.
    public static func sameMunicipality(_ first: String, _ second: String) -> Bool {
        StatisticsReader.Reading.nameKey(first) == StatisticsReader.Reading.nameKey(second)
    }

    /// Reads a workbook and picks one municipality (see ``read(contentsOf:shownAs:municipality:orElse:)``).
    package static func read(
        _ workbook: some StatisticsWorkbook, file: String, municipality given: String?, orElse fallback: String? = nil
    ) throws(LoadFailure) -> (statistics: EmissionStatistics, municipality: MunicipalityEmissions) {
        var reading = try StatisticsReader.read(workbook, file: file)
        var municipality = given
        if given == nil, let fallback, (try? reading.choose(nil)) == nil { municipality = fallback }
        let chosen = try reading.choose(municipality)
        let problems = reading.fileProblems + reading.problems[chosen, default: []]
        guard problems.isEmpty else { throw LoadFailure(errors: problems) }
        // A file that does not name its municipality (an export saved as CSV) takes the name the user gives.
        if let municipality, reading.statistics.municipalities[chosen].name == nil {
            var given = StatisticsNames.clean(municipality)
            if given.lowercased().hasSuffix(" kommune") { given = String(given.dropLast(" kommune".count)) }
            if StatisticsNames.municipalityNumber(given: given) == nil {
                reading.statistics.municipalities[chosen].name = given
            } else {
                reading.statistics.municipalities[chosen].number = StatisticsNames.municipalityNumber(given: given)
            }
        }
        return (reading.statistics, reading.statistics.municipalities[chosen])
    }

    /// Reads a workbook whole: every municipality; throws every problem in any of them.
    package static func readAll(_ workbook: some StatisticsWorkbook, file: String) throws(LoadFailure)
        -> EmissionStatistics
    {
        let reading = try StatisticsReader.read(workbook, file: file)
        let problems =
            reading.fileProblems + reading.statistics.municipalities.indices.flatMap { reading.problems[$0] ?? [] }
        guard problems.isEmpty else { throw LoadFailure(errors: problems) }
        return reading.statistics
    }
}
