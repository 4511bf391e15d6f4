/// A problem reading a budget's files: which file, where in it, what is wrong and what to do.
///
/// The loader collects every such problem in one pass, so the environment unit can fix them all at once.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    /// The budget folder, `Data/` or `Measures/` does not exist.
    case missingFolder(path: String)
    /// `Measures/` holds no measure files.
    case emptyFolder(path: String)
    /// A required data file does not exist.
    case missingFile(file: String)
    /// A file exists but could not be read.
    case unreadableFile(file: String, reason: String)
    /// A file in `Measures/` is not a JSON file, or a `.json` file is not text.
    case notJSON(file: String)
    /// A JSON file has a syntax error at a line and column (both counted from 1).
    case malformedJSON(file: String, line: Int, column: Int, detail: String)
    /// A field holds a value of the wrong type, such as text where tonnes are expected.
    case wrongType(file: String, measure: Int?, field: String, expected: String, found: String)
    /// A required field is absent.
    case missingField(file: String, measure: Int?, field: String, expected: String)
    /// A field has the right type but a value that is not allowed, such as an unknown measure kind.
    case invalidValue(file: String, measure: Int?, field: String, value: String, expected: String)
    /// A CSV file has a structural error (an unclosed quote, a row with too many cells).
    case malformedCSV(file: String, line: Int, column: Int, detail: String)
    /// A CSV cell cannot be read as what its column holds.
    case invalidCell(file: String, line: Int, column: Int, header: String, value: String, expected: String)

    /// The file the problem is in, relative to the budget folder.
    public var file: String {
        switch self {
        case .missingFolder(let path), .emptyFolder(let path): path
        case .missingFile(let file), .unreadableFile(let file, _), .notJSON(let file),
             .malformedJSON(let file, _, _, _), .wrongType(let file, _, _, _, _),
             .missingField(let file, _, _, _), .invalidValue(let file, _, _, _, _),
             .malformedCSV(let file, _, _, _), .invalidCell(let file, _, _, _, _, _):
            file
        }
    }

    /// The measure concerned, when the problem is inside a measure file whose id could be read.
    public var measure: Int? {
        switch self {
        case .wrongType(_, let measure, _, _, _), .missingField(_, let measure, _, _),
             .invalidValue(_, let measure, _, _, _):
            measure
        default: nil
        }
    }

    /// One line: the file, the place in it, what is wrong and what to do.
    public var description: String {
        switch self {
        case .missingFolder(let path):
            "\(path): folder not found; run the command in a budget folder (with Data/ and Measures/) or pass --budget DIR"
        case .emptyFolder(let path):
            "\(path): the folder holds no measure files; add one JSON file per measure, named like 01-short-title.json"
        case .missingFile(let file):
            "\(file): file not found; every budget needs it (see the README's section on files)"
        case .unreadableFile(let file, let reason):
            "\(file): cannot be read (\(reason)); check that the file exists and that you may read it"
        case .notJSON(let file):
            "\(file): not a JSON text file; measure files are UTF-8 text ending in .json, so move this file out of the folder or save it as JSON"
        case .malformedJSON(let file, let line, let column, let detail):
            "\(file):\(line):\(column): the JSON is malformed (\(detail)); look for a missing comma, quote or bracket at or just before this place"
        case .wrongType(let file, _, let field, let expected, let found):
            "\(file): \(field): expected \(expected), found \(found)"
        case .missingField(let file, _, let field, let expected):
            "\(file): \(field): missing; add \(expected)"
        case .invalidValue(let file, _, let field, let value, let expected):
            "\(file): \(field): \"\(value)\" is not allowed; expected \(expected)"
        case .malformedCSV(let file, let line, let column, let detail):
            "\(file):\(line):\(column): \(detail)"
        case .invalidCell(let file, let line, let column, let header, let value, let expected):
            "\(file):\(line):\(column): column \"\(header)\": expected \(expected), found \"\(value)\""
        }
    }
}

/// Every problem found while loading a budget; thrown when there is at least one.
public struct LoadFailure: Error, Equatable, CustomStringConvertible {
    /// The problems, in the order the files were read.
    public var errors: [LoadError]

    /// Creates a failure from its problems.
    public init(errors: [LoadError]) {
        self.errors = errors
    }

    /// Whether the failure is about folders or files that could not be found or read (exit code 2),
    /// rather than about their contents (exit code 1).
    public var isInputOutput: Bool {
        errors.allSatisfy { error in
            switch error {
            case .missingFolder, .unreadableFile: true
            default: false
            }
        }
    }

    /// One line per problem.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
