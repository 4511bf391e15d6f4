import ClimateBudget

/// Reads the JSON files of `Data/`: settings, sectors, actors, goals and milestones.
enum DataFiles {
    /// The settings and the last historical year, which the loader hands to the reference pathway.
    struct SettingsFile {
        var settings: BudgetSettings
        var lastHistoricalYear: Int?
        var projection: ReferenceProjection?
    }

    static let settingsFields = [
        "name", "municipality", "period", "baseYear", "lastHistoricalYear", "unit", "language", "reportingPeriod",
        "source", "projection",
    ]
    /// The languages a budget may be written in: Norwegian bokmål, Norwegian nynorsk and English.
    static let languages = ["nb", "nn", "en"]

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
                    file: file, measure: nil, field: "language", value: language, expected: "\"nb\", \"nn\" or \"en\""))
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
        // A lastHistoricalYear inside the period is allowed: the reference's figures for those period years are
        // inventory, and count as the actual emissions where Data/actuals.csv lacks them (ActualEmissions).
        if let baseYear, let period, baseYear >= period.start {
            reader.report(
                .invalidValue(
                    file: file, measure: nil, field: "baseYear", value: String(baseYear),
                    expected: "a year before the period starts (\(period.start)), such as 2009"))
        }
        var projection: ReferenceProjection?
        if let value = root["projection"] {
            projection = Self.projection(value, reader: reader)
            if projection != nil && lastHistoricalYear == nil {
                reader.report(
                    .missingField(
                        file: file, measure: nil, field: "lastHistoricalYear",
                        expected:
                            "the last inventory year, such as 2019: the projection starts after it"))
            }
        }
        guard reader.errors.isEmpty, let name, let municipality, let baseYear, let period else { return nil }
        return SettingsFile(
            settings: BudgetSettings(
                name: name, municipality: municipality, period: period, baseYear: baseYear, unit: unit,
                language: language,
                reportingPeriod: reportingPeriod),
            lastHistoricalYear: lastHistoricalYear, projection: projection)
    }

    /// The yearly changes in percent a projection or a target rule may compound: above -100 (a cut to nothing
    /// in one year) and below 100 (a doubling), so that three centuries of them stay a finite number of tonnes.
    static func isYearlyRate(_ percent: Double) -> Bool {
        percent > -100 && percent < 100
    }

    /// The names of the projection methods in `"projection": {"method": ...}`.
    enum ProjectionMethodName: String, CaseIterable {
        case hold, linearTrend, percentChange
    }

    /// `"projection"` in `Data/budget.json`: a method, and methods for single sectors under `"sectors"`.
    static func projection(_ value: JSONValue, reader: JSONFieldReader) -> ReferenceProjection? {
        guard let object = reader.object(value, at: "projection") else { return nil }
        let method = projectionMethod(object, at: "projection", reader: reader, allowing: ["sectors"])
        var bySector: [String: ProjectionMethod] = [:]
        if let value = object["sectors"], let sectors = reader.object(value, at: "projection.sectors") {
            for sector in sectors.keys.sorted() {
                let path = "projection.sectors.\(sector)"
                guard let value = sectors[sector], let entry = reader.object(value, at: path) else { continue }
                if let method = projectionMethod(entry, at: path, reader: reader, allowing: []) {
                    bySector[sector] = method
                }
            }
        }
        return method.map { ReferenceProjection(method: $0, bySector: bySector) }
    }

    private static func projectionMethod(
        _ object: JSONObject, at path: String, reader: JSONFieldReader, allowing extra: [String]
    ) -> ProjectionMethod? {
        reader.rejectUnknownKeys(object, allowed: ["method", "years", "percentPerYear"] + extra, at: path)
        guard
            let name = reader.choice(
                object, "method", at: path, meaning: "how years after the history are projected",
                of: ProjectionMethodName.self)
        else { return nil }
        switch name {
        case .hold:
            return .hold
        case .linearTrend:
            guard
                let years = reader.integer(
                    object, "years", at: path, meaning: "how many of the last inventory figures the trend is fitted to",
                    range: 2...100)
            else { return nil }
            return .linearTrend(years: years)
        case .percentChange:
            guard
                let percent = reader.number(
                    object, "percentPerYear", at: path, meaning: "the change each year in percent, such as -2")
            else { return nil }
            guard isYearlyRate(percent) else {
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: nil, field: reader.join(path, "percentPerYear"),
                        value: plainNumber(percent),
                        expected: "a change above -100 and below 100, such as -2 for 2 % less a year"))
                return nil
            }
            return .percentChange(perYear: percent)
        }
    }

    /// `Data/sectors.json`: a list of `{"id", "name"}`, each optionally with `"translations"` and the
    /// `"publishedNames"` of the national statistics' sectors it stands for.
    static func sectors(_ value: JSONValue, file: String, errors: inout [LoadError]) -> [Sector]? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let items = reader.array(value, at: "") else { return nil }
        let sectors = items.enumerated().compactMap { index, item -> Sector? in
            let path = "[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: ["id", "name", "translations", "publishedNames"], at: path)
            var translations: [String: String] = [:]
            if let value = object["translations"], let names = reader.object(value, at: path + ".translations") {
                for language in names.keys.sorted() {
                    if let name = reader.string(names, language, at: path + ".translations") {
                        translations[language] = name
                    }
                }
            }
            let publishedNames = reader.strings(object, "publishedNames", at: path, required: false) ?? []
            guard let id = reader.string(object, "id", at: path), let name = reader.string(object, "name", at: path)
            else { return nil }
            return Sector(id: id, name: name, translations: translations, publishedNames: publishedNames)
        }
        reportDuplicates(sectors.map(\.id), what: "sector id", reader: reader)
        // A published name two sectors claim would count the statistics' tonnes in both.
        var claimed: [String: String] = [:]
        for sector in sectors {
            for name in Set(sector.publishedNames.map(StatisticsNames.key)).sorted() {
                if let other = claimed[name], other != sector.id {
                    reader.report(
                        .invalidValue(
                            file: file, measure: nil, field: "publishedNames", value: name,
                            expected:
                                "each published name in one sector only; it is listed under both \"\(other)\" and \"\(sector.id)\""
                        ))
                } else {
                    claimed[name] = sector.id
                }
            }
        }
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

    /// What `Data/targets.json` holds: the total's milestones and rules, each sector's, and the carbon budget.
    struct TargetsFile {
        var milestones: [Milestone] = []
        var rules: [TargetRule] = []
        var sectors: [String: SectorTargets] = [:]
        var carbonBudget: CarbonBudgetSpan?
        var carbonBudgetPathways: [CarbonBudgetPathwayRule] = []
    }

    /// `Data/targets.json`: `{"milestones": [{"goal", "year", "percentChange"}], "rules": [...], "sectors":
    /// {"sector-id": {"milestones": [...], "rules": [...]}}, "carbonBudget": {"from", "to"},
    /// "carbonBudgetPathways": [{"tonnes", "from", "method", "percentPerYear"}]}`.
    static func targets(_ value: JSONValue, file: String, errors: inout [LoadError]) -> TargetsFile? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let root = reader.object(value, at: "") else { return nil }
        reader.rejectUnknownKeys(
            root, allowed: ["milestones", "rules", "sectors", "carbonBudget", "carbonBudgetPathways"], at: "")
        var result = TargetsFile()
        result.milestones = milestones(root, at: "", reader: reader)
        result.rules = rules(root, at: "", reader: reader)
        result.carbonBudget = carbonBudget(root, reader: reader)
        result.carbonBudgetPathways = carbonBudgetPathways(root, reader: reader)
        if let value = root["sectors"], let sectors = reader.object(value, at: "sectors") {
            for sector in sectors.keys.sorted() {
                let path = "sectors.\(sector)"
                guard let value = sectors[sector], let object = reader.object(value, at: path) else { continue }
                reader.rejectUnknownKeys(object, allowed: ["milestones", "rules"], at: path)
                result.sectors[sector] = SectorTargets(
                    milestones: milestones(object, at: path, reader: reader),
                    rules: rules(object, at: path, reader: reader))
            }
        }
        return result
    }

    /// `"carbonBudget": {"from": 2022, "to": 2030}`: the span the carbon budget sums the targets over; a bound left
    /// out is the period's.
    private static func carbonBudget(_ root: JSONObject, reader: JSONFieldReader) -> CarbonBudgetSpan? {
        guard let value = root["carbonBudget"], let object = reader.object(value, at: "carbonBudget") else {
            return nil
        }
        reader.rejectUnknownKeys(object, allowed: ["from", "to"], at: "carbonBudget")
        let from = reader.integer(
            object, "from", at: "carbonBudget", required: false,
            meaning: "the carbon budget's first year, such as 2022", range: JSONFieldReader.years)
        let to = reader.integer(
            object, "to", at: "carbonBudget", required: false,
            meaning: "the carbon budget's last year, such as 2030", range: JSONFieldReader.years)
        if let from, let to, from > to {
            reader.report(
                .invalidValue(
                    file: reader.file, measure: nil, field: "carbonBudget", value: "\(from)-\(to)",
                    expected: "a first year (from) no later than the last (to)"))
            return nil
        }
        return CarbonBudgetSpan(from: from, to: to)
    }

    /// The names of the methods in `"carbonBudgetPathways": [{"method": ...}]`.
    enum CarbonBudgetMethodName: String, CaseIterable {
        case line, exponential, rate
    }

    /// `"carbonBudgetPathways": [{"tonnes": 2000000, "from": 2022, "method": "rate", "percentPerYear": -11.72}]`:
    /// the pathways to derive from carbon budgets; `percentPerYear` with the method `"rate"` only.
    private static func carbonBudgetPathways(_ root: JSONObject, reader: JSONFieldReader)
        -> [CarbonBudgetPathwayRule]
    {
        guard let list = root["carbonBudgetPathways"], let items = reader.array(list, at: "carbonBudgetPathways")
        else { return [] }
        return items.enumerated().compactMap { index, item -> CarbonBudgetPathwayRule? in
            let path = "carbonBudgetPathways[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: ["tonnes", "from", "method", "percentPerYear"], at: path)
            var tonnes = reader.number(
                object, "tonnes", at: path, meaning: "the carbon budget in tonnes CO2e, such as 2000000")
            if let value = tonnes, value <= 0 || value >= JSONFieldReader.maximumTonnes {
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: nil, field: reader.join(path, "tonnes"), value: plainNumber(value),
                        expected: "a number of tonnes above zero, such as 2000000"))
                tonnes = nil
            }
            let from = reader.integer(
                object, "from", at: path, meaning: "the first year the carbon budget covers, such as 2022",
                range: JSONFieldReader.years)
            let name = reader.choice(
                object, "method", at: path, meaning: "how the pathway is derived from the carbon budget",
                of: CarbonBudgetMethodName.self)
            var method: CarbonBudgetMethod?
            switch name {
            case .rate?:
                let percent = reader.number(
                    object, "percentPerYear", at: path, meaning: "the change each year in percent, such as -11.72")
                if let percent, percent <= -100 {
                    reader.report(
                        .invalidValue(
                            file: reader.file, measure: nil, field: reader.join(path, "percentPerYear"),
                            value: plainNumber(percent),
                            expected: "a change above -100, such as -11.72 for 11.72 % less a year"))
                } else {
                    method = percent.map { .rate(percentPerYear: $0) }
                }
            case let other?:
                if let value = object["percentPerYear"] {
                    reader.report(
                        .invalidValue(
                            file: reader.file, measure: nil, field: reader.join(path, "percentPerYear"),
                            value: shown(value),
                            expected:
                                "no percentPerYear with the method \"\(other.rawValue)\": only \"rate\" takes one"))
                } else {
                    method = other == .line ? .line : .exponential
                }
            case nil:
                break
            }
            guard let tonnes, let from, let method else { return nil }
            return CarbonBudgetPathwayRule(tonnes: tonnes, from: from, method: method, place: path)
        }
    }

    private static func milestones(_ root: JSONObject, at base: String, reader: JSONFieldReader) -> [Milestone] {
        let at = reader.join(base, "milestones")
        guard let list = root["milestones"], let items = reader.array(list, at: at) else { return [] }
        return items.enumerated().compactMap { index, item -> Milestone? in
            let path = "\(at)[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: ["goal", "year", "percentChange"], at: path)
            let goal = reader.identifier(object, "goal", at: path, required: false)
            guard
                let year = reader.integer(
                    object, "year", at: path, meaning: "a year such as 2030", range: JSONFieldReader.years),
                let change = reader.number(object, "percentChange", at: path, meaning: "a percentage such as -80")
            else { return nil }
            guard change >= -100, change < 1000 else {
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: nil, field: reader.join(path, "percentChange"),
                        value: plainNumber(change),
                        expected: "a change against the base year in percent from -100 to below 1000, such as -80"))
                return nil
            }
            return Milestone(year: year, percentChange: change, goal: goal)
        }
    }

    static let ruleFields = ["from", "level", "to", "shape", "percentPerYear", "through"]

    /// The `"rules"` of the total or a sector: paths `{"from", "to", "shape"}` and yearly changes
    /// `{"from", "percentPerYear", "through"}`, each optionally with the `"level"` it starts at.
    private static func rules(_ root: JSONObject, at base: String, reader: JSONFieldReader) -> [TargetRule] {
        let at = reader.join(base, "rules")
        guard let list = root["rules"], let items = reader.array(list, at: at) else { return [] }
        return items.enumerated().compactMap { index, item -> TargetRule? in
            let path = "\(at)[\(index)]"
            guard let object = reader.object(item, at: path) else { return nil }
            reader.rejectUnknownKeys(object, allowed: ruleFields, at: path)
            let from = yearOrWord(
                object, "from", at: path, word: "inventory",
                meaning: "\"inventory\" or a milestone's year such as 2023",
                reader: reader
            ).map { $0.map(RuleStart.year) ?? .inventory }
            let level = reader.number(object, "level", at: path, required: false, meaning: "a number of tonnes")
            if let level, level < 0 || level >= JSONFieldReader.maximumTonnes {
                reader.report(
                    .invalidValue(
                        file: reader.file, measure: nil, field: reader.join(path, "level"), value: plainNumber(level),
                        expected: "a number of tonnes, zero or more"))
            }
            let isPath = object["to"] != nil || object["shape"] != nil
            let isChange = object["percentPerYear"] != nil || object["through"] != nil
            guard isPath != isChange else {
                let field = isPath ? (object["percentPerYear"] != nil ? "percentPerYear" : "through") : "to"
                let expected =
                    "either a path {\"from\", \"to\", \"shape\"} or a yearly change {\"from\", \"percentPerYear\", \"through\"}"
                if isPath {
                    reader.report(
                        .invalidValue(
                            file: reader.file, measure: nil, field: reader.join(path, field),
                            value: object[field].map(shown) ?? "",
                            expected: "no \(field) in a rule with \"to\" or \"shape\": a rule is " + expected))
                } else {
                    reader.report(
                        .missingField(
                            file: reader.file, measure: nil, field: reader.join(path, "to"),
                            expected: "a milestone's year or \"milestones\": a rule is " + expected))
                }
                return nil
            }
            let kind: TargetRule.Kind?
            if isPath {
                let end = yearOrWord(
                    object, "to", at: path, word: "milestones",
                    meaning: "a milestone's year such as 2030, or \"milestones\"", reader: reader
                ).map { $0.map(RuleEnd.milestone) ?? .milestones }
                let shape =
                    object["shape"] == nil
                    ? PathShape.line : reader.choice(object, "shape", at: path, of: PathShape.self)
                kind = end.flatMap { end in shape.map { .path(to: end, shape: $0) } }
            } else {
                let percent = reader.number(
                    object, "percentPerYear", at: path, meaning: "the change each year in percent, such as -5")
                let through = reader.integer(
                    object, "through", at: path, meaning: "the last year the rule covers, such as 2030",
                    range: JSONFieldReader.years)
                if let percent, !isYearlyRate(percent) {
                    reader.report(
                        .invalidValue(
                            file: reader.file, measure: nil, field: reader.join(path, "percentPerYear"),
                            value: plainNumber(percent),
                            expected: "a change above -100 and below 100, such as -5 for 5 % less a year"))
                }
                kind = percent.flatMap { percent in through.map { .yearlyChange(percentPerYear: percent, through: $0) }
                }
            }
            guard let from, let kind else { return nil }
            return TargetRule(from: from, level: level, kind, place: path)
        }
    }

    /// `Data/printed.json`: `{"source": "Tabell 7-1", "table": {"gap": {"2025": 62844}, ...}, "cumulative":
    /// {"gap": 156095}}`, rows named as ``PrintedRow``.
    static func printed(_ value: JSONValue, file: String, errors: inout [LoadError]) -> PrintedFigures? {
        let reader = JSONFieldReader(file: file)
        defer { errors += reader.errors }
        guard let root = reader.object(value, at: "") else { return nil }
        reader.rejectUnknownKeys(root, allowed: ["source", "table", "cumulative"], at: "")
        var result = PrintedFigures(source: reader.string(root, "source", required: false))
        let rows = PrintedRow.allCases.map(\.rawValue)
        if let value = root["table"], let table = reader.object(value, at: "table") {
            reader.rejectUnknownKeys(table, allowed: rows, at: "table")
            for row in PrintedRow.allCases {
                guard let value = table[row.rawValue],
                    let series = reader.yearlySeries(value, at: "table.\(row.rawValue)")
                else { continue }
                result.table[row] = series.mapValues(printedNumber)
            }
        }
        if let value = root["cumulative"], let sums = reader.object(value, at: "cumulative") {
            let summed: [PrintedRow] = [.reference, .effect, .measurePathway, .target, .gap]
            reader.rejectUnknownKeys(sums, allowed: summed.map(\.rawValue), at: "cumulative")
            for row in summed {
                if let number = reader.number(sums, row.rawValue, at: "cumulative", required: false) {
                    result.cumulative[row] = printedNumber(number)
                }
            }
        }
        return result
    }

    /// A number with the decimals it was written with, as far as JSON keeps them: 367143.7 has one.
    private static func printedNumber(_ value: Double) -> PrintedNumber {
        let text = plainNumber(value)
        let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        return PrintedNumber(value, decimals: decimals)
    }

    /// A field that holds a year or one word ("inventory", "milestones"): `.some(nil)` for the word, `.some(year)`
    /// for a year, `nil` (with the problem reported) for anything else or nothing.
    private static func yearOrWord(
        _ object: JSONObject, _ key: String, at path: String, word: String, meaning: String,
        reader: JSONFieldReader
    ) -> Int?? {
        switch object[key] {
        case .string(word)?:
            return .some(nil)
        case .number?:
            guard let year = reader.integer(object, key, at: path, meaning: meaning, range: JSONFieldReader.years)
            else { return nil }
            return .some(year)
        case nil, .null?:
            reader.report(
                .missingField(file: reader.file, measure: nil, field: reader.join(path, key), expected: meaning))
        case let other?:
            reader.report(
                .invalidValue(
                    file: reader.file, measure: nil, field: reader.join(path, key), value: shown(other),
                    expected: meaning))
        }
        return nil
    }

    /// A JSON value as the user typed it, for a message that quotes it: text without its quotes.
    private static func shown(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        if case .number(let number) = value { return plainNumber(number) }
        return value.found
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
