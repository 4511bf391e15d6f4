import ClimateBudget

/// Writes a measure as its file, in the layout of the bundled files: two-space indentation, fields in the
/// README's order, short lists and the effect on one line.
///
/// Reading a bundled file and writing it again gives the same bytes (a test checks all 37), so a command
/// that rewrites one measure changes exactly the fields it meant to change, and every field the budget
/// knows (description, goals, status history) is kept.
public enum MeasureFileWriter {
    /// The file's text, ending in a newline.
    public static func render(_ measure: Measure) -> String {
        var lines = ["{"]
        var fields: [String] = []
        fields.append("  \"id\": \(measure.id)")
        fields.append("  \"title\": \(quoted(measure.title))")
        fields.append("  \"kind\": \(quoted(measure.kind.rawValue))")
        if let sector = measure.sector { fields.append("  \"sector\": \(quoted(sector))") }
        fields.append("  \"goals\": \(list(measure.goals))")
        if !measure.goalEvidence.isEmpty { fields.append(goalEvidence(measure)) }
        fields.append("  \"description\": \(quoted(measure.description))")
        let reporter = measure.responsibility.reporter.map(quoted) ?? "null"
        let lost = measure.responsibility.reporterLost ? ",\n    \"reporterLost\": true" : ""
        fields.append(
            """
              "responsibility": {
                "printed": \(quoted(measure.responsibility.printed)),
                "implementers": \(list(measure.responsibility.implementers)),
                "reporter": \(reporter)\(lost)
              }
            """)
        if measure.kind == .quantified || !measure.effect.isEmpty {
            fields.append("  \"effect\": " + series(measure.effect))
        }
        if !measure.effectBySector.isEmpty {
            let parts = measure.effectBySector.keys.sorted().map { sector in
                "    \(quoted(sector)): " + series(measure.effectBySector[sector] ?? [:])
            }
            fields.append("  \"effectBySector\": {\n" + parts.joined(separator: ",\n") + "\n  }")
        }
        if !measure.effectLow.isEmpty { fields.append("  \"effectLow\": " + series(measure.effectLow)) }
        if !measure.effectHigh.isEmpty { fields.append("  \"effectHigh\": " + series(measure.effectHigh)) }
        if !measure.overlaps.isEmpty {
            let items = measure.overlaps.map { overlap in
                let amount =
                    switch overlap.amount {
                    case .share(let percent): "\"share\": \(plainNumber(percent, decimals: 6))"
                    case .tonnes(let tonnes): "\"tonnes\": \(series(tonnes))"
                    }
                return "    { \"measure\": \(overlap.measure), \(amount) }"
            }
            fields.append("  \"overlaps\": [\n" + items.joined(separator: ",\n") + "\n  ]")
        }
        if !measure.statusReports.isEmpty {
            let reports = measure.statusReports.map { report in
                var members = [
                    "\"period\": \(quoted(report.period.description))", "\"status\": \(quoted(report.status.rawValue))",
                ]
                if !report.comment.isEmpty { members.append("\"comment\": \(quoted(report.comment))") }
                if let date = report.date { members.append("\"date\": \(quoted(date))") }
                return "    { " + members.joined(separator: ", ") + " }"
            }
            fields.append("  \"status\": [\n" + reports.joined(separator: ",\n") + "\n  ]")
        }
        lines.append(fields.joined(separator: ",\n"))
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file name for a new measure: its id zero-padded to two digits and a short slug of its title,
    /// such as "38-elektriske-ferger.json".
    public static func fileName(for measure: Measure) -> String {
        var slug = ""
        for character in measure.title.lowercased() {
            switch character {
            case "æ": slug += "ae"
            case "ø": slug += "o"
            case "å": slug += "a"
            case _ where character.isASCII && (character.isLetter || character.isNumber): slug.append(character)
            default: if !slug.hasSuffix("-") { slug += "-" }
            }
        }
        let words = slug.split(separator: "-").prefix(5)
        var name = words.joined(separator: "-")
        while name.count > 40, let cut = name.lastIndex(of: "-") { name = String(name[..<cut]) }
        return MeasureFileName.expectedPrefix(for: measure.id) + (name.isEmpty ? "tiltak" : name) + ".json"
    }

    /// The evidence object, one goal a line: the measure's goals in their order, then any other goal by id.
    private static func goalEvidence(_ measure: Measure) -> String {
        let listed = measure.goals.filter { measure.goalEvidence[$0] != nil }
        let goals = Set(measure.goals)
        let others = measure.goalEvidence.keys.filter { !goals.contains($0) }.sorted()
        var seen: Set<String> = []
        let lines = (listed + others).filter { seen.insert($0).inserted }.map { goal in
            "    \(quoted(goal)): \(quoted(measure.goalEvidence[goal] ?? ""))"
        }
        return "  \"goalEvidence\": {\n" + lines.joined(separator: ",\n") + "\n  }"
    }

    /// A year-to-tonnes object on one line: `{ "2022": 400, "2023": 500 }`, or `{}`.
    private static func series(_ series: YearlySeries) -> String {
        let years = series.keys.sorted().map { "\"\($0)\": \(plainNumber(series[$0] ?? 0, decimals: 6))" }
        return years.isEmpty ? "{}" : "{ " + years.joined(separator: ", ") + " }"
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    private static func quoted(_ text: String) -> String {
        JSONText.quoted(text)
    }
}
