import ClimateBudget
import ClimateBudgetFiles
import Foundation

/// The Trondheim 2022 budget frozen as a test fixture (`Tests/Fixtures/trondheim-2022`), loaded once for the
/// report tests. The live budget in `Data/` and `Measures/` changes every round; these tests pin the printed figures.
enum TrondheimBudget {
    /// The fixture budget's folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/trondheim-2022")

    /// The loaded budget.
    static let budget: Budget = {
        do {
            return try BudgetLoader.load(from: root)
        } catch {
            fatalError("the Trondheim 2022 fixture does not load: \(error)")
        }
    }()

    /// The folder of this target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}
