import Foundation

/// A synthetic nation: a folder holding one budget folder per municipality.
enum Nation {
    /// Writes the first `count` budgets of the nation `copies` times into `folder`; returns how many budgets and
    /// bytes it wrote. The second copy's municipalities say "(kopi 2)", so the folders differ in name only.
    static func write(to folder: URL, count: Int = 356, copies: Int = 1) throws -> (Int, Int) {
        var budgets = 0
        var bytes = 0
        for copy in 0..<max(1, copies) {
            for plan in BudgetGenerator.nation(count: count, copy: copy == 0 ? 0 : copy + 1) {
                let name = BudgetGenerator.folderName(plan)
                bytes += try BudgetGenerator.write(plan, to: folder.appendingPathComponent(name))
                budgets += 1
            }
        }
        return (budgets, bytes)
    }
}
