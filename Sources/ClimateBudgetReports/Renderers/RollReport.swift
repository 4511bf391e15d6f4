import ClimateBudget

/// What `roll` says about the new period: where each year's reference and target will come from.
public enum RollReport {
    /// Where each period year's reference comes from, one line a year with its figure (or what to add where there
    /// is none), and a warning when the origin changes inside the period: after `roll` to 2023-2026 a budget with
    /// a projection rule takes 2023-2025 from `Data/reference.csv` and projects 2026, and the reference can jump.
    public static func referenceOrigins(_ budget: Budget) -> String {
        let period = budget.settings.period
        let pathway = budget.referencePathway
        let files = budget.files
        var lines = ["Where the reference for \(period) comes from:"]
        for year in period.years {
            guard let origin = pathway.origin(in: year), let value = pathway.total[year] else {
                if let needs = MissingReferenceYear.projectionNeeds(budget, missing: [year]) {
                    lines.append(
                        "  \(year): no reference figure: \(needs); add them, or a figure for \(year), to \(files.reference)"
                    )
                } else {
                    lines.append(
                        "  \(year): no reference figure: add a figure for \(year) to \(files.reference) or a \"projection\" to \(files.settings)"
                    )
                }
                continue
            }
            lines.append(
                "  \(year): \(PathwayOrigins.reference(origin, files: files)): \(NumberFormat.tonnes(value)) tonnes")
        }
        guard PathwayOrigins.referenceGroups(pathway, years: period.years).count > 1 else {
            return lines.joined(separator: "\n") + "\n"
        }
        var warning =
            "warning: the reference changes origin inside \(period): "
            + PathwayOrigins.referenceParts(pathway, years: period.years, files: files).joined(separator: "; ") + "."
        for year in period.years.dropFirst() {
            guard let origin = pathway.origin(in: year), let before = pathway.origin(in: year - 1), origin != before,
                let value = pathway.total[year], let previous = pathway.total[year - 1]
            else { continue }
            let change = NumberFormat.tonnes(abs(value - previous))
            let comparison =
                change == "0"
                ? "the same as the \(year - 1) figure"
                : "\(change) \(value < previous ? "below" : "above") the \(year - 1) figure of \(NumberFormat.tonnes(previous))"
            warning += " In \(year) the reference is \(NumberFormat.tonnes(value)) tonnes, \(comparison)."
        }
        let projected = period.years.filter { year in
            switch pathway.origin(in: year) {
            case .projected?, .sumOfSectors?: true
            default: false
            }
        }
        if !projected.isEmpty && period.years.contains(where: { pathway.origin(in: $0) == .explicit }) {
            let values = projected.map { "\(NumberFormat.tonnes(pathway.total[$0] ?? 0)) tonnes in \($0)" }
            warning +=
                " Add \(projected.count == 1 ? "a figure" : "figures") for \(list(projected)) to \(files.reference), or "
                + "accept the projection: \(list(values))."
        }
        lines.append(warning)
        return lines.joined(separator: "\n") + "\n"
    }

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
