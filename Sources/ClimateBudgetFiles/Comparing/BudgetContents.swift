import ClimateBudget
import Foundation

/// The contents of every file of a budget folder, read one file at a time and kept even where a file has
/// errors, so that two budgets can be compared when one of them does not load.
///
/// The loader stops at nothing but returns a ``Budget`` only when every file is right; `diff` must still say
/// what differs when one is not, so this reads each file on its own with the same JSON and CSV parsers.
public struct BudgetContents: Sendable, Equatable {
    /// What one file holds, as far as it can be read.
    public enum Content: Sendable, Equatable {
        /// A JSON file that parses.
        case json(JSONValue)
        /// A CSV file that parses.
        case csv(CSVDocument)
        /// A file in `Measures/` that is not a JSON file; compared byte for byte.
        case other(Data)
        /// A file that cannot be parsed at all, and why (the place in the file and what is wrong).
        case unreadable(String)
    }

    /// One measure file: what it holds and, where it reads as a measure without a problem, the measure.
    public struct MeasureEntry: Sendable, Equatable {
        /// The file's content.
        public package(set) var content: Content
        /// The measure, when the file reads as one.
        public package(set) var measure: Measure?
    }

    /// The data files that exist, by their path in the budget folder ("Data/reference.csv").
    public package(set) var data: [String: Content]
    /// The files directly in `Measures/` (not hidden ones, not folders), by their path in the budget folder.
    public package(set) var measures: [String: MeasureEntry]

    /// The data files a budget can have, in the order a reader checks them, with whether each is CSV.
    public static let dataFiles: [(path: String, isCSV: Bool)] = {
        let files = BudgetLoader.files
        return [
            (files.settings, false), (files.sectors, false), (files.reference, true), (files.targetCaps, true),
            (files.actuals, true),
            (files.targets, false), (files.actors, false), (files.goals, false), (files.printed, false),
            (files.financing, false),
        ]
    }()

    /// Reads every file of the budget in `folder`; fails only when the folder holds neither `Data/` nor
    /// `Measures/` (a missing folder is read as one without files, and the loader reports it).
    public static func read(from folder: URL, shownAs: String) throws(LoadFailure) -> BudgetContents {
        let manager = FileManager.default
        let measuresFolder = folder.appendingPathComponent(BudgetLoader.files.measures)
        if let problem = BudgetLoader.folderProblem(folder, shownAs: shownAs) { throw LoadFailure(errors: [problem]) }
        var contents = BudgetContents(data: [:], measures: [:])
        for (path, isCSV) in dataFiles {
            let url = folder.appendingPathComponent(path)
            guard manager.fileExists(atPath: url.path) else { continue }
            contents.data[path] = isCSV ? csv(url, path) : json(url, path)
        }
        let names = (try? manager.contentsOfDirectory(atPath: measuresFolder.path)) ?? []
        for name in names where !name.hasPrefix(".") && !isDirectory(measuresFolder.appendingPathComponent(name)) {
            let path = BudgetLoader.files.measures + "/" + name
            let url = measuresFolder.appendingPathComponent(name)
            guard BudgetLoader.isJSONName(name) else {
                contents.measures[path] = MeasureEntry(content: bytes(url, path) { .success(.other($0)) }, measure: nil)
                continue
            }
            let content = json(url, path)
            var errors: [LoadError] = []
            let measure: Measure? =
                if case .json(let value) = content { MeasureFile.read(value, file: path, errors: &errors) } else { nil }
            contents.measures[path] = MeasureEntry(content: content, measure: errors.isEmpty ? measure : nil)
        }
        return contents
    }

    private static func json(_ url: URL, _ path: String) -> Content {
        bytes(url, path) { data in FileDecoding.json(data, file: path).map(Content.json) }
    }

    private static func csv(_ url: URL, _ path: String) -> Content {
        bytes(url, path) { data in FileDecoding.csv(data, file: path).map(Content.csv) }
    }

    /// The file's bytes decoded by `decode`, or why they cannot be read or decoded.
    private static func bytes(_ url: URL, _ path: String, decode: (Data) -> Result<Content, LoadError>) -> Content {
        switch FileDecoding.bytes(url, file: path).flatMap(decode) {
        case .success(let content): content
        case .failure(let error): .unreadable(error.placeAndMessage)
        }
    }

    private static func isDirectory(_ url: URL) -> Bool { BudgetLoader.isDirectory(url) }
}
