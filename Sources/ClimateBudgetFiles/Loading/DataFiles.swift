import ClimateBudget

/// Reads the JSON files of `Data/`: settings, sectors, actors, goals and milestones.
enum DataFiles {
    /// The settings and the last historical year, which the loader hands to the reference pathway.
    struct SettingsFile {
        var settings: BudgetSettings
        var lastHistoricalYear: Int?
    }

    static let settingsFields = [
        "name", "municipality", "period", "baseYear", "lastHistoricalYear", "unit", "language", "reportingPeriod",
        "source",
    ]
    static let languages = ["nb", "en"]

    /// `Data/budget.json`.
    static func settings(_ value: JSONValue, file: String, errors: inout [LoadError]) -> SettingsFile? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let root = reader.object(value, at: "") else { return nil }
        reader.rejectUnknownKeys(root, allowed: settingsFields, at: "")
        let name = reader.string(root, "name")
        let municipality = reader.string(root, "municipality")
        let baseYear = reader.integer(root, "baseYear", meaning: "a year such as 2009", range: JSONFieldReader.years)
        let lastHistoricalYear = reader.integer(
            root, "lastHistoricalYear", required: false, meaning: "a year such as 2019", range: JSONFieldReader.years)
        _ = reader.string(root, "source", required: false)
        var reportingPeriod: ReportingPeriod?
        if let text = reader.string(root, "reportingPeriod", required: false) {
            reportingPeriod = ReportingPeriod(text)
            if reportingPeriod == nil {
                reader.report(
                    .invalidValue(
                        file: file, measure: nil, field: "reportingPeriod", value: text,
                        expected: "a reporting period such as \"2022-T2\" (year, then T1, T2 or T3)"))
            }
        }
        let unit = reader.string(root, "unit", required: false) ?? "tCO2e"
        let language = reader.string(root, "language", required: false) ?? "nb"
        if !languages.contains(language) {
            reader.report(
                .invalidValue(
                    file: file, measure: nil, field: "language", value: language, expected: "\"nb\" or \"en\""))
        }
        var period: Period?
        if let value = root["period"] {
            if let object = reader.object(value, at: "period") {
                reader.rejectUnknownKeys(object, allowed: ["start", "end"], at: "period")
                let start = reader.integer(
                    object, "start", at: "period", meaning: "a year such as 2022", range: JSONFieldReader.years)
                let end = reader.integer(
                    object, "end", at: "period", meaning: "a year such as 2025", range: JSONFieldReader.years)
                if let start, let end {
                    if start <= end {
                        period = Period(start: start, end: end)
                    } else {
                        reader.report(
                            .invalidValue(
                                file: file, measure: nil, field: "period", value: "\(start)-\(end)",
                                expected: "a start year no later than the end year"))
                    }
                }
            }
        } else {
            reader.report(
                .missingField(file: file, measure: nil, field: "period", expected: "{\"start\": 2022, \"end\": 2025}"))
        }
        if let lastHistoricalYear, let period, lastHistoricalYear >= period.start {
            reader.report(
                .invalidValue(
                    file: file, measure: nil, field: "lastHistoricalYear", value: String(lastHistoricalYear),
                    expected: "a year before the period starts (\(period.start)): the period's years are projections"))
        }
        if let baseYear, let period, baseYear >= period.start {
            reader.report(
                .invalidValue(
                    file: file, measure: nil, field: "baseYear", value: String(baseYear),
                    expected: "a year before the period starts (\(period.start)), such as 2009"))
        }
        guard reader.errors.isEmpty, let name, let municipality, let baseYear, let period else { return nil }
        return SettingsFile(
            settings: BudgetSettings(
                name: name, municipality: municipality, period: period, baseYear: baseYear, unit: unit,
                language: language,
                reportingPeriod: reportingPeriod),
            lastHistoricalYear: lastHistoricalYear)
    }

    /// `Data/sectors.json`: a list of `{"id", "name"}`.
    static func sectors(_ value: JSONValue, file: String, errors: inout [LoadError]) -> [Sector]? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let items = reader.array(value, at: "") else { return nil }
        let sectors = items.enumerated().compactMap { index, item -> Sector? in
            let path = "[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: ["id", "name", "translations"], at: path)
            var translations: [String: String] = [:]
            if let value = object["translations"], let names = reader.object(value, at: path + ".translations") {
                for language in names.keys.sorted() {
                    if let name = reader.string(names, language, at: path + ".translations") {
                        translations[language] = name
                    }
                }
            }
            guard let id = reader.string(object, "id", at: path), let name = reader.string(object, "name", at: path)
            else { return nil }
            return Sector(id: id, name: name, translations: translations)
        }
        reportDuplicates(sectors.map(\.id), what: "sector id", reader: reader)
        return sectors
    }

    static let actorsFields = ["serviceAreas", "groups", "outside"]

    /// `Data/actors.json`: service areas, groups of them and outside actors.
    static func actors(_ value: JSONValue, file: String, errors: inout [LoadError]) -> ActorRegistry? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let root = reader.object(value, at: "") else { return nil }
        reader.rejectUnknownKeys(root, allowed: actorsFields, at: "")
        var actors: [Actor] = []
        for key in actorsFields {
            guard let value = root[key], let items = reader.array(value, at: key) else { continue }
            for (index, item) in items.enumerated() {
                let path = "\(key)[\(index)]"
                guard let object = reader.object(item, at: path) else { continue }
                let allowed = key == "groups" ? ["id", "name", "members"] : ["id", "name", "aliases"]
                reader.rejectUnknownKeys(object, allowed: allowed, at: path)
                guard let id = reader.string(object, "id", at: path), let name = reader.string(object, "name", at: path)
                else { continue }
                switch key {
                case "serviceAreas":
                    let aliases = reader.strings(object, "aliases", at: path, required: false) ?? []
                    actors.append(Actor(id: id, name: name, kind: .serviceArea, aliases: aliases))
                case "groups":
                    let members = reader.strings(object, "members", at: path) ?? []
                    actors.append(Actor(id: id, name: name, kind: .group(members: members)))
                default:
                    let aliases = reader.strings(object, "aliases", at: path, required: false) ?? []
                    actors.append(Actor(id: id, name: name, kind: .outside, aliases: aliases))
                }
            }
        }
        let registry = ActorRegistry(actors: actors)
        for actor in actors {
            guard case .group(let members) = actor.kind else { continue }
            for member in members where registry.resolve(member)?.kind != .serviceArea {
                reader.report(
                    .invalidValue(
                        file: file, measure: nil, field: "groups.\(actor.id).members", value: member,
                        expected: "the id of a service area listed under \"serviceAreas\""))
            }
        }
        reportDuplicates(actors.flatMap { Set($0.names.map { $0.lowercased() }) }, what: "actor name", reader: reader)
        return registry
    }

    /// `Data/goals.json`: a list of `{"id", "text", "indicator"}`.
    static func goals(_ value: JSONValue, file: String, errors: inout [LoadError]) -> [Goal]? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let items = reader.array(value, at: "") else { return nil }
        let goals = items.enumerated().compactMap { index, item -> Goal? in
            let path = "[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: ["id", "text", "indicator"], at: path)
            guard let id = reader.identifier(object, "id", at: path),
                let text = reader.string(object, "text", at: path)
            else { return nil }
            let indicator = reader.string(object, "indicator", at: path, required: false) ?? ""
            return Goal(id: id, text: text, indicator: indicator)
        }
        reportDuplicates(goals.map(\.id), what: "goal id", reader: reader)
        return goals
    }

    /// `Data/targets.json`: `{"milestones": [{"goal", "year", "percentChange"}]}`.
    static func milestones(_ value: JSONValue, file: String, errors: inout [LoadError]) -> [Milestone]? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let root = reader.object(value, at: "") else { return nil }
        reader.rejectUnknownKeys(root, allowed: ["milestones"], at: "")
        guard let list = root["milestones"], let items = reader.array(list, at: "milestones") else { return [] }
        return items.enumerated().compactMap { index, item -> Milestone? in
            let path = "milestones[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: ["goal", "year", "percentChange"], at: path)
            let goal = reader.identifier(object, "goal", at: path, required: false)
            guard
                let year = reader.integer(
                    object, "year", at: path, meaning: "a year such as 2030", range: JSONFieldReader.years),
                let change = reader.number(object, "percentChange", at: path, meaning: "a percentage such as -80")
            else { return nil }
            return Milestone(year: year, percentChange: change, goal: goal)
        }
    }

    private static func reportDuplicates(_ values: [String], what: String, reader: JSONFieldReader) {
        var seen: Set<String> = []
        for value in values where !seen.insert(value).inserted {
            reader.report(
                .invalidValue(
                    file: reader.file, measure: nil, field: what, value: value, expected: "each \(what) only once"))
        }
    }
}
