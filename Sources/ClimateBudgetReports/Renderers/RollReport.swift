import ClimateBudget

/// What `roll` says about the new period: where each year's target will come from.
public enum RollReport {
    /// Where each period year's target comes from, one line a year, and a warning when the period mixes explicit
    /// caps with targets derived from milestones: the derived years' targets can jump (after `roll` to 2023-2026,
    /// Trondheim's 2026 target falls from the 2025 cap of 324 442 to 254 753), and the gap with them.
    public static func targetSources(_ budget: Budget) -> String {
        let period = budget.settings.period
        let targets = TargetPathway.targets(for: budget, years: period.years)
        let capsFile = budget.files.targetCaps
        let milestonesFile = budget.files.targets
        var lines = ["Where the targets for \(period) come from:"]
        for year in period.years {
            guard let target = targets[year] else {
                lines.append(
                    "  \(year): no target: no cap in \(capsFile) and no milestones on both sides of it in \(milestonesFile)"
                )
                continue
            }
            let tonnes = NumberFormat.tonnes(target.value)
            lines.append("  \(year): \(PathwayOrigins.target(target.source, files: budget.files)): \(tonnes) tonnes")
        }
        let explicit = period.years.filter { targets[$0]?.source.isExplicit == true }
        let derived = period.years.filter { targets[$0].map { !$0.source.isExplicit } ?? false }
        if !explicit.isEmpty && !derived.isEmpty {
            var warning =
                "warning: the target changes rule inside \(period): \(list(explicit)) \(explicit.count == 1 ? "has an explicit cap" : "have explicit caps"), "
                + "\(list(derived)) \(derived.count == 1 ? "takes its target" : "take their targets") from the milestones."
            for year in period.years.dropFirst() {
                guard let target = targets[year], let before = targets[year - 1],
                    target.source.isExplicit != before.source.isExplicit
                else { continue }
                let change = target.value - before.value
                let kind = { (value: TargetValue) in value.source.isExplicit ? "cap" : "target from the milestones" }
                warning +=
                    " In \(year) the \(kind(target)) is \(NumberFormat.tonnes(target.value)) tonnes, \(NumberFormat.tonnes(abs(change))) "
                    + "\(change < 0 ? "below" : "above") the \(year - 1) \(kind(before)) of \(NumberFormat.tonnes(before.value))."
            }
            let values = derived.map { "\(NumberFormat.tonnes(targets[$0]?.value ?? 0)) tonnes in \($0)" }
            warning +=
                " Add \(derived.count == 1 ? "a cap" : "caps") for \(list(derived)) to \(capsFile), or accept the "
                + "\(derived.count == 1 ? "target" : "targets") from the milestones: \(list(values))."
            lines.append(warning)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Items joined as a sentence lists them, "2023, 2024 and 2025", by the reports' one way of doing it.
    private static func list(_ items: [some CustomStringConvertible]) -> String {
        GapReport.list(items.map(\.description))
    }
}
