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
    public static func load(from folder: URL) throws(LoadFailure) -> Budget {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadFailure(errors: [.missingFolder(path: folder.path)])
        }
        var errors: [LoadError] = []
        for sub in ["Data", files.measures] where !directoryExists(folder.appendingPathComponent(sub)) {
            errors.append(.missingFolder(path: sub + "/"))
        }
        if !errors.isEmpty { throw LoadFailure(errors: errors) }

        func json(_ file: String, required: Bool = true) -> JSONValue? {
            guard let data = read(file, in: folder, required: required, errors: &errors) else { return nil }
            do {
                return try JSONValue.parse(data, file: file)
            } catch {
                errors.append(error)
                return nil
            }
        }
        func csv(_ file: String, required: Bool) -> CSVDocument? {
            guard let data = read(file, in: folder, required: required, errors: &errors) else { return nil }
            guard let text = String(data: data, encoding: .utf8) else {
                errors.append(.unreadableFile(file: file, reason: "not UTF-8 text"))
                return nil
            }
            do {
                return try CSV.parse(text)
            } catch {
                errors.append(.malformedCSV(file: file, line: error.line, column: error.column, detail: error.description))
                return nil
            }
        }

        let settings = json(files.settings).flatMap { DataFiles.settings($0, file: files.settings, errors: &errors) }
        let sectors = json(files.sectors).flatMap { DataFiles.sectors($0, file: files.sectors, errors: &errors) } ?? []
        let actors = json(files.actors).flatMap { DataFiles.actors($0, file: files.actors, errors: &errors) } ?? ActorRegistry()
        let goals = json(files.goals).flatMap { DataFiles.goals($0, file: files.goals, errors: &errors) } ?? []
        let milestones = json(files.targets, required: false).flatMap {
            DataFiles.milestones($0, file: files.targets, errors: &errors)
        } ?? []
        let reference = csv(files.reference, required: true).flatMap {
            YearTableFile.read($0, file: files.reference, errors: &errors)
        }
        let caps = csv(files.targetCaps, required: false).flatMap {
            YearTableFile.read($0, file: files.targetCaps, errors: &errors)
        }
        let measures = loadMeasures(in: folder, errors: &errors)

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
            files: files
        )
    }

    /// Reads every `*.json` file in `Measures/`, in file-name order; other files are reported, hidden ones skipped.
    static func loadMeasures(in folder: URL, errors: inout [LoadError]) -> [Measure] {
        let directory = folder.appendingPathComponent(files.measures)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            errors.append(.unreadableFile(file: files.measures + "/", reason: error.localizedDescription))
            return []
        }
        let visible = names.filter { !$0.hasPrefix(".") }
        if visible.isEmpty {
            errors.append(.emptyFolder(path: files.measures + "/"))
            return []
        }
        var measures: [Measure] = []
        for name in visible {
            let file = files.measures + "/" + name
            guard name.lowercased().hasSuffix(".json") else {
                errors.append(.notJSON(file: file))
                continue
            }
            guard let data = read(file, in: folder, required: true, errors: &errors) else { continue }
            guard String(data: data, encoding: .utf8) != nil else {
                errors.append(.notJSON(file: file))
                continue
            }
            do {
                let value = try JSONValue.parse(data, file: file)
                if let measure = MeasureFile.read(value, file: file, errors: &errors) { measures.append(measure) }
            } catch {
                errors.append(error)
            }
        }
        return measures
    }

    private static func read(_ file: String, in folder: URL, required: Bool, errors: inout [LoadError]) -> Data? {
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { errors.append(.missingFile(file: file)) }
            return nil
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            errors.append(.unreadableFile(file: file, reason: error.localizedDescription))
            return nil
        }
    }

    private static func directoryExists(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
