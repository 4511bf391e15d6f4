import ClimateBudget
import Foundation

/// What one row of an exported sheet held when it was exported, kept in the row's last cell: the base that
/// lets import tell an edit in the sheet from a change made in the files since the export.
///
/// The cell is `cb1:` and the row's exported values as JSON in URL-safe Base64 (letters, digits, `-` and `_`):
/// text that no spreadsheet reads as a number, a date or a formula, so Excel saves it back unchanged. It
/// moves with its row when rows are sorted, inserted or deleted. Effects are kept exactly as in the files,
/// so comparing values (never the text Excel writes) finds every change.
struct ExportRecord: Equatable {
    var id: Int
    var kind: MeasureKind
    var sector: String?
    var title: String
    var implementers: [String]
    var reporter: String?
    /// The effect of every exported year; `nil` where the cell was empty. Years the sheet did not have are absent.
    var effect: [Int: Double?]

    /// What every record cell starts with; the 1 is the version of the format.
    static let prefix = "cb1:"

    /// The record of a measure exported with columns for `years`.
    init(_ measure: Measure, years: [Int]) {
        id = measure.id
        kind = measure.kind
        sector = measure.sector
        title = measure.title
        implementers = measure.responsibility.implementers
        reporter = measure.responsibility.reporter
        effect = Dictionary(uniqueKeysWithValues: years.map { ($0, measure.effect[$0]) })
    }

    /// The record as the measure the row held, for a measure whose file is gone.
    var measure: Measure {
        var measure = Measure(
            id: id, title: title, kind: kind,
            responsibility: Responsibility(printed: "", implementers: implementers, reporter: reporter))
        measure.sector = sector
        measure.effect = effect.compactMapValues { $0 }
        return measure
    }

    /// The cell's text.
    var cell: String {
        // A Double's description reads back as exactly the same Double, so no effect is rounded here.
        let years = effect.keys.sorted().map { year in
            "\"\(year)\":" + (effect[year].flatMap { $0 }.map { "\($0)" } ?? "null")
        }
        let json =
            "{\"id\":\(id),\"kind\":\(JSONText.quoted(kind.rawValue)),\"sector\":\(optional(sector)),"
            + "\"title\":\(JSONText.quoted(title)),\"implementers\":[\(implementers.map(JSONText.quoted).joined(separator: ","))],"
            + "\"reporter\":\(optional(reporter)),\"effect\":{\(years.joined(separator: ","))}}"
        let base64 = Data(json.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(
                of: "=", with: "")
        return Self.prefix + base64
    }

    private func optional(_ text: String?) -> String {
        text.map(JSONText.quoted) ?? "null"
    }

    /// Reads a record cell; `nil` when the cell is not one as export wrote it.
    init?(cell: String) {
        guard cell.hasPrefix(Self.prefix) else { return nil }
        var base64 = String(cell.dropFirst(Self.prefix.count))
            .replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            case .object(let object)? = try? JSONValue.parse(data, file: ""),
            case .number(let number)? = object["id"], let id = Int(exactly: number),
            case .string(let kindName)? = object["kind"], let kind = MeasureKind(rawValue: kindName),
            case .string(let title)? = object["title"],
            case .array(let names)? = object["implementers"],
            case .object(let years)? = object["effect"]
        else { return nil }
        func optional(_ key: String) -> String?? {
            switch object[key] {
            case .string(let text)?: text
            case .null?: .some(nil)
            default: nil
            }
        }
        guard let sector = optional("sector"), let reporter = optional("reporter") else { return nil }
        var implementers: [String] = []
        for case .string(let name) in names { implementers.append(name) }
        var effect: [Int: Double?] = [:]
        for (key, value) in years {
            guard let year = Int(key) else { return nil }
            switch value {
            case .number(let tonnes): effect[year] = .some(tonnes)
            case .null: effect[year] = .some(nil)
            default: return nil
            }
        }
        guard implementers.count == names.count else { return nil }
        self.id = id
        self.kind = kind
        self.sector = sector
        self.title = title
        self.implementers = implementers
        self.reporter = reporter
        self.effect = effect
    }
}
