import Foundation

/// Writes synthetic budget folders that load with the real loader: the inputs of the benchmark.
///
/// Everything is drawn from ``SeededRandom`` with a fixed seed per budget, so the same command writes the same
/// bytes on every machine. A budget has the bundled layout: `Data/` with the settings, seven sectors, a reference
/// pathway per sector and in total, yearly caps and two milestones, goals and actors (service areas with aliases,
/// a group and outside actors), and `Measures/` with measures of all four kinds, some with a band and status reports.
struct BudgetGenerator {
    /// The sector ids of the bundled budget.
    static let sectors = [
        ("veitrafikk", "Veitrafikk", "Road traffic"), ("energiforsyning", "Energiforsyning", "Energy supply"),
        ("annen-mobil-forbrenning", "Annen mobil forbrenning", "Other mobile combustion"),
        ("sjofart", "Sjøfart", "Shipping"), ("industri", "Industri", "Industry"),
        ("oppvarming", "Oppvarming", "Heating"), ("jordbruk", "Jordbruk", "Agriculture"),
    ]
    /// Municipal service areas a budget picks from: id, name and an alias (empty for none).
    static let serviceAreas = [
        ("TT", "tekniske tjenester", "Teknisk"), ("ET", "eiendomstjenester", "Eiendom"),
        ("ST", "samferdselstjenester", ""), ("MLLT", "miljø, laboratorie- og landbrukstjenester", "Miljø"),
        ("HO", "helse og omsorgstjenester", "Helse"), ("PBT", "plan- og bygningstjenester", "Plan"),
        ("NI", "næring og innkjøp", "Innkjøp"), ("OK", "oppvekst og kultur", "Skole"),
    ]
    /// Outside actors a budget picks from: id, name and an alias (empty for none).
    static let outsideActors = [
        ("TFK", "Fylkeskommunen", "Fylke"), ("AtB", "AtB", ""), ("Havn", "Havnevesenet", "Havna"),
        ("Varme", "Fjernvarmeselskapet", "Fjernvarme"), ("SVV", "Statens vegvesen", "Vegvesenet"),
        ("Enova", "Enova SF", ""), ("Bonde", "Bondelaget", "Landbruket"), ("IKS", "Renovasjonsselskapet", "Renovasjon"),
    ]
    /// Words for titles, descriptions and comments.
    static let words = [
        "klimagassutslipp", "fossilfri", "utslippsfri", "anleggsplass", "kollektivtrafikk", "ladeinfrastruktur",
        "fjernvarme", "energibruk", "formålsbygg", "sykkelandel", "gjenbruk", "ombruk", "matsvinn", "landstrøm",
        "innkjøp", "kjøretøy", "maskiner", "kommunen", "skal", "arbeide", "med", "og", "i", "for", "til", "av",
        "tiltaket", "reduserer", "utslippene", "fra", "sektoren", "gjennom", "krav", "samarbeid", "plan", "tilskudd",
    ]
    /// The budget period, base year and last historical year every generated budget shares.
    static let period = 2024...2027
    static let baseYear = 2009
    static let lastHistoricalYear = 2022
    /// The years of the reference pathway.
    static let referenceYears = [2009, 2015] + Array(2019...2027)

    /// A budget to write.
    struct Plan {
        /// The municipality's number and name.
        var number: Int
        var municipality: String
        /// How many measures, numbered 1 up.
        var measures: Int
        /// The seed the budget's figures are drawn from.
        var seed: UInt64
        /// The measure whose reporter is left out on purpose (a `missing-reporter` finding), if any.
        var missingReporter: Int?
        /// The measure that names an actor no budget knows on purpose (an `unknown-actor` finding), if any.
        var unknownActor: Int?
    }

    /// The name of the actor the deliberate `unknown-actor` error names.
    static let unknownActorName = "Ukjent etat"

    /// The 356 budgets of a synthetic nation (or the first `count`), sized like Norway's municipalities: most
    /// are small, a few are large (20 to 200 measures); every 25th from the fourth has a measure without a
    /// reporter, and every 25th from the twelfth a measure that names an unknown actor.
    static func nation(count: Int = 356, copy: Int = 0) -> [Plan] {
        (0..<count).map { index in
            var random = SeededRandom(seed: 2026 + UInt64(index))
            // Cubing a uniform number gives many small municipalities and a few large ones, as in Norway.
            let size = index == 0 ? 200 : 20 + Int((180 * pow(random.unit(), 3)).rounded())
            let number = 3001 + index * 3
            return Plan(
                number: number, municipality: "Kommune \(number)" + (copy > 0 ? " (kopi \(copy))" : ""),
                measures: size, seed: 7919 &* UInt64(index + 1),
                missingReporter: index % 25 == 3 ? 1 + (index % size) : nil,
                unknownActor: index % 25 == 11 ? 2 + (index % (size - 1)) : nil)
        }
    }

    /// One budget of 9 999 measures, the most the id range (0 to 9999) allows when numbering from 1.
    static func large() -> Plan {
        Plan(
            number: 5001, municipality: "Storby kommune", measures: 9999, seed: 99, missingReporter: nil,
            unknownActor: nil)
    }

    /// The folder name of a plan's budget.
    static func folderName(_ plan: Plan) -> String {
        "\(plan.number)-" + slug(plan.municipality)
    }

    /// Writes the budget of `plan` into `folder` (created), and returns how many bytes its files hold.
    @discardableResult
    static func write(_ plan: Plan, to folder: URL) throws -> Int {
        var random = SeededRandom(seed: plan.seed)
        var files: [(String, String)] = []

        // Sectors: each emits a base-year amount in whole hundreds, then falls by a fixed share a year.
        let scale = Double(plan.measures) / 60
        var base: [Int] = []
        for _ in sectors { base.append(Int((Double(random.int(5...400)) * scale).rounded()) * 100 + 100) }
        let decline = sectors.map { _ in Double(random.int(2...12)) / 1000 }
        func reference(_ sector: Int, _ year: Int) -> Int {
            Int((Double(base[sector]) * (1 - decline[sector] * Double(year - baseYear))).rounded())
        }
        let total = base.reduce(0, +)

        files.append(
            (
                "Data/budget.json",
                """
                {
                  "name": "Klimabudsjett 2024",
                  "municipality": \(quoted(plan.municipality)),
                  "period": { "start": \(period.lowerBound), "end": \(period.upperBound) },
                  "baseYear": \(baseYear),
                  "lastHistoricalYear": \(lastHistoricalYear),
                  "unit": "tCO2e",
                  "language": "nb",
                  "source": "Syntetisk klimabudsjett for ytelsesmåling (climate-budget-bench)"
                }

                """
            ))
        files.append(
            (
                "Data/sectors.json",
                "[\n"
                    + sectors.map { id, name, english in
                        "  { \"id\": \"\(id)\", \"name\": \(quoted(name)), \"translations\": { \"en\": \(quoted(english)) } }"
                    }.joined(separator: ",\n") + "\n]\n"
            ))
        var csv = "year,total," + sectors.map(\.0).joined(separator: ",") + "\n"
        for year in referenceYears {
            let figures = sectors.indices.map { reference($0, year) }
            csv += "\(year),\(figures.reduce(0, +))," + figures.map(String.init).joined(separator: ",") + "\n"
        }
        files.append(("Data/reference.csv", csv))
        // Caps: the milestone of 2025 (-30 %) exactly in its own year, a path of its own in the others.
        let capShares = [2024: 72, 2025: 70, 2026: 64, 2027: 58]
        files.append(
            (
                "Data/target-caps.csv",
                "year,total\n" + period.map { "\($0),\(total / 100 * capShares[$0, default: 70])\n" }.joined()
            ))
        files.append(
            (
                "Data/targets.json",
                """
                {
                  "milestones": [
                    { "goal": "2", "year": 2025, "percentChange": -30 },
                    { "goal": "5", "year": 2030, "percentChange": -80 }
                  ]
                }

                """
            ))
        let goalTexts = [
            ("1", "Kommunen er et forbilde for klimavennlige levemåter", "Under utvikling"),
            ("2", "I 2025 er de direkte klimagassutslippene redusert med 30 % i forhold til 2009", "Tonn CO2ekv/år"),
            ("3", "Kommunen er robust for å møte framtidige klimaendringer", "Under utvikling"),
            ("4", "Energibruken i kommunens bygg går ned", "kWh/m2"),
            ("5", "I 2030 er de direkte klimagassutslippene redusert med 80 % i forhold til 2009", "Tonn CO2ekv/år"),
        ]
        files.append(
            (
                "Data/goals.json",
                "[\n"
                    + goalTexts.map { id, text, indicator in
                        "  { \"id\": \"\(id)\", \"text\": \(quoted(text)), \"indicator\": \(quoted(indicator)) }"
                    }.joined(separator: ",\n") + "\n]\n"
            ))

        // Actors: four to eight service areas, a group of all of them, two to eight outside actors.
        let areas = Array(serviceAreas.prefix(random.int(4...serviceAreas.count)))
        let outside = Array(outsideActors.prefix(random.int(2...outsideActors.count)))
        func actorLine(_ actor: (String, String, String)) -> String {
            "    { \"id\": \(quoted(actor.0)), \"name\": \(quoted(actor.1))"
                + (actor.2.isEmpty ? "" : ", \"aliases\": [\(quoted(actor.2))]") + " }"
        }
        files.append(
            (
                "Data/actors.json",
                "{\n  \"serviceAreas\": [\n" + areas.map(actorLine).joined(separator: ",\n") + "\n  ],\n"
                    + "  \"groups\": [\n    { \"id\": \"ALLE\", \"name\": \"alle tjenesteområder\", \"members\": ["
                    + areas.map { quoted($0.0) }.joined(separator: ", ") + "] }\n  ],\n"
                    + "  \"outside\": [\n" + outside.map(actorLine).joined(separator: ",\n") + "\n  ]\n}\n"
            ))

        // Measures: about 40 % quantified, the rest spread over the other three kinds; every kind at least once.
        let kinds = ["quantified", "unquantified", "otherGoals", "enabling"]
        for id in 1...plan.measures {
            let kind = id <= 4 ? kinds[id - 1] : (random.chance(0.4) ? kinds[0] : random.pick(Array(kinds.dropFirst())))
            let sector = random.int(0...sectors.count - 1)
            let title = sentence(&random, words: random.int(4...10))
            var fields: [String] = [
                "\"id\": \(id)", "\"title\": \(quoted(title))", "\"kind\": \"\(kind)\"",
            ]
            let direct = kind == "quantified" || kind == "unquantified"
            if direct { fields.append("\"sector\": \"\(sectors[sector].0)\"") }
            let goals = direct ? ["2", "5"] : [random.pick(["1", "3", "4"])]
            fields.append("\"goals\": [" + goals.map(quoted).joined(separator: ", ") + "]")
            if random.chance(0.5) {
                let evidence = sentence(&random, words: random.int(8...20))
                fields.append(
                    "\"goalEvidence\": {\n    "
                        + goals.map { "\(quoted($0)): \(quoted(evidence))" }.joined(separator: ",\n    ") + "\n  }")
            }
            fields.append("\"description\": \(quoted(sentence(&random, words: random.int(30...110))))")

            // Who carries it out and who reports: a service area alone, several, the group, or an outside actor.
            var implementers: [String]
            var reporter: String?
            switch random.int(0...9) {
            case 0...4:
                let area = random.pick(areas)
                implementers = [name(of: area, &random)]
                reporter = area.0
            case 5...6:
                let first = random.pick(areas)
                let second = random.pick(areas)
                implementers = [name(of: first, &random), name(of: second, &random)]
                reporter = first.0
            case 7:
                implementers = [random.pick(["ALLE", "alle", "alle tjenesteområder"])]
                reporter = random.pick(areas).0
            default:
                implementers = [name(of: random.pick(outside), &random)]
                reporter = random.pick(areas).0
            }
            if plan.unknownActor == id { implementers.append(unknownActorName) }
            if plan.missingReporter == id { reporter = nil }
            let printed = implementers.joined(separator: "/") + (reporter.map { " (\($0))" } ?? "")
            fields.append(
                "\"responsibility\": {\n    \"printed\": \(quoted(printed)),\n    \"implementers\": ["
                    + implementers.map(quoted).joined(separator: ", ") + "],\n    \"reporter\": "
                    + (reporter.map(quoted) ?? "null") + "\n  }")

            if kind == "quantified" {
                // Small enough that all the measures of a sector together stay below its emissions.
                let ceiling = max(1, reference(sector, period.upperBound) / (plan.measures + 1))
                var effect: [Int] = []
                var running = random.int(0...ceiling / 2)
                for _ in period {
                    effect.append(running)
                    running = min(ceiling, running + random.int(0...ceiling / 4))
                }
                fields.append("\"effect\": " + series(effect))
                if random.chance(0.3) {
                    fields.append("\"effectLow\": " + series(effect.map { $0 * 3 / 4 }))
                    fields.append("\"effectHigh\": " + series(effect.map { $0 + $0 / 2 }))
                }
            }
            if random.chance(0.5) {
                let reports = random.int(1...3)
                let statuses = ["not-started", "on-track", "delayed", "done"]
                let lines = (0..<reports).map { report in
                    let month = 4 + report * 4
                    let day = random.int(1...28)
                    return "    { \"period\": \"2024-T\(report + 1)\", \"status\": \"\(random.pick(statuses))\", "
                        + "\"comment\": \(quoted(sentence(&random, words: random.int(3...15)))), "
                        + "\"date\": \"2024-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)\" }"
                }
                fields.append("\"status\": [\n" + lines.joined(separator: ",\n") + "\n  ]")
            }
            let file = "Measures/" + (id < 10 ? "0" : "") + "\(id)-" + slug(String(title.prefix(40))) + ".json"
            files.append((file, "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"))
        }

        var bytes = 0
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("Data"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("Measures"), withIntermediateDirectories: true)
        for (path, text) in files {
            let data = Data(text.utf8)
            bytes += data.count
            try data.write(to: folder.appendingPathComponent(path))
        }
        return bytes
    }

    /// An actor named by its id, its name or its alias, in the letter case of the files or in lower case, so that
    /// resolving names does the work a real budget asks of it.
    private static func name(of actor: (String, String, String), _ random: inout SeededRandom) -> String {
        switch random.int(0...5) {
        case 0: return actor.1
        case 1 where !actor.2.isEmpty: return actor.2
        case 2: return actor.0.lowercased()
        default: return actor.0
        }
    }

    /// `{ "2024": 10, "2025": 12, ... }` over the period.
    private static func series(_ figures: [Int]) -> String {
        "{ " + zip(period, figures).map { "\"\($0)\": \($1)" }.joined(separator: ", ") + " }"
    }

    /// A sentence of random words, starting with a capital letter and ending with a full stop.
    private static func sentence(_ random: inout SeededRandom, words count: Int) -> String {
        let text = (0..<count).map { _ in random.pick(words) }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// Lower-case letters and digits joined by hyphens, as measure file names are.
    static func slug(_ text: String) -> String {
        let replaced = text.lowercased().map { character -> Character in
            switch character {
            case "æ": return "e"
            case "ø": return "o"
            case "å": return "a"
            case "a"..."z", "0"..."9": return character
            default: return "-"
            }
        }
        return String(replaced).split(separator: "-").joined(separator: "-")
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
