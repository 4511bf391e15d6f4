/// The source's sentence for a goal (`goalEvidence`) belongs to a goal the measure lists in `goals`.
///
/// A sentence for a goal the measure does not list is a goal half added or half removed: either the goal was
/// meant to be served and was left out of `goals`, or it was taken out and its evidence left behind. The tool
/// cannot tell which, so it asks. A warning, not an error: no figure reads goals.
public enum GoalEvidenceUnlisted: ValidationRule {
    public static let id = "goal-evidence-unlisted"
    public static let title = "Goal evidence is for a listed goal"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Kildesitat for et mål tiltaket ikke har oppført",
        "nn": "Kjeldesitat for eit mål tiltaket ikkje har ført opp",
        "en": "Goal evidence for a goal the measure does not list",
    ]
    public static let summary =
        "Each sentence in a measure's goalEvidence backs a goal the measure lists in goals; a sentence for a goal it does not list means the goal was left out or its evidence left behind."
    public static let severity = Severity.warning
    /// Each measure is checked on its own.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 2 quotes a sentence for goal 2a but does not list 2a among its goals") {
            budget in
            budget.measures[1].goals = []
            budget.measures[1].goalEvidence = ["2a": "Målet i Trondheim er at sykkelandelen dobles."]
        },
        passing: RuleExample("Measure 2 quotes a sentence for goal 2a and lists 2a among its goals") { budget in
            budget.measures[1].goalEvidence = ["2a": "Målet i Trondheim er at sykkelandelen dobles."]
        })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.flatMap { measure -> [Finding] in
            // Most measures quote no evidence: no set of their goals is made for them.
            guard !measure.goalEvidence.isEmpty else { return [] }
            // A measure lists a few goals: each is looked for in the list, without a set made for each measure (the
            // most of this rule's time on 9 999 measures).
            let goals = measure.goals
            return measure.goalEvidence.keys.filter { !goals.contains($0) }.sorted().map { goal in
                finding(
                    measure: measure.id, file: measure.file, about: [.measureDetails],
                    message(goal: goal, listed: measure.goals))
            }
        }
    }
}

// MARK: - Messages

extension GoalEvidenceUnlisted {
    static func message(goal: String, listed: [String]) -> String {
        let goals = listed.isEmpty ? "it lists none" : "it lists \(listed.joined(separator: ", "))"
        return
            "goalEvidence quotes a sentence for goal \"\(goal)\", but the measure's goals do not include it (\(goals)); "
            + "if the measure serves goal \"\(goal)\", add it to goals, otherwise remove its sentence from goalEvidence"
    }
}
