/// Every sector a measure, the reference pathway, the caps, the actual emissions or the sector targets name is
/// listed in the budget's sectors.
public enum UnknownSector: ValidationRule {
    public static let id = "unknown-sector"
    public static let title = "Sectors are known"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Utslippssektoren er ukjent", "nn": "Utsleppssektoren er ukjend", "en": "The emission sector is unknown",
    ]
    public static let summary =
        "A sector named by a measure, by a column of the reference, caps or actuals file, or by a sector's targets in Data/targets.json (sectors.<id>) must be listed in Data/sectors.json."
    public static let severity = Severity.error
    /// Without the sectors every sector would look unknown.
    public static let needs: Set<BudgetPart> = [.sectors]
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 names the sector \"veitrafik\"") { budget in
            budget.measures[0].sector = "veitrafik"
        },
        passing: RuleExample("Measure 1 names the sector \"veitrafikk\"") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        let known = budget.sectors.map(\.id)
        let isKnown = Set(known)
        var findings: [Finding] = []
        for measure in budget.measures {
            // A part of a split effect in an unknown sector is shown as the unknown sector's, as the whole effect
            // of a measure whose sector is unknown is.
            for sector in measure.effectBySector.keys.sorted() where !isKnown.contains(sector) {
                findings.append(
                    finding(
                        measure: measure.id, file: measure.file, about: [.measureSectors],
                        message(
                            sector: sector, field: "effectBySector.\(sector)", known: known,
                            sectorsFile: budget.files.sectors)))
            }
            guard let sector = measure.sector, !sector.trimmingWhitespace().isEmpty, !isKnown.contains(sector) else {
                continue
            }
            findings.append(
                finding(
                    measure: measure.id, file: measure.file, about: [.measureSectors],
                    message(sector: sector, field: "sector", known: known, sectorsFile: budget.files.sectors)))
        }
        // A column the tool does not know may be summed into the total (when the file has no total column), and
        // the tool cannot tell what the column means: the total read from the file is in doubt too.
        let columns: [(String, [String], Set<BudgetInput>)] = [
            (budget.files.reference, budget.reference.bySector.keys.sorted(), [.referenceTotal, .sectorReference]),
            (budget.files.targetCaps, budget.targets.capsBySector.keys.sorted(), [.caps, .sectorCaps]),
            (budget.files.actuals, budget.actuals.bySector.keys.sorted(), [.actuals]),
        ]
        for (file, sectors, inputs) in columns {
            for sector in sectors where !isKnown.contains(sector) {
                findings.append(
                    finding(
                        file: file, about: inputs,
                        message(sector: sector, field: "the column", known: known, sectorsFile: budget.files.sectors)))
            }
        }
        // Targets for a sector the tool does not know: summed into the total where the reference has no sector
        // columns, and never matched to the sector the budget meant.
        for sector in budget.targets.sectors.keys.sorted() where !isKnown.contains(sector) {
            findings.append(
                finding(
                    file: budget.files.targets, about: [.milestones],
                    message(targetsOf: sector, known: known, sectorsFile: budget.files.sectors)))
        }
        return findings
    }
}

// MARK: - Messages

extension UnknownSector {
    static func message(sector: String, field: String, known: [String], sectorsFile: String) -> String {
        let guess = closestMatch(to: sector, among: known).map { " Did you mean \"\($0)\"?" } ?? ""
        let choices =
            known.isEmpty
            ? "No sectors are listed yet: add it" : "Use one of: \(known.joined(separator: ", ")), or add it"
        return "\(field) \"\(sector)\" is not a known sector.\(guess) \(choices) to \(sectorsFile)"
    }

    static func message(targetsOf sector: String, known: [String], sectorsFile: String) -> String {
        let guess = closestMatch(to: sector, among: known).map { " Did you mean \"\($0)\"?" } ?? ""
        let choices =
            known.isEmpty
            ? "No sectors are listed yet: add it"
            : "Rename the key to one of: \(known.joined(separator: ", ")), or add it"
        return
            "sectors.\(sector) sets targets for \"\(sector)\", which is not a known sector.\(guess) \(choices) to \(sectorsFile)"
    }
}
