import ClimateBudget
import Foundation

/// Reads a budget folder (`Data/` and `Measures/`) into a ``Budget``, collecting every problem in one pass.
///
/// Only the loader and the command line touch the file system; everything downstream works on the
/// plain ``Budget`` it returns.
public enum BudgetLoader {
    /// Where the files of a budget live relative to its folder.
    public static let files = BudgetFiles()

    /// Loads the budget in `folder`; throws every problem found in any file at once.
    ///
    /// - Parameters:
    ///   - folder: the budget folder.
    ///   - shownAs: how messages and findings name the folder, such as "../budget-2023"; empty for paths
    ///     relative to the budget folder itself.
    public static func load(from folder: URL, shownAs: String = "") throws(LoadFailure) -> Budget {
        var reading = Reading(folder: folder, shown: files.under(shownAs), shownFolder: shownAs)
        return try reading.load()
    }
}

/// One load of one budget folder: the folder, how its paths are shown, and the problems found so far.
private struct Reading {
    let folder: URL
    let shown: BudgetFiles
    let shownFolder: String
    var errors: [LoadError] = []

    init(folder: URL, shown: BudgetFiles, shownFolder: String) {
        self.folder = folder
        self.shown = shown
        self.shownFolder = shownFolder
    }

    mutating func load() throws(LoadFailure) -> Budget {
        let relative = BudgetLoader.files
        let missing = ["Data", relative.measures].filter { !isDirectory(folder.appendingPathComponent($0)) }
        if missing.count == 2 {
            throw LoadFailure(errors: [.notABudgetFolder(path: shownFolder.isEmpty ? folder.path : shownFolder)])
        }
        if !missing.isEmpty {
            throw LoadFailure(errors: missing.map { .missingFolder(path: show($0) + "/") })
        }

        let settings = json(relative.settings, shown.settings).flatMap { DataFiles.settings($0, file: shown.settings, errors: &errors) }
        let sectors = json(relative.sectors, shown.sectors).flatMap { DataFiles.sectors($0, file: shown.sectors, errors: &errors) } ?? []
        let actors = json(relative.actors, shown.actors).flatMap { DataFiles.actors($0, file: shown.actors, errors: &errors) } ?? ActorRegistry()
        let goals = json(relative.goals, shown.goals).flatMap { DataFiles.goals($0, file: shown.goals, errors: &errors) } ?? []
        let milestones = json(relative.targets, shown.targets, required: false).flatMap {
            DataFiles.milestones($0, file: shown.targets, errors: &errors)
        } ?? []
        let reference = csv(relative.reference, shown.reference, required: true).flatMap {
            YearTableFile.read($0, file: shown.reference, errors: &errors)
        }
        let caps = csv(relative.targetCaps, shown.targetCaps, required: false).flatMap {
            YearTableFile.read($0, file: shown.targetCaps, errors: &errors)
        }
        let measures = loadMeasures()

        guard errors.isEmpty, let settings else { throw LoadFailure(errors: errors) }
        return Budget(
            settings: settings.settings,
            sectors: sectors,
            reference: ReferencePathway(
                total: reference?.total ?? [:], bySector: reference?.bySector ?? [:],
                lastHistoricalYear: settings.lastHistoricalYear),
            targets: Targets(milestones: milestones, caps: caps?.total ?? [:], capsBySector: caps?.bySector ?? [:]),
            actors: actors,
            goals: goals,
            measures: measures,
            files: shown
        )
    }

    /// Reads every `*.json` file in `Measures/`, in file-name order; other files are reported, hidden ones skipped.
    mutating func loadMeasures() -> [Measure] {
        let relative = BudgetLoader.files.measures
        let directory = folder.appendingPathComponent(relative)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            errors.append(.unreadableFile(file: shown.measures + "/", reason: error.localizedDescription))
            return []
        }
        let visible = names.filter { !$0.hasPrefix(".") }
        if visible.isEmpty {
            errors.append(.emptyFolder(path: shown.measures + "/"))
            return []
        }
        var measures: [Measure] = []
        for name in visible {
            let file = shown.measures + "/" + name
            if isDirectory(directory.appendingPathComponent(name)) {
                errors.append(.unexpectedFolder(path: file + "/"))
                continue
            }
            guard name.lowercased().hasSuffix(".json") else {
                errors.append(.notJSON(file: file))
                continue
            }
            guard let value = json(relative + "/" + name, file) else { continue }
            if let measure = MeasureFile.read(value, file: file, errors: &errors) { measures.append(measure) }
        }
        return measures
    }

    private mutating func json(_ relative: String, _ shown: String, required: Bool = true) -> JSONValue? {
        guard let data = read(relative, shown, required: required) else { return nil }
        do {
            return try JSONValue.parse(data, file: shown)
        } catch {
            errors.append(error)
            return nil
        }
    }

    private mutating func csv(_ relative: String, _ shown: String, required: Bool) -> CSVDocument? {
        guard let data = read(relative, shown, required: required) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            errors.append(.unreadableFile(file: shown, reason: "not UTF-8 text; save it as CSV UTF-8"))
            return nil
        }
        do {
            return try CSV.parse(text)
        } catch {
            errors.append(.malformedCSV(file: shown, line: error.line, column: error.column, detail: error.description))
            return nil
        }
    }

    private mutating func read(_ relative: String, _ shown: String, required: Bool) -> Data? {
        let url = folder.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { errors.append(.missingFile(file: shown)) }
            return nil
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            errors.append(.unreadableFile(file: shown, reason: error.localizedDescription))
            return nil
        }
    }

    private func show(_ relative: String) -> String {
        shownFolder.isEmpty ? relative : (shownFolder.hasSuffix("/") ? shownFolder : shownFolder + "/") + relative
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
