import ClimateBudget

/// A complete budget folder made from the emission statistics of one municipality: what `climate-budget init`
/// writes. The history per sector comes from the statistics, every other file is a template to edit, and the
/// result loads and validates without errors as it is.
public enum NewBudget {
    /// What the user chose for the new budget.
    public struct Choices: Sendable, Equatable {
        /// The year targets are measured against; a year the statistics have.
        public var baseYear: Int
        /// The budget period.
        public var period: Period
        /// The council's milestones, as changes against the base year in percent (goals are added for them).
        public var milestones: [Milestone]
        /// The statistics file as the user named it, for the budget's `source`.
        public var source: String
        /// The budget's language, "nb", "nn" or "en": written as its `language`, and the language of the templates
        /// (service areas, goals, example measures) and of the sectors' names.
        public var language: String

        /// Creates the choices.
        public init(baseYear: Int, period: Period, milestones: [Milestone], source: String, language: String = "nb") {
            self.baseYear = baseYear
            self.period = period
            self.milestones = milestones
            self.source = source
            self.language = language
        }
    }

    /// The reference projection a new budget starts with: the last inventory held, sector by sector.
    ///
    /// A linear trend over the last five inventories would follow one-off jumps as if they went on: in the samples,
    /// aviation that started in 2021 would more than double by 2029, and heating would reach zero. Holding the
    /// last inventory assumes nothing the municipality has not seen; the README shows how to choose a trend.
    public static let projection = "{ \"method\": \"hold\" }"

    /// The period a new budget gets when none is given: the four years from two years after the last inventory,
    /// since the statistics for a year are published about fifteen months after it ends.
    public static func defaultPeriod(lastInventory: Int) -> Period {
        Period(start: lastInventory + 2, end: lastInventory + 5)
    }

    /// The files of the new budget, by path relative to the budget folder, in the order they are listed.
    public static func files(
        for municipality: MunicipalityEmissions, statistics: EmissionStatistics, choices: Choices
    ) -> [(path: String, contents: String)] {
        let name = municipality.name ?? municipality.number ?? "Kommunen"
        let texts = NewBudgetTexts.of(choices.language)
        let goals = goals(choices, municipality: name, texts: texts)
        var files: [(path: String, contents: String)] = [
            ("Data/budget.json", settings(municipality: name, statistics: statistics, choices: choices, texts: texts)),
            ("Data/sectors.json", sectors(municipality, language: texts.language)),
            ("Data/reference.csv", reference(municipality, decimals: statistics.decimals)),
            ("Data/targets.json", targets(choices)),
            ("Data/actors.json", actors(texts)),
            ("Data/goals.json", goalsFile(goals)),
        ]
        for measure in measures(municipality, choices: choices, goals: goals.map(\.id), texts: texts) {
            files.append(("Measures/" + MeasureFileWriter.fileName(for: measure), MeasureFileWriter.render(measure)))
        }
        return files
    }

    private static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    private static func settings(
        municipality: String, statistics: EmissionStatistics, choices: Choices, texts: NewBudgetTexts
    ) -> String {
        """
        {
          "name": \(quoted("\(texts.budgetName) \(choices.period.start)")),
          "municipality": \(quoted(municipality + " kommune")),
          "period": { "start": \(choices.period.start), "end": \(choices.period.end) },
          "baseYear": \(choices.baseYear),
          "lastHistoricalYear": \(statistics.years.last ?? choices.baseYear),
          "unit": "tCO2e",
          "language": \(quoted(texts.language)),
          "source": \(quoted("Miljødirektoratet, Klimagassutslipp i kommuner: \(choices.source)")),
          "projection": \(projection)
        }

        """
    }

    /// `Data/sectors.json`: the statistics' sectors, named in the budget's language with the other two languages
    /// as translations (a nynorsk budget names "Veitrafikk" "Vegtrafikk"); the names the statistics publish stay
    /// as `publishedNames`, which later releases are matched by.
    private static func sectors(_ municipality: MunicipalityEmissions, language: String) -> String {
        let lines = municipality.sectors.map { sector in
            let names = ["nb": sector.name, "nn": sector.nynorsk, "en": sector.english]
            let own = names[language] ?? sector.name
            let translations = ["nb", "nn", "en"].filter { $0 != language }
                .map { "\(quoted($0)): \(quoted(names[$0] ?? sector.name))" }
            return "  { \"id\": \(quoted(sector.id)), \"name\": \(quoted(own)), "
                + "\"translations\": { \(translations.joined(separator: ", ")) }, "
                + "\"publishedNames\": [\(sector.publishedNames.map(quoted).joined(separator: ", "))] }"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// `Data/reference.csv`: the history, a year a row, the total and one column per sector, at the statistics'
    /// precision.
    static func reference(_ municipality: MunicipalityEmissions, decimals: Int) -> String {
        var rows = [["year", "total"] + municipality.sectors.map(\.id)]
        for year in municipality.years {
            let figures = municipality.sectors.map { $0.tonnes[year] ?? 0 }
            let total = municipality.total(year, decimals: decimals) ?? 0
            rows.append(
                [String(year), plainNumber(total, decimals: decimals)]
                    + figures.map {
                        plainNumber($0, decimals: decimals)
                    })
        }
        return CSV.write(rows)
    }

    private static func targets(_ choices: Choices) -> String {
        guard !choices.milestones.isEmpty else { return "{ \"milestones\": [] }\n" }
        let milestones = choices.milestones.map { milestone in
            "    { \"goal\": \(quoted(milestone.goal ?? "")), \"year\": \(milestone.year), "
                + "\"percentChange\": \(plainNumber(milestone.percentChange, decimals: 6)) }"
        }
        return """
            {
              "milestones": [
            \(milestones.joined(separator: ",\n"))
              ],
              "rules": [
                { "from": "inventory", "to": "milestones", "shape": "line" }
              ]
            }

            """
    }

    private static func actors(_ texts: NewBudgetTexts) -> String {
        let areas = texts.serviceAreas.map { "    { \"id\": \(quoted($0.id)), \"name\": \(quoted($0.name)) }" }
        let members = texts.serviceAreas.map { quoted($0.id) }.joined(separator: ", ")
        return """
            {
              "serviceAreas": [
            \(areas.joined(separator: ",\n"))
              ],
              "groups": [
                { "id": "ALLE", "name": \(quoted(texts.allServiceAreas)), "members": [\(members)] }
              ],
              "outside": [
                { "id": "FK", "name": \(quoted(texts.county)) }
              ]
            }

            """
    }

    /// One goal per milestone, in words, numbered from 1.
    private static func goals(_ choices: Choices, municipality: String, texts: NewBudgetTexts) -> [Goal] {
        choices.milestones.compactMap { milestone in
            guard let id = milestone.goal else { return nil }
            var change = plainNumber(abs(milestone.percentChange), decimals: 6)
            if texts.language != "en" { change = change.replacingOccurrences(of: ".", with: ",") }
            return Goal(
                id: id,
                text: texts.goal(
                    municipality, milestone.year, milestone.percentChange <= 0, change, choices.baseYear),
                indicator: texts.indicator)
        }
    }

    private static func goalsFile(_ goals: [Goal]) -> String {
        guard !goals.isEmpty else { return "[]\n" }
        let lines = goals.map {
            "  { \"id\": \(quoted($0.id)), \"text\": \(quoted($0.text)), \"indicator\": \(quoted($0.indicator)) }"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// One example measure of each kind, on the sector with the most emissions in the last inventory year; the
    /// quantified one cuts 0 t a year until the environment unit writes its estimate.
    private static func measures(
        _ municipality: MunicipalityEmissions, choices: Choices, goals: [String], texts: NewBudgetTexts
    ) -> [Measure] {
        let last = municipality.years.last ?? choices.baseYear
        let sector = municipality.sectors.max { ($0.tonnes[last] ?? 0) < ($1.tonnes[last] ?? 0) }
        let sectorID = sector?.id ?? "veitrafikk"
        func responsibility(_ id: String) -> Responsibility {
            Responsibility(printed: id, implementers: [id], reporter: id)
        }
        let zero = Dictionary(uniqueKeysWithValues: choices.period.years.map { ($0, 0.0) })
        let examples = texts.examples
        return [
            Measure(
                id: 1, title: examples[0].title, kind: .quantified, sector: sectorID, goals: goals,
                description: examples[0].description, responsibility: responsibility("TEK"), effect: zero),
            Measure(
                id: 2, title: examples[1].title, kind: .unquantified, sector: sectorID, goals: goals,
                description: examples[1].description, responsibility: responsibility("PLAN")),
            Measure(
                id: 3, title: examples[2].title, kind: .otherGoals, description: examples[2].description,
                responsibility: responsibility("TEK")),
            Measure(
                id: 4, title: examples[3].title, kind: .enabling, description: examples[3].description,
                responsibility: responsibility("ADM")),
        ]
    }
}
