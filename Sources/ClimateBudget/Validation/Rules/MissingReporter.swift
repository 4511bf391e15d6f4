/// Every measure has exactly one reporting service area (rapporteringsansvar): "Rapporteringsansvaret er
/// tildelt et kommunalt tjenesteområde for alle tiltak". Where the budget names several areas or a group
/// and no reporter, reporting is not assigned, and the tool does not guess.
public enum MissingReporter: ValidationRule {
    public static let id = "missing-reporter"
    public static let title = "Every measure has one reporting service area"
    public static let summary = "A measure names the one municipal service area that reports on it to the council. Where several areas or a group carry it out, the budget must say which of them reports."
    public static let severity = Severity.error
    /// Each measure is checked on its own; without the actors the message only lacks the list of candidates.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 2 is carried out by \"ALLE\" and names no reporter") { budget in
            budget.measures[1].responsibility = Responsibility(printed: "ALLE", implementers: ["ALLE"], reporter: nil)
        },
        passing: RuleExample("Measure 2 is carried out by \"ALLE\" and ST reports") { budget in
            budget.measures[1].responsibility = Responsibility(printed: "ALLE (ST)", implementers: ["ALLE"], reporter: "ST")
        })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            let reporter = measure.responsibility.reporter?.trimmingWhitespace() ?? ""
            guard reporter.isEmpty else { return nil }
            let candidates = measure.responsibility.implementers.flatMap { budget.actors.serviceAreas(for: $0) }
            return finding(
                measure: measure.id, file: measure.file,
                message(printed: measure.responsibility.printed, candidates: unique(candidates)))
        }
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

// MARK: - Messages

extension MissingReporter {
    static func message(printed: String, candidates: [String]) -> String {
        let among = switch candidates.count {
        case 0: ""
        case 1: " (\(candidates[0]) carries the measure out)"
        default: " (one of \(candidates.joined(separator: ", ")))"
        }
        return "the budget names no service area to report on this measure (responsibility as printed: \"\(printed)\"); "
            + "agree which service area reports, then set responsibility.reporter to it\(among)"
    }
}
