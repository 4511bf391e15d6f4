import ClimateBudget

/// One difference between the same file in two budgets, by content: a file added or removed, a JSON field,
/// a CSV row, column or cell. Reformatting a file with the same data makes no difference.
public struct FileDifference: Sendable, Equatable {
    /// The file, by its path in the budget folder, such as "Data/reference.csv".
    public package(set) var file: String
    /// What differs.
    public package(set) var change: FileChange

    /// Creates a difference.
    public init(file: String, change: FileChange) {
        self.file = file
        self.change = change
    }
}

/// What differs in one file.
public enum FileChange: Sendable, Equatable {
    /// The file is only in the new budget.
    case added
    /// The file is only in the old budget.
    case removed
    /// The file cannot be parsed in one budget or both, so it is compared as a whole: why each side cannot be
    /// read (nil for a side that can), or both nil for a non-JSON file whose bytes differ.
    case notComparable(old: String?, new: String?)
    /// A JSON value at a path such as "period.end" or "serviceAreas[HO].aliases"; nil where it is absent.
    /// In a list without ids, a removed item has only `old` and an added one only `new`.
    case field(path: String, old: JSONValue?, new: JSONValue?)
    /// A CSV column only in the new file, with its filled cells by row.
    case columnAdded(column: String, cells: [LabelledCell])
    /// A CSV column only in the old file, with its filled cells by row.
    case columnRemoved(column: String, cells: [LabelledCell])
    /// A CSV row only in the new file, by its first cell (the year), with its filled cells by column.
    case rowAdded(row: String, cells: [LabelledCell])
    /// A CSV row only in the old file, with its filled cells by column.
    case rowRemoved(row: String, cells: [LabelledCell])
    /// A CSV cell of a row and a column in both files; nil where the cell is empty.
    case cell(row: String, column: String, old: CellValue?, new: CellValue?)
}

/// A CSV cell's value: a number (read as the loader reads it, so "524 491" equals "524491"), or text.
public enum CellValue: Sendable, Equatable {
    /// A number.
    case number(Double)
    /// Text that is not a number.
    case text(String)
}

/// A CSV cell with the column (in a row) or the row (in a column) it lies in.
public struct LabelledCell: Sendable, Equatable {
    /// The column's name or the row's first cell.
    public package(set) var label: String
    /// The value.
    public package(set) var value: CellValue

    /// Creates a cell.
    public init(label: String, value: CellValue) {
        self.label = label
        self.value = value
    }
}

extension JSONValue {
    /// The value on one line, object keys sorted: `{"goal": "2a", "percentChange": -30, "year": 2023}`.
    ///
    /// Equal values give equal text however the file was formatted, so it also serves to match list items.
    public var compactText: String {
        switch self {
        case .object(let members):
            "{"
                + members.keys.sorted().map { JSONText.quoted($0) + ": " + (members[$0]?.compactText ?? "") }.joined(
                    separator: ", ") + "}"
        case .array(let items): "[" + items.map(\.compactText).joined(separator: ", ") + "]"
        case .string(let text): JSONText.quoted(text)
        case .number(let value): plainNumber(value, decimals: 6)
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        }
    }
}

/// Compares two parsed JSON files field by field.
enum JSONComparison {
    /// The differences between `old` and `new` below `path`.
    static func compare(_ old: JSONValue, _ new: JSONValue, path: String = "") -> [FileChange] {
        switch (old, new) {
        case (.object(let a), .object(let b)):
            return Set(a.keys).union(b.keys).sorted().flatMap { key -> [FileChange] in
                let inner = path.isEmpty ? key : path + "." + key
                switch (a[key], b[key]) {
                case (let x?, let y?): return compare(x, y, path: inner)
                case (let x, let y): return [.field(path: inner, old: x, new: y)]
                }
            }
        case (.array(let a), .array(let b)) where !a.isEmpty && !b.isEmpty && (a + b).allSatisfy(\.isObject):
            if let oldByID = byID(a), let newByID = byID(b) {
                return matchedByID(oldByID, newByID, path: path)
            }
            return unmatched(a, b, path: path)
        default:
            return old == new ? [] : [.field(path: path, old: old, new: new)]
        }
    }

    /// Items of two lists paired by their "id", in the new list's order, then the removed ones.
    private static func matchedByID(_ old: [(String, JSONValue)], _ new: [(String, JSONValue)], path: String)
        -> [FileChange]
    {
        let oldItems = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.0))
        var changes: [FileChange] = []
        for (id, item) in new {
            let inner = "\(path)[\(id)]"
            if let before = oldItems[id] {
                changes += compare(before, item, path: inner)
            } else {
                changes.append(.field(path: inner, old: nil, new: item))
            }
        }
        for (id, item) in old where !newIDs.contains(id) {
            changes.append(.field(path: "\(path)[\(id)]", old: item, new: nil))
        }
        return changes
    }

    /// Items of two lists without ids: each item of one list that the other does not hold as often.
    private static func unmatched(_ old: [JSONValue], _ new: [JSONValue], path: String) -> [FileChange] {
        var counts: [String: Int] = [:]
        for item in new { counts[item.compactText, default: 0] += 1 }
        var removed: [FileChange] = []
        for item in old {
            let text = item.compactText
            if let count = counts[text], count > 0 {
                counts[text] = count - 1
            } else {
                removed.append(.field(path: path, old: item, new: nil))
            }
        }
        var added: [FileChange] = []
        for item in new.reversed() {
            let text = item.compactText
            if let count = counts[text], count > 0 {
                counts[text] = count - 1
                added.append(.field(path: path, old: nil, new: item))
            }
        }
        return removed + added.reversed()
    }

    /// The items by their "id" (text or number), or nil when an item has none or two items share one.
    private static func byID(_ items: [JSONValue]) -> [(String, JSONValue)]? {
        var seen: Set<String> = []
        var result: [(String, JSONValue)] = []
        for item in items {
            guard case .object(let members) = item else { return nil }
            let id: String
            switch members["id"] {
            case .string(let text)?: id = text
            case .number(let number)?: id = plainNumber(number)
            default: return nil
            }
            guard seen.insert(id).inserted else { return nil }
            result.append((id, item))
        }
        return result
    }
}

extension JSONValue {
    fileprivate var isObject: Bool {
        if case .object = self { true } else { false }
    }
}

/// Compares two parsed CSV files of yearly figures row by row and cell by cell.
///
/// Rows are matched by their first cell (the year) and columns by their name, so moving rows or columns
/// changes nothing; cells compare as numbers where they read as numbers.
enum CSVComparison {
    /// A CSV file as rows of labelled cells.
    struct Table {
        /// The column names after the first, in order.
        var columns: [String] = []
        /// The rows by their first cell, in order.
        var rows: [(key: String, cells: [String: CellValue])] = []

        init(_ document: CSVDocument) {
            let header = document.records.first?.fields ?? []
            var seen: [String: Int] = [:]
            for (index, field) in header.enumerated().dropFirst() {
                var name = field.value.trimmingWhitespace()
                if name.isEmpty { name = "column \(index + 1)" }
                seen[name.lowercased(), default: 0] += 1
                if let count = seen[name.lowercased()], count > 1 { name += " (\(count))" }
                columns.append(name)
            }
            var keys: [String: Int] = [:]
            for record in document.records.dropFirst()
            where !record.fields.allSatisfy({ $0.value.trimmingWhitespace().isEmpty }) {
                let first = record.fields[0].value.trimmingWhitespace()
                var key = Int(first).map(String.init) ?? first
                keys[key, default: 0] += 1
                if let count = keys[key], count > 1 { key += " (row \(count))" }
                var cells: [String: CellValue] = [:]
                for (index, field) in record.fields.enumerated().dropFirst() {
                    let text = field.value.trimmingWhitespace()
                    if text.isEmpty { continue }
                    while columns.count < index { columns.append("column \(columns.count + 2)") }
                    let value =
                        NumberText.parse(text, decimalComma: document.delimiter == ";").map(CellValue.number)
                        ?? .text(text)
                    cells[columns[index - 1].lowercased()] = value
                }
                rows.append((key, cells))
            }
        }

        /// A row's filled cells in column order.
        func cells(_ row: [String: CellValue]) -> [LabelledCell] {
            columns.compactMap { name in row[name.lowercased()].map { LabelledCell(label: name, value: $0) } }
        }

        /// A column's filled cells in row order.
        func cells(column: String) -> [LabelledCell] {
            rows.compactMap { row in row.cells[column.lowercased()].map { LabelledCell(label: row.key, value: $0) } }
        }
    }

    /// The differences: columns added and removed, then row by row in year order.
    static func compare(_ old: CSVDocument, _ new: CSVDocument) -> [FileChange] {
        let a = Table(old)
        let b = Table(new)
        let oldColumns = Set(a.columns.map { $0.lowercased() })
        let newColumns = Set(b.columns.map { $0.lowercased() })
        var changes: [FileChange] = []
        for column in b.columns where !oldColumns.contains(column.lowercased()) {
            changes.append(.columnAdded(column: column, cells: b.cells(column: column)))
        }
        for column in a.columns where !newColumns.contains(column.lowercased()) {
            changes.append(.columnRemoved(column: column, cells: a.cells(column: column)))
        }
        let shared = b.columns.filter { oldColumns.contains($0.lowercased()) }
        let oldRows = Dictionary(a.rows.map { ($0.key, $0.cells) }, uniquingKeysWith: { first, _ in first })
        let newRows = Dictionary(b.rows.map { ($0.key, $0.cells) }, uniquingKeysWith: { first, _ in first })
        for key in Set(oldRows.keys).union(newRows.keys).sorted(by: rowOrder) {
            switch (oldRows[key], newRows[key]) {
            case (let before?, let after?):
                for column in shared where before[column.lowercased()] != after[column.lowercased()] {
                    changes.append(
                        .cell(
                            row: key, column: column, old: before[column.lowercased()], new: after[column.lowercased()])
                    )
                }
            case (let before?, nil): changes.append(.rowRemoved(row: key, cells: a.cells(before)))
            case (nil, let after?): changes.append(.rowAdded(row: key, cells: b.cells(after)))
            case (nil, nil): break
            }
        }
        return changes
    }

    /// Years in order, then any other first cells in alphabetical order.
    private static func rowOrder(_ x: String, _ y: String) -> Bool {
        switch (Int(x), Int(y)) {
        case (let a?, let b?): a < b
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): x < y
        }
    }
}
