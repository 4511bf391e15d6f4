/// A measure file is named after its id (`07-slug.json`), so that the folder listing reads like the
/// budget's table of contents and a measure is found by its number.
public enum MeasureFileName: ValidationRule {
    public static let id = "measure-file-name"
    public static let title = "Measure files are named after their id"
    /// The title the council summary shows for an open finding, by language code.
    public static let summaryTitles = [
        "nb": "Filnavnet stemmer ikke med tiltaksnummeret", "nn": "Filnamnet stemmer ikkje med tiltaksnummeret",
        "en": "The file name does not match the measure number",
    ]
    public static let summary =
        "A measure's file name starts with its id, zero-padded to two digits: 07-fossile-drivstoff.json for measure 7."
    public static let severity = Severity.warning
    /// Each measure is checked against its own file name.
    public static let needs: Set<BudgetPart> = []
    public static let examples = RuleExamples(
        breaking: RuleExample("Measure 1 is stored as Measures/fossilfri-buss.json") { budget in
            budget.measures[0].file = "Measures/fossilfri-buss.json"
        },
        passing: RuleExample("Measure 1 is stored as Measures/01-fossilfri-buss.json") { _ in })

    public static func check(_ budget: Budget) -> [Finding] {
        budget.measures.compactMap { measure in
            guard !isNamed(measure.file, after: measure.id) else { return nil }
            let prefix = expectedPrefix(for: measure.id)
            return finding(
                measure: measure.id, file: measure.file, about: [.measureDetails],
                message(id: measure.id, prefix: prefix))
        }
    }

    /// Whether the file name in `path` starts with ``expectedPrefix(for:)`` of `id`, as `hasPrefix` on the name
    /// answers: from the path's bytes where they settle it, from the characters otherwise.
    static func isNamed(_ path: String, after id: Int) -> Bool {
        namedFromBytes(path, after: id) ?? fileName(path).hasPrefix(expectedPrefix(for: id))
    }

    /// ``isNamed(_:after:)`` told from the path's bytes, without making the prefix or finding the name as a text
    /// (a thousandth of a second per thousand measures); `nil` where the bytes cannot tell (a negative id, a path
    /// ending in "/", a byte after the hyphen that is not ASCII, and so may join it into another character: a
    /// combining mark makes another character of the hyphen).
    static func namedFromBytes(_ path: String, after id: Int) -> Bool? {
        guard id >= 0 else { return nil }
        var digits = 1
        var rest = id / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let length = max(digits, 2)
        return path.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.last != UInt8(ascii: "/") else { return nil }
            let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            guard bytes.count - start > length, bytes[start + length] == UInt8(ascii: "-") else { return false }
            var value = id
            for place in (start..<start + length).reversed() {
                guard bytes[place] == UInt8(ascii: "0") + UInt8(value % 10) else { return false }
                value /= 10
            }
            if start + length + 1 < bytes.count, bytes[start + length + 1] >= 0x80 { return nil }
            return true
        } ?? nil
    }

    /// The last part of a path: what follows its last "/" (the last non-empty part when it ends in "/"). Found
    /// from the end, without splitting the whole path, since every measure is checked.
    static func fileName(_ path: String) -> Substring {
        // Searched in the bytes: "/" is one byte in UTF-8 and never part of another character.
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let name = path[path.utf8.index(after: slash)...]
            if !name.isEmpty { return name }
        }
        return path.split(separator: "/").last ?? Substring(path)
    }

    /// The start every file name of a measure with this id should have, such as "07-".
    public static func expectedPrefix(for id: Int) -> String {
        (id < 10 && id >= 0 ? "0" : "") + "\(id)-"
    }
}

// MARK: - Messages

extension MeasureFileName {
    static func message(id: Int, prefix: String) -> String {
        "the file name does not start with \"\(prefix)\"; rename the file so it starts with the measure's id, such as \(prefix)short-title.json"
    }
}
