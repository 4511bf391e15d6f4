import ClimateBudget
import ClimateBudgetFiles
import Foundation
import TestSupport

/// A copy of a fixture budget in a fresh temporary folder, which a test may change freely.
struct FixtureBudget {
    /// The folder of the fixtures beside this file.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The package root, where the live budget lives (`Data/`, `Measures/`): tests read it only for what holds
    /// for any valid budget, since the environment unit edits it every round.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The Trondheim 2022 budget as printed, frozen as a fixture: the figure tests read this.
    static let trondheim = packageRoot.appendingPathComponent("Tests/Fixtures/trondheim-2022")

    /// The temporary copy.
    let folder: URL

    /// Copies the named fixture (default: the small budget) into a new temporary folder.
    init(_ name: String = "small-budget") throws {
        folder = TemporaryFolders.url("climate-budget")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: folder)
    }

    /// Replaces a file's contents (relative to the budget folder).
    func write(_ file: String, _ contents: String) throws {
        try Data(contents.utf8).write(to: folder.appendingPathComponent(file))
    }

    /// Replaces the first occurrence of a text in a file.
    func replace(_ text: String, with replacement: String, in file: String) throws {
        let url = folder.appendingPathComponent(file)
        let contents = try String(contentsOf: url, encoding: .utf8)
        precondition(contents.contains(text), "fixture \(file) does not contain \(text)")
        try write(file, contents.replacingOccurrences(of: text, with: replacement))
    }

    /// Deletes a file or folder.
    func remove(_ file: String) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
    }

    /// Loads the budget.
    func load() throws(LoadFailure) -> Budget {
        try BudgetLoader.load(from: folder)
    }

    /// The load errors' one-line descriptions; empty if the budget loads.
    func loadErrors() -> [String] {
        do {
            _ = try load()
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }
}
