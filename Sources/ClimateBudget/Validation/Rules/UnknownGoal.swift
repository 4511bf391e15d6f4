/// Every goal a measure or milestone names is one of the council's goals in the budget.
public enum UnknownGoal: ValidationRule {
    public static let id = "unknown-goal"
    public static let title = "Goals are known"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = ["nb": "Målet er ukjent", "nn": "Målet er ukjent", "en": "The goal is unknown"]
    public static let summary = "A goal named by a measure or a milestone must be listed in Data/goals.json."
    public static let severity = Severity.error
    /// Without the goals every goal would look unknown.
    public static let needs: Set<BudgetPart> = [.goals]
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 serves goal \"2b\", which the council never adopted") { budget in
            budget.measures[0].goals = ["2b"]
        },
        passing: RuleExample("Measure 1 serves goal \"2a\"") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        let known = budget.goals.map(\.id)
        let isKnown = Set(known)
        var findings: [Finding] = []
        for measure in budget.measures {
            for goal in measure.goals where !isKnown.contains(goal) {
                findings.append(
                    finding(
                        measure: measure.id, file: measure.file, about: [.measureDetails],
                        message(goal: goal, known: known, goalsFile: budget.files.goals)))
            }
        }
        for milestone in budget.targets.milestones {
            guard let goal = milestone.goal, !isKnown.contains(goal) else { continue }
            findings.append(
                finding(
                    file: budget.files.targets, about: [.measureDetails],
                    message(goal: goal, known: known, goalsFile: budget.files.goals)))
        }
        return findings
    }
}

// MARK: - Messages

extension UnknownGoal {
    static func message(goal: String, known: [String], goalsFile: String) -> String {
        let list = known.isEmpty ? "none are listed yet" : known.joined(separator: ", ")
        return
            "goal \"\(goal)\" is not one of the council's goals (\(list)); correct the goal id or add the goal to \(goalsFile)"
    }
}
