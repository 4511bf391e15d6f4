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

        /// Creates the choices.
        public init(baseYear: Int, period: Period, milestones: [Milestone], source: String) {
            self.baseYear = baseYear
            self.period = period
            self.milestones = milestones
            self.source = source
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

    /// The service areas of the template, for the user to replace with the municipality's own.
    static let serviceAreas: [(id: String, name: String)] = [
        ("ADM", "administrasjon og økonomi"), ("TEK", "teknisk drift og eiendom"), ("PLAN", "plan, byggesak og miljø"),
        ("OPP", "oppvekst og kultur"), ("HO", "helse og omsorg"),
    ]

    /// The files of the new budget, by path relative to the budget folder, in the order they are listed.
    public static func files(
        for municipality: MunicipalityEmissions, statistics: EmissionStatistics, choices: Choices
    ) -> [(path: String, contents: String)] {
        let name = municipality.name ?? municipality.number ?? "Kommunen"
        let goals = goals(choices, municipality: name)
        var files: [(path: String, contents: String)] = [
            ("Data/budget.json", settings(municipality: name, statistics: statistics, choices: choices)),
            ("Data/sectors.json", sectors(municipality)),
            ("Data/reference.csv", reference(municipality, decimals: statistics.decimals)),
            ("Data/targets.json", targets(choices)),
            ("Data/actors.json", actors()),
            ("Data/goals.json", goalsFile(goals)),
        ]
        for measure in measures(municipality, choices: choices, goals: goals.map(\.id)) {
            files.append(("Measures/" + MeasureFileWriter.fileName(for: measure), MeasureFileWriter.render(measure)))
        }
        return files
    }

    private static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    private static func settings(municipality: String, statistics: EmissionStatistics, choices: Choices) -> String {
        """
        {
          "name": \(quoted("Klimabudsjett \(choices.period.start)")),
          "municipality": \(quoted(municipality + " kommune")),
          "period": { "start": \(choices.period.start), "end": \(choices.period.end) },
          "baseYear": \(choices.baseYear),
          "lastHistoricalYear": \(statistics.years.last ?? choices.baseYear),
          "unit": "tCO2e",
          "language": "nb",
          "source": \(quoted("Miljødirektoratet, Klimagassutslipp i kommuner: \(choices.source)")),
          "projection": \(projection)
        }

        """
    }

    private static func sectors(_ municipality: MunicipalityEmissions) -> String {
        let lines = municipality.sectors.map { sector in
            "  { \"id\": \(quoted(sector.id)), \"name\": \(quoted(sector.name)), "
                + "\"translations\": { \"en\": \(quoted(sector.english)) }, "
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

    private static func actors() -> String {
        let areas = serviceAreas.map { "    { \"id\": \(quoted($0.id)), \"name\": \(quoted($0.name)) }" }
        let members = serviceAreas.map { quoted($0.id) }.joined(separator: ", ")
        return """
            {
              "serviceAreas": [
            \(areas.joined(separator: ",\n"))
              ],
              "groups": [
                { "id": "ALLE", "name": "alle tjenesteområder", "members": [\(members)] }
              ],
              "outside": [
                { "id": "FK", "name": "fylkeskommunen" }
              ]
            }

            """
    }

    /// One goal per milestone, in words, numbered from 1.
    private static func goals(_ choices: Choices, municipality: String) -> [Goal] {
        choices.milestones.compactMap { milestone in
            guard let id = milestone.goal else { return nil }
            let change = plainNumber(abs(milestone.percentChange), decimals: 6).replacingOccurrences(of: ".", with: ",")
            let direction = milestone.percentChange <= 0 ? "redusert" : "økt"
            return Goal(
                id: id,
                text:
                    "I \(milestone.year) er de direkte klimagassutslippene i \(municipality) \(direction) med \(change) % i forhold til \(choices.baseYear)",
                indicator: "Tonn CO2ekv/år")
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
    private static func measures(_ municipality: MunicipalityEmissions, choices: Choices, goals: [String]) -> [Measure]
    {
        let last = municipality.years.last ?? choices.baseYear
        let sector = municipality.sectors.max { ($0.tonnes[last] ?? 0) < ($1.tonnes[last] ?? 0) }
        let sectorID = sector?.id ?? "veitrafikk"
        func responsibility(_ id: String) -> Responsibility {
            Responsibility(printed: id, implementers: [id], reporter: id)
        }
        let zero = Dictionary(uniqueKeysWithValues: choices.period.years.map { ($0, 0.0) })
        return [
            Measure(
                id: 1, title: "Eksempel: tallfestet tiltak", kind: .quantified,
                sector: sectorID, goals: goals,
                description:
                    "Et eksempel på et tallfestet tiltak (tabell 7-2): det kutter direkte utslipp med et anslått antall tonn CO2-ekvivalenter hvert år. Skriv anslaget for hvert år i perioden under effect (0 til det finnes et anslag), velg sektor og ansvarlige, eller slett filen.",
                responsibility: responsibility("TEK"), effect: zero),
            Measure(
                id: 2, title: "Eksempel: tiltak uten tallfestet effekt", kind: .unquantified, sector: sectorID,
                goals: goals,
                description:
                    "Et eksempel på et tiltak som kutter direkte utslipp, men uten tallfestet effekt (tabell 7-3). Det har sektor, men ingen effect. Endre eller slett filen.",
                responsibility: responsibility("PLAN")),
            Measure(
                id: 3, title: "Eksempel: tiltak for andre klimamål", kind: .otherGoals,
                description:
                    "Et eksempel på et tiltak for andre klimamål enn direkte utslipp, som energibruk eller indirekte utslipp (tabell 7-4). Det har ingen sektor. Endre eller slett filen.",
                responsibility: responsibility("TEK")),
            Measure(
                id: 4, title: "Eksempel: tilretteleggende tiltak", kind: .enabling,
                description:
                    "Et eksempel på et tilretteleggende tiltak: utredning, plan eller kommunikasjon som forbereder videre omstilling (tabell 7-5). Endre eller slett filen.",
                responsibility: responsibility("ADM")),
        ]
    }
}
