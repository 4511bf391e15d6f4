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
    /// Problems in `Data/financing.json` alone withhold only the money figures: the budget loads without financing
    /// and with the problems in ``Financing/problems`` (unless `needsFinancing`, as for `money`, which then throws).
    ///
    /// - Parameters:
    ///   - folder: the budget folder.
    ///   - shownAs: how messages and findings name the folder, such as "../budget-2023"; empty for paths
    ///     relative to the budget folder itself.
    ///   - needsFinancing: whether a problem in `Data/financing.json` stops the load too.
    public static func load(from folder: URL, shownAs: String = "", needsFinancing: Bool = false)
        throws(LoadFailure) -> Budget
    {
        let partial = loadPartially(from: folder, shownAs: shownAs)
        let financingOnly = needsFinancing ? 0 : partial.budget?.financing.problems.count ?? 0
        guard partial.errors.count == financingOnly, let budget = partial.budget else {
            throw LoadFailure(errors: partial.errors)
        }
        return budget
    }

    /// Loads what can be loaded of the budget in `folder`, with every problem found in any file.
    ///
    /// `validate` uses this to check the files that did load while it reports the ones that did not; every
    /// command that computes figures uses ``load(from:shownAs:)``, which refuses a budget with any problem.
    public static func loadPartially(from folder: URL, shownAs: String = "") -> PartialBudget {
        var reading = Reading(folder: folder, shown: files.under(shownAs), shownFolder: shownAs)
        return reading.load()
    }
}

extension BudgetLoader {
    /// Why `folder` cannot be read as a budget at all, or `nil` when it holds `Data/` or `Measures/`.
    ///
    /// A folder that does not exist says so; a folder inside a budget folder (its `Data/`, say) names the
    /// folder above it; any other folder is not a budget folder. `shownAs` is how the user named the folder,
    /// empty for the working folder.
    static func folderProblem(_ folder: URL, shownAs: String) -> LoadError? {
        guard !isBudgetFolder(folder) else { return nil }
        let path = shownAs.isEmpty ? folder.path : shownAs
        guard isDirectory(folder) else { return .noSuchFolder(path: path) }
        if isBudgetFolder(folder.standardizedFileURL.deletingLastPathComponent()) {
            return .insideBudgetFolder(path: path, parent: parent(of: shownAs))
        }
        return .notABudgetFolder(path: path)
    }

    /// The folder above a folder as the user named it: ".." for the working folder ("" or "."), the path
    /// without its last part otherwise ("budget/Data" gives "budget", "Data" gives ".").
    static func parent(of shown: String) -> String {
        var parts = shown.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let absolute = parts.first == "" && parts.count > 1
        // "Data/" and "Data/." name Data itself.
        while parts.count > (absolute ? 2 : 1), let last = parts.last, last.isEmpty || last == "." {
            parts.removeLast()
        }
        guard let last = parts.last, !last.isEmpty, last != ".", last != ".." else {
            return shown.isEmpty || shown == "." ? ".." : parts.joined(separator: "/") + "/.."
        }
        parts.removeLast()
        if parts.isEmpty { return "." }
        return parts == [""] ? "/" : parts.joined(separator: "/")
    }

    /// Whether a folder holds `Data/` or `Measures/`, as every budget folder does.
    static func isBudgetFolder(_ folder: URL) -> Bool {
        isDirectory(folder.appendingPathComponent("Data")) || isDirectory(folder.appendingPathComponent(files.measures))
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// What loaded of a budget folder, what did not, and why.
public struct PartialBudget: Sendable {
    /// The budget as far as it loaded; `nil` when the folder is not a budget folder at all.
    ///
    /// A data part in ``unloaded`` is empty, and when the settings did not load they are a stand-in (an
    /// empty name, the period 0-0) that no figure may be computed from; the measures are those whose file loaded.
    public var budget: Budget?
    /// Every problem found, in the order the files were read; empty when the whole budget loaded.
    public var errors: [LoadError]
    /// The parts whose file (or, for the measures, any file in the folder) did not load or has a problem.
    public var unloaded: Set<BudgetPart>

    /// Creates a result from its parts.
    public init(budget: Budget?, errors: [LoadError], unloaded: Set<BudgetPart>) {
        self.budget = budget
        self.errors = errors
        self.unloaded = unloaded
    }
}

/// One measure file's bytes read as a measure: the measure, or the problems that keep it out.
private struct MeasureRead: Sendable {
    var measure: Measure?
    var errors: [LoadError] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        // A plain file, as nearly every one is, the fast way; any other through the tree, which names its problems.
        if let measure = PlainMeasureFile.read(bytes, file: file) {
            self.measure = measure
            return
        }
        switch FileDecoding.json(bytes, file: file) {
        case .success(let value):
            measure = MeasureFile.read(value, file: file, errors: &errors)
        case .failure(.notUTF8):
            // In `Measures/`, a file that is not UTF-8 text is not taken for a measure file at all.
            errors.append(.notJSON(file: file))
        case .failure(let error):
            errors.append(error)
        }
    }
}

/// One load of one budget folder: the folder, how its paths are shown, and the problems found so far.
private struct Reading {
    let folder: URL
    let shown: BudgetFiles
    let shownFolder: String
    var errors: [LoadError] = []
    var unloaded: Set<BudgetPart> = []

    init(folder: URL, shown: BudgetFiles, shownFolder: String) {
        self.folder = folder
        self.shown = shown
        self.shownFolder = shownFolder
    }

    /// Reads every file of the folder that is there; a missing `Data/` or `Measures/` is reported and the
    /// other folder still read, so one run shows every problem.
    mutating func load() -> PartialBudget {
        let relative = BudgetLoader.files
        let hasData = isDirectory(folder.appendingPathComponent("Data"))
        let hasMeasures = isDirectory(folder.appendingPathComponent(relative.measures))
        if let problem = BudgetLoader.folderProblem(folder, shownAs: shownFolder) {
            return PartialBudget(budget: nil, errors: [problem], unloaded: Set(BudgetPart.allCases))
        }
        if !hasData {
            errors.append(.missingFolder(path: show("Data") + "/"))
            unloaded.formUnion(BudgetPart.allCases.filter { $0 != .measures })
        }
        if !hasMeasures {
            errors.append(.missingFolder(path: show(relative.measures) + "/"))
            unloaded.insert(.measures)
        }

        var settings: DataFiles.SettingsFile?
        var sectors: [Sector] = []
        var goals: [Goal] = []
        var targets = DataFiles.TargetsFile()
        var actors = ActorRegistry()
        var reference: YearTableFile.Table?
        var caps: YearTableFile.Table?
        var actuals: YearTableFile.Table?
        var printed = PrintedFigures()
        var financing = Financing()
        if hasData {
            settings = part(.settings, else: nil) { reading in
                reading.json(relative.settings, reading.shown.settings).flatMap {
                    DataFiles.settings($0, file: reading.shown.settings, errors: &reading.errors)
                }
            }
            sectors = part(.sectors, else: []) { reading in
                reading.json(relative.sectors, reading.shown.sectors).flatMap {
                    DataFiles.sectors($0, file: reading.shown.sectors, errors: &reading.errors)
                } ?? []
            }
            actors = part(.actors, else: ActorRegistry()) { reading in
                reading.json(relative.actors, reading.shown.actors).flatMap {
                    DataFiles.actors($0, file: reading.shown.actors, errors: &reading.errors)
                } ?? ActorRegistry()
            }
            goals = part(.goals, else: []) { reading in
                reading.json(relative.goals, reading.shown.goals).flatMap {
                    DataFiles.goals($0, file: reading.shown.goals, errors: &reading.errors)
                } ?? []
            }
            targets = part(.milestones, else: DataFiles.TargetsFile()) { reading in
                reading.json(relative.targets, reading.shown.targets, required: false).flatMap {
                    DataFiles.targets($0, file: reading.shown.targets, errors: &reading.errors)
                } ?? DataFiles.TargetsFile()
            }
            reference = part(.reference, else: nil) { reading in
                reading.csv(relative.reference, reading.shown.reference, required: true).flatMap {
                    YearTableFile.read($0, file: reading.shown.reference, errors: &reading.errors)
                }
            }
            caps = part(.targetCaps, else: nil) { reading in
                reading.csv(relative.targetCaps, reading.shown.targetCaps, required: false).flatMap {
                    YearTableFile.read(
                        $0, file: reading.shown.targetCaps, allowsPercent: true, errors: &reading.errors)
                }
            }
            actuals = part(.actuals, else: nil) { reading in
                reading.csv(relative.actuals, reading.shown.actuals, required: false).flatMap {
                    YearTableFile.read($0, file: reading.shown.actuals, errors: &reading.errors)
                }
            }
            printed = part(.printed, else: PrintedFigures()) { reading in
                reading.json(relative.printed, reading.shown.printed, required: false).flatMap {
                    DataFiles.printed($0, file: reading.shown.printed, errors: &reading.errors)
                } ?? PrintedFigures()
            }
            let beforeFinancing = errors.count
            financing = part(.financing, else: Financing()) { reading in
                reading.json(relative.financing, reading.shown.financing, required: false).flatMap {
                    FinancingFile.read(
                        $0, file: reading.shown.financing, period: settings?.settings.period, errors: &reading.errors)
                } ?? Financing()
            }
            financing.problems = errors[beforeFinancing...].map(\.description)
        }
        // Each measure file loads whole or not at all, so the measures that did load are kept.
        let before = errors.count
        let measures = hasMeasures ? loadMeasures() : []
        if errors.count > before { unloaded.insert(.measures) }

        if settings == nil { unloaded.insert(.settings) }
        let budget = Budget(
            settings: settings?.settings ?? Self.standInSettings,
            sectors: sectors,
            reference: ReferencePathway(
                total: reference?.total ?? [:], bySector: reference?.bySector ?? [:],
                lastHistoricalYear: settings?.lastHistoricalYear, projection: settings?.projection),
            targets: Targets(
                milestones: targets.milestones, caps: caps?.total ?? [:], percentCaps: caps?.percentChange ?? [:],
                capsBySector: caps?.bySector ?? [:], rules: targets.rules, sectors: targets.sectors,
                carbonBudget: targets.carbonBudget, carbonBudgetPathways: targets.carbonBudgetPathways),
            actors: actors,
            goals: goals,
            measures: measures,
            actuals: Actuals(total: actuals?.total ?? [:], bySector: actuals?.bySector ?? [:]),
            printed: printed,
            financing: financing,
            files: shown
        )
        return PartialBudget(budget: budget, errors: errors, unloaded: unloaded)
    }

    /// The settings of a budget whose `Data/budget.json` did not load: only rules that do not need the
    /// settings run on it, and nothing is computed from it.
    static let standInSettings = BudgetSettings(
        name: "", municipality: "", period: Period(start: 0, end: 0), baseYear: 0, unit: "tCO2e", language: "nb")

    /// Reads one part; when reading it added a problem, marks it unloaded and returns `standIn` instead of
    /// what was read, because a file with a problem can hold what the rules must never see (such as a group
    /// of actors that names itself as a member).
    private mutating func part<Value>(_ part: BudgetPart, else standIn: Value, _ read: (inout Reading) -> Value)
        -> Value
    {
        let before = errors.count
        let value = read(&self)
        guard errors.count == before else {
            unloaded.insert(part)
            return standIn
        }
        return value
    }

    /// Reads every `*.json` file in `Measures/`, in file-name order; other files are reported, hidden ones skipped.
    mutating func loadMeasures() -> [Measure] {
        let relative = BudgetLoader.files.measures
        let directory = folder.appendingPathComponent(relative)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sortedAsText()
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
        measures.reserveCapacity(visible.count)
        let directoryPath = directory.path
        let prefix = shown.measures + "/"
        // The common case first: a measure file that reads is neither a folder nor missing, so the checks below
        // (a URL, a folder test and an existence test per file) would only repeat what reading found. A large
        // budget's files are read and checked on every core, each on its own; their problems are added in
        // file-name order, as when they were read one after another.
        let folder = OpenFolder(path: directoryPath)
        // Each core reads its files into one buffer (see `Concurrently.map(_:chunk:scratch:_:)`).
        let read: @Sendable (inout FileDecoding.ReadBuffer, Int) -> MeasureRead? = { buffer, index in
            let name = visible[index]
            guard BudgetLoader.isJSONName(name) else { return nil }
            let file = prefix + name
            let measure = { (bytes: UnsafeBufferPointer<UInt8>) in MeasureRead(bytes, file: file) }
            return folder?.withContents(of: name, in: buffer, measure)
                ?? FileDecoding.withContents(ofFile: directoryPath + "/" + name, in: buffer, measure)
        }
        var buffer = FileDecoding.ReadBuffer()
        var fast =
            visible.count >= Self.concurrentMeasureFiles
            ? Concurrently.map(visible.count, scratch: { FileDecoding.ReadBuffer() }, read)
            : visible.indices.map { read(&buffer, $0) }
        for (index, name) in visible.enumerated() {
            // Taken out of its place rather than copied: a copy retained the measure, and the list released it.
            if let done = fast[index].take() {
                if !done.errors.isEmpty { errors += done.errors }
                if let measure = done.measure { measures.append(measure) }
                continue
            }
            let file = prefix + name
            if isDirectory(directory.appendingPathComponent(name)) {
                errors.append(.unexpectedFolder(path: file + "/"))
                continue
            }
            guard BudgetLoader.isJSONName(name) else {
                errors.append(.notJSON(file: file))
                continue
            }
            guard let value = json(relative + "/" + name, file, measureFile: true) else { continue }
            if let measure = MeasureFile.read(value, file: file, errors: &errors) { measures.append(measure) }
        }
        return measures
    }

    /// From how many measure files on they are read on every core: a budget of a few hundred measures reads in
    /// milliseconds, and `overview` already reads one budget per core.
    static let concurrentMeasureFiles = 500

    /// A JSON file; in `Measures/`, a file that is not UTF-8 text is not taken for a measure file at all.
    private mutating func json(
        _ relative: String, _ shown: String, required: Bool = true, measureFile: Bool = false
    ) -> JSONValue? {
        guard let data = read(relative, shown, required: required) else { return nil }
        return decodeJSON(data, shown, measureFile: measureFile)
    }

    /// The bytes of a JSON file as JSON; in `Measures/`, bytes that are not UTF-8 are not taken for a measure file.
    private mutating func decodeJSON(_ data: Data, _ shown: String, measureFile: Bool) -> JSONValue? {
        switch FileDecoding.json(data, file: shown) {
        case .success(let value):
            return value
        case .failure(.notUTF8) where measureFile:
            errors.append(.notJSON(file: shown))
        case .failure(let error):
            errors.append(error)
        }
        return nil
    }

    private mutating func csv(_ relative: String, _ shown: String, required: Bool) -> CSVDocument? {
        guard let data = read(relative, shown, required: required) else { return nil }
        switch FileDecoding.csv(data, file: shown) {
        case .success(let document):
            return document
        case .failure(let error):
            errors.append(error)
            return nil
        }
    }

    private mutating func read(_ relative: String, _ shown: String, required: Bool) -> Data? {
        // A file that reads needs none of the checks below, which only name what is wrong with one that does not:
        // `overview` reads the data files of hundreds of budgets.
        if let data = FileDecoding.contents(ofFile: folder.path + "/" + relative) { return data }
        let url = folder.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { errors.append(.missingFile(file: shown)) }
            return nil
        }
        switch FileDecoding.bytes(url, file: shown) {
        case .success(let data):
            return data
        case .failure(let error):
            errors.append(error)
            return nil
        }
    }

    private func show(_ relative: String) -> String {
        shownFolder.isEmpty ? relative : (shownFolder.hasSuffix("/") ? shownFolder : shownFolder + "/") + relative
    }

    private func isDirectory(_ url: URL) -> Bool { BudgetLoader.isDirectory(url) }
}

extension BudgetLoader {
    /// Whether a file name ends in ".json", in any case ("07-x.JSON" too), as `lowercased().hasSuffix(".json")`
    /// answers: told from the last five bytes when the byte before them is ASCII or there is none; otherwise from
    /// the characters, since a character before the point can join it into one (U+0600 does).
    static func isJSONName(_ name: String) -> Bool {
        let suffix = name.utf8.suffix(5)
        let lower = { (byte: UInt8) in (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        guard suffix.count == 5, zip(suffix, ".json".utf8).allSatisfy({ lower($0) == $1 }) else { return false }
        if let before = name.utf8.dropLast(5).last, before >= 0x80 { return name.lowercased().hasSuffix(".json") }
        return true
    }
}
