import ClimateBudget
import ClimateBudgetFiles
import Foundation

/// The bundled Trondheim 2022 budget, loaded once for the report tests.
enum TrondheimBudget {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The loaded budget.
    static let budget: Budget = {
        do {
            return try BudgetLoader.load(from: root)
        } catch {
            fatalError("the bundled budget does not load: \(error)")
        }
    }()

    /// The folder of this target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}
