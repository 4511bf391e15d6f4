import ClimateBudget
import ClimateBudgetFiles
import Foundation
do {
    let b = try BudgetLoader.load(from: URL(fileURLWithPath: "."))
    let t = EmissionBudgetTable.compute(for: b)
    for r in t.rows { print(r.year, r.reference as Any, r.effect as Any, r.measurePathway as Any, r.target?.value as Any, r.gap as Any, r.referenceChange as Any, r.measurePathwayChange as Any, r.targetChange as Any) }
    for f in Validator.validate(b) { print(f) }
} catch { print(error) }
