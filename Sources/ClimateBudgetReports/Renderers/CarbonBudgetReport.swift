import ClimateBudget

/// The carbon budget and the pathways derived from carbon budgets in words, for `gap`'s notes and the council
/// summary's section (each in its language), and as JSON for `gap --format json`.
///
/// Shown only where `Data/targets.json` asks for them (`"carbonBudget"`, `"carbonBudgetPathways"`): a budget that
/// asks for neither prints what it printed before.
package struct CarbonBudgetReport {
    /// How numbers and spans are written.
    package struct Style: Sendable {
        /// The language of every sentence.
        var language: Language
        /// Whole tonnes.
        var tonnes: @Sendable (Double) -> String
        /// A percent with up to two decimals.
        var percent: @Sendable (Double) -> String
        /// Between the first and last year of a span: "-" in `gap`, "–" in the summary.
        var dash: String

        /// `gap`'s notes in English: tonnes grouped with a space, "12.35 %", "2024-2030".
        package static var gap: Style { gap(in: .en) }

        /// `gap`'s notes in a language: tonnes grouped with a space as in the table, "12.35 %" in English and
        /// "12,35 %" in Norwegian, "2024-2030".
        package static func gap(in language: Language) -> Style {
            let mark = language.isNorwegian ? "," : "."
            return Style(
                language: language, tonnes: { NumberFormat.tonnes($0) },
                percent: { Tonnes.text(Tonnes.decimal($0), decimals: 2, decimalMark: mark) + " %" }, dash: "-")
        }

        /// The council summary's numbers in a language.
        package static func summary(_ language: Language) -> Style {
            Style(
                language: language, tonnes: { language.tonnes($0) }, percent: { language.exactPercent($0) }, dash: "–")
        }
    }

    /// The budget shown.
    package let budget: Budget
    /// How it is written.
    package let style: Style
    /// The carbon budget, where the budget asks for one.
    package let carbonBudget: CarbonBudget?
    /// The pathways the budget asks for.
    package let pathways: [CarbonBudgetPathway]

    /// The carbon budget and pathways of a budget, written in a style.
    package init(budget: Budget, style: Style) {
        self.budget = budget
        self.style = style
        self.carbonBudget = CarbonBudget.compute(for: budget)
        self.pathways = CarbonBudgetPathway.compute(for: budget)
    }

    /// Whether there is anything to show: the budget asks for a carbon budget or a pathway.
    package var isEmpty: Bool { carbonBudget == nil && pathways.isEmpty }

    private func text(_ key: SummaryText, _ values: [String: String] = [:]) -> String {
        key.format(style.language, values)
    }

    private func list(_ years: [Int]) -> String {
        let items = years.map(String.init)
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + text(.and) + " " + items[items.count - 1]
    }

    private func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? String(first) : "\(first)\(style.dash)\(last)"
    }

    /// A cut in percent as shown: to two decimals.
    private func cut(_ percent: Double) -> String {
        style.percent((percent * 100).rounded() / 100)
    }

    // MARK: - The carbon budget

    /// The carbon budget in paragraphs: its sum with what is used and left; the run-out year; the catch-up rate
    /// beside the target pathway's. Empty where the budget asks for no carbon budget.
    package var paragraphs: [String] {
        guard let carbon = carbonBudget else { return [] }
        let to = String(carbon.to)
        let whole = "\(carbon.from)\(style.dash)\(carbon.to)"
        guard carbon.from <= carbon.to else { return [text(.carbonBackwards, ["span": whole])] }
        guard let total = carbon.budget, let left = carbon.left else {
            return [text(.carbonMissingTargets, ["span": whole, "years": list(carbon.missingYears)])]
        }
        var first = [text(.carbonBudget, ["span": whole, "budget": style.tonnes(total)])]
        guard let last = carbon.lastActual else {
            return [(first + [text(.carbonNoActuals, ["to": to])]).joined(separator: " ")]
        }
        if carbon.actuals.isEmpty {
            first.append(text(.carbonNothingUsed, ["span": whole]))
        } else if let allowed = carbon.allowedSoFar, let balance = carbon.balance {
            let key: SummaryText = balance > 0 ? .carbonUsedOver : balance < 0 ? .carbonUsedUnder : .carbonUsedEqual
            first.append(
                text(
                    key,
                    [
                        "years": list(carbon.actualYears), "used": style.tonnes(carbon.used),
                        "difference": style.tonnes(abs(balance)), "allowed": style.tonnes(allowed),
                    ]))
        }
        first.append(
            left >= 0
                ? text(.carbonLeft, ["left": style.tonnes(left)])
                : text(.carbonOverspent, ["over": style.tonnes(-left)]))
        var result = [first.joined(separator: " ")]
        let level = ["year": String(last.year), "level": style.tonnes(last.tonnes)]
        switch carbon.runOut {
        case .year(let year)? where year <= last.year:
            result.append(text(.carbonRanOut, ["runOut": String(year)]))
        case .year(let year)?:
            result.append(text(.carbonRunsOut, level.merging(["runOut": String(year)]) { $1 }))
        case .notWithinSpan(let leftAtEnd)?:
            result.append(text(.carbonLasts, level.merging(["to": to, "left": style.tonnes(leftAtEnd)]) { $1 }))
        case nil:
            break
        }
        guard let catchUp = carbon.catchUp else {
            result.append(text(.carbonCatchUpSpanOver, ["year": String(last.year)]))
            return result
        }
        let years = span(catchUp.years)
        var sentences: [String] = []
        switch catchUp.need {
        case .cut(let percent):
            sentences.append(
                text(.carbonCatchUpCut, ["years": years, "percent": cut(percent), "year": String(last.year)]))
        case .noCutNeeded(let usedAtLevel):
            sentences.append(
                text(
                    .carbonCatchUpNone,
                    [
                        "year": String(last.year), "years": years, "usedAtLevel": style.tonnes(usedAtLevel),
                        "left": style.tonnes(left),
                    ]))
        case .usedUp:
            sentences.append(text(.carbonCatchUpUsedUp, ["years": years]))
        }
        if let percent = catchUp.pathwayCut, let fromTonnes = catchUp.pathwayFrom, let toTonnes = catchUp.pathwayTo {
            sentences.append(
                text(
                    .carbonCatchUpPathway,
                    [
                        "percent": cut(percent), "fromTonnes": style.tonnes(fromTonnes), "fromYear": String(last.year),
                        "toTonnes": style.tonnes(toTonnes), "toYear": to,
                    ]))
        } else {
            sentences.append(text(.carbonCatchUpNoPathway, ["fromYear": String(last.year), "toYear": to]))
        }
        result.append(sentences.joined(separator: " "))
        return result
    }

    // MARK: - The pathways

    /// One paragraph per pathway: how it is drawn, the year it reaches zero, its level in the target year beside
    /// the council's target, and for a rate its sum against the budget.
    package var pathwayParagraphs: [String] {
        pathways.map(paragraph)
    }

    private func paragraph(_ pathway: CarbonBudgetPathway) -> String {
        let rule = pathway.rule
        var values = ["tonnes": style.tonnes(rule.tonnes), "from": String(rule.from)]
        if let start = pathway.start, let year = pathway.startYear {
            values["start"] = style.tonnes(start)
            values["startSource"] =
                pathway.startSource == .actual
                ? text(.carbonStartActual, ["year": String(year)]) : text(.pointInventory, ["year": String(year)])
        }
        switch pathway.problem {
        case .noStartLevel?:
            return text(.carbonPathwayNoStart, values.merging(["year": String(rule.from - 1)]) { $1 })
        case .budgetBelowStart?:
            return text(.carbonPathwayBelowStart, values)
        case nil:
            break
        }
        var sentences: [String] = []
        switch rule.method {
        case .line:
            sentences.append(
                text(.carbonPathwayLine, values.merging(["slope": style.tonnes(pathway.slope ?? 0)]) { $1 }))
        case .exponential:
            sentences.append(
                text(.carbonPathwayExponential, values.merging(["percent": cut(pathway.yearlyCut ?? 0)]) { $1 }))
        case .rate(let percent):
            sentences.append(text(.carbonPathwayRate, values.merging(["percent": style.percent(percent)]) { $1 }))
        }
        if let zero = pathway.zeroYear { sentences.append(text(.carbonPathwayZero, ["year": String(zero)])) }
        let year = String(pathway.targetYear)
        if let level = pathway.levelInTargetYear {
            sentences.append(
                pathway.councilTarget.map {
                    text(
                        .carbonPathwayLevel, ["year": year, "level": style.tonnes(level), "council": style.tonnes($0)])
                } ?? text(.carbonPathwayLevelNoTarget, ["year": year, "level": style.tonnes(level)]))
        } else {
            sentences.append(text(.carbonPathwayStartsLate, ["year": year]))
        }
        if let within = pathway.withinBudget, let sum = pathway.sumToTargetYear {
            sentences.append(
                text(
                    within ? .carbonPathwaySumWithin : .carbonPathwaySumOver,
                    [
                        "from": String(rule.from), "year": year, "sum": style.tonnes(sum),
                        "difference": style.tonnes(abs(rule.tonnes - sum)),
                    ]))
        }
        return sentences.joined(separator: " ")
    }

    // MARK: - JSON

    /// The members `gap --format json` adds: `carbonBudget` where the budget asks for a carbon budget,
    /// `carbonBudgetPathways` where it asks for pathways, each `null` when withheld. Documented in the README.
    package func jsonMembers(withheld: Bool) -> [(String, JSONOutput)] {
        var members: [(String, JSONOutput)] = []
        if let carbon = carbonBudget {
            members.append(("carbonBudget", withheld ? .null : Self.json(carbon)))
        }
        if !budget.targets.carbonBudgetPathways.isEmpty {
            members.append(("carbonBudgetPathways", withheld ? .null : .array(pathways.map(Self.json))))
        }
        return members
    }

    /// A percent in JSON: to two decimals, as shown.
    private static func percent(_ value: Double?) -> JSONOutput {
        .number(value.map { ($0 * 100).rounded() / 100 })
    }

    private static func json(_ carbon: CarbonBudget) -> JSONOutput {
        var runOutYear: Int?
        var leftAtEnd: Double?
        switch carbon.runOut {
        case .year(let year)?: runOutYear = year
        case .notWithinSpan(let left)?: leftAtEnd = left
        case nil: break
        }
        let catchUp: JSONOutput =
            carbon.catchUp.map { catchUp in
                var need = "cut"
                var rate: Double?
                var usedAtLevel: Double?
                switch catchUp.need {
                case .cut(let percent): rate = percent
                case .noCutNeeded(let used):
                    need = "none"
                    usedAtLevel = used
                case .usedUp: need = "usedUp"
                }
                return .object([
                    ("years", .array(catchUp.years.map { .integer($0) })),
                    ("need", .string(need)),
                    ("cutPercentPerYear", percent(rate)),
                    ("usedAtLevel", .number(usedAtLevel)),
                    ("pathwayFrom", .number(catchUp.pathwayFrom)),
                    ("pathwayTo", .number(catchUp.pathwayTo)),
                    ("pathwayCutPercentPerYear", percent(catchUp.pathwayCut)),
                ])
            } ?? .null
        return .object([
            ("from", .integer(carbon.from)),
            ("to", .integer(carbon.to)),
            ("budget", .number(carbon.budget)),
            ("missingYears", .array(carbon.missingYears.map { .integer($0) })),
            ("actualYears", .array(carbon.actualYears.map { .integer($0) })),
            ("used", .number(carbon.used)),
            ("allowedSoFar", .number(carbon.allowedSoFar)),
            ("balance", .number(carbon.balance)),
            ("left", .number(carbon.left)),
            (
                "lastActual",
                carbon.lastActual.map { .object([("year", .integer($0.year)), ("tonnes", .number($0.tonnes))]) }
                    ?? .null
            ),
            ("runOutYear", .integer(runOutYear)),
            ("leftAtEnd", .number(leftAtEnd)),
            ("catchUp", catchUp),
        ])
    }

    private static func json(_ pathway: CarbonBudgetPathway) -> JSONOutput {
        let rule = pathway.rule
        var rate: Double?
        if case .rate(let percent) = rule.method { rate = percent }
        return .object([
            ("place", .string(rule.place)),
            ("tonnes", .number(rule.tonnes)),
            ("from", .integer(rule.from)),
            ("method", .string(rule.method.name)),
            ("percentPerYear", .number(rate)),
            ("startYear", .integer(pathway.startYear)),
            ("start", .number(pathway.start)),
            ("startSource", .string(pathway.startSource?.rawValue)),
            ("problem", .string(pathway.problem?.rawValue)),
            ("slope", .number(pathway.slope.map(Tonnes.decimal))),
            ("yearlyCutPercent", percent(pathway.yearlyCut)),
            ("zeroYear", .integer(pathway.zeroYear)),
            ("targetYear", .integer(pathway.targetYear)),
            ("levelInTargetYear", .number(pathway.levelInTargetYear)),
            ("sumToTargetYear", .number(pathway.sumToTargetYear)),
            ("withinBudget", pathway.withinBudget.map { .bool($0) } ?? .null),
            ("councilTarget", .number(pathway.councilTarget)),
            ("councilSum", .number(pathway.councilSum)),
        ])
    }
}
