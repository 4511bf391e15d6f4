/// Every measure has exactly one reporting service area (rapporteringsansvar): "Rapporteringsansvaret er
/// tildelt et kommunalt tjenesteområde for alle tiltak". Where our files record no reporter, the tool does not
/// guess: the environment unit must record one. The finding says why the files have none, from the file itself:
/// with `responsibility.reporterLost` the printed budget marked a reporter that our text lost (Trondheim 2022:
/// italics in Tabell 7-2 and 7-3), so it is to be looked up; without it the budget names none, so it is to be agreed.
public enum MissingReporter: ValidationRule {
    public static let id = "missing-reporter"
    public static let title = "Every measure has one reporting service area"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Filene har ikke registrert hvilket tjenesteområde som rapporterer",
        "nn": "Filene har ikkje registrert kva tenesteområde som rapporterer",
        "en": "Our files record no reporting service area",
    ]
    public static let summary =
        "A measure names the one municipal service area that reports on it to the council. Where several areas or a group carry it out, the files must record which of them reports; where the printed budget marked the reporter in a way our text lost (responsibility.reporterLost), look it up there."
    public static let severity = Severity.error
    /// Each measure is checked on its own; without the actors the message only lacks the list of candidates.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 2 is carried out by \"ALLE\" and names no reporter") { budget in
            budget.measures[1].responsibility = Responsibility(printed: "ALLE", implementers: ["ALLE"], reporter: nil)
        },
        passing: RuleExample("Measure 2 is carried out by \"ALLE\" and ST reports") { budget in
            budget.measures[1].responsibility = Responsibility(
                printed: "ALLE (ST)", implementers: ["ALLE"], reporter: "ST")
        })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            let reporter = measure.responsibility.reporter?.trimmingWhitespace() ?? ""
            guard reporter.isEmpty else { return nil }
            let candidates = measure.responsibility.implementers.flatMap { budget.actors.serviceAreas(for: $0) }
            return finding(
                measure: measure.id, file: measure.file, about: [.measureDetails],
                message(
                    printed: measure.responsibility.printed, candidates: unique(candidates),
                    lost: measure.responsibility.reporterLost))
        }
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

// MARK: - Messages

extension MissingReporter {
    static func message(printed: String, candidates: [String], lost: Bool) -> String {
        let among =
            switch candidates.count {
            case 0: ""
            case 1: " (\(candidates[0]) carries the measure out)"
            default: " (one of \(candidates.joined(separator: ", ")))"
            }
        let why =
            lost
            ? ": the printed budget most likely marked the reporter (in italics, for instance), and our text lost the marking"
            : ", and the budget names none"
        let how = lost ? "look it up in the printed budget" : "agree it with the service areas"
        return
            "our files record no service area to report on this measure\(why) (responsibility as printed: \"\(printed)\"); "
            + "the environment unit must record which service area reports: \(how), then set responsibility.reporter to it\(among)"
    }
}
