import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Reading a plain measure file the fast way")
struct PlainMeasureFileTests {
    /// `Tests/`.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A plain measure file: every field the fast way reads, with texts beyond ASCII.
    static let plain = """
        {
          "id": 7,
          "title": "Fjernvarme på Tiller",
          "kind": "quantified",
          "sector": "energi",
          "goals": ["2", "5"],
          "goalEvidence": { "2": "Fjernvarmen skal være fossilfri.", "5": "Byggene skal bruke fjernvarme." },
          "description": "Utfasing av olje og gass i fjernvarmen.",
          "responsibility": { "printed": "Bonde (TT)", "implementers": ["Bonde"], "reporter": "TT", "reporterLost": false },
          "effect": { "2024": 23, "2025": 39.5 },
          "effectLow": { "2024": 17 },
          "effectHigh": { "2024": 34, "2025": -2 },
          "status": [
            { "period": "2024-T1", "status": "delayed", "comment": "Forsinket levering.", "date": "2024-04-21" },
            { "period": "2024-T2", "status": "on-track" }
          ]
        }
        """

    /// Both ways through `text`: the tree's measure and problems, and the fast way's measure.
    func read(_ text: String) -> (measure: Measure?, errors: [LoadError], plain: Measure?) {
        FuzzTargets.measure(Array(text.utf8))
    }

    /// The plain file with `old` replaced by `new` (which must be there).
    func changed(_ old: String, _ new: String) -> String {
        precondition(Self.plain.contains(old), "the plain file does not contain \(old)")
        return Self.plain.replacingOccurrences(of: old, with: new)
    }

    @Test("A plain file is read the fast way, to the measure the tree reads")
    func plainFile() throws {
        let read = read(Self.plain)
        let measure = try #require(read.plain)
        #expect(read.errors == [])
        #expect(measure == read.measure)
        #expect(measure.id == 7)
        #expect(measure.title == "Fjernvarme på Tiller")
        #expect(
            measure.goalEvidence == ["2": "Fjernvarmen skal være fossilfri.", "5": "Byggene skal bruke fjernvarme."])
        #expect(measure.effect == [2024: 23, 2025: 39.5])
        #expect(measure.effectHigh == [2024: 34, 2025: -2])
        #expect(
            measure.responsibility == Responsibility(printed: "Bonde (TT)", implementers: ["Bonde"], reporter: "TT"))
        #expect(measure.statusReports.map(\.comment) == ["Forsinket levering.", ""])
        #expect(measure.statusReports.map(\.date) == ["2024-04-21", nil])
        #expect(measure.file == "Measures/01-fuzz.json")
    }

    @Test(
        "A field that is null or empty is read the fast way as the tree reads it",
        arguments: [
            ("\"sector\": \"energi\"", "\"sector\": null"), ("\"goals\": [\"2\", \"5\"]", "\"goals\": null"),
            ("\"goals\": [\"2\", \"5\"]", "\"goals\": []"),
            ("\"description\": \"Utfasing av olje og gass i fjernvarmen.\"", "\"description\": null"),
            ("\"reporter\": \"TT\"", "\"reporter\": null"), ("\"reporterLost\": false", "\"reporterLost\": null"),
            ("\"reporterLost\": false", "\"reporterLost\": true"),
            ("\"effect\": { \"2024\": 23, \"2025\": 39.5 }", "\"effect\": null"),
            ("\"effectLow\": { \"2024\": 17 }", "\"effectLow\": {}"),
            ("\"comment\": \"Forsinket levering.\"", "\"comment\": null"),
            ("\"date\": \"2024-04-21\"", "\"date\": null"), ("\"sector\": \"energi\"", "\"sector\": \"\""),
        ])
    func nullFields(old: String, new: String) throws {
        let read = read(changed(old, new))
        let measure = try #require(read.plain)
        #expect(read.errors == [])
        #expect(measure == read.measure)
    }

    @Test(
        "A file the tree reads, but not plain, is left to the tree",
        arguments: [
            ("{\n  \"id\"", "\u{FEFF}{\n  \"id\""),  // a byte order mark
            ("\"goals\": [\"2\", \"5\"]", "\"goals\": [2, \"5\"]"),  // a goal written as a number
            ("\"goals\": [\"2\", \"5\"]", "\"goals\": [\"2\", \"5\",]"),  // a comma before the closing bracket
            ("\"effectLow\": { \"2024\": 17 }", "\"effectLow\": { \"1995\": 17 }"),  // a year outside 2000 to 2100
            ("\"title\"", "\"t\\u0069tle\""),  // a field name written with an escape
            ("\"effectLow\": { \"2024\": 17 }", "\"overlaps\": [{\"measure\": 8, \"share\": 25}]"),
            ("\"effectLow\": { \"2024\": 17 }", "\"effectBySector\": {\"energi\": {\"2024\": 23}}"),
        ])
    func notPlain(old: String, new: String) {
        let read = read(changed(old, new))
        #expect(read.plain == nil)
        #expect(read.measure != nil)
        #expect(read.errors == [])
    }

    @Test(
        "A file with a problem is left to the tree, which names it",
        arguments: [
            ("\"title\"", "\"titel\""), ("\"description\": \"Utfasing", "\"x\": null, \"description\": \"Utfasing"),
            ("\"kind\": \"quantified\"", "\"kind\": \"quantified\", \"kind\": \"quantified\""),
            ("\"5\": \"Byggene", "\"2\": \"Byggene"), ("\"Fjernvarme på Tiller\"", "\" \""),
            ("\"quantified\"", "\"quantifed\""), ("\"id\": 7", "\"id\": 10000"), ("\"id\": 7", "\"id\": 7.5"),
            ("\"2024-04-21\"", "\"2024-4-21\""), ("\"2024-T1\"", "\"2024-T4\""), ("\"delayed\"", "\"late\""),
            ("\"2024\": 17", "\"2024\": 1e12"), ("\"reporterLost\": false", "\"reporterLost\": \"no\""),
            ("\"printed\": \"Bonde (TT)\", ", ""), ("\"implementers\": [\"Bonde\"]", "\"implementers\": \"Bonde\""),
            ("\"2\": \"Fjernvarmen skal være fossilfri.\"", "\"2\": 2"), ("\"sector\": \"energi\"", "\"sector\": 4"),
            ("\"id\": 7,", "\"id\": 7"), ("\"on-track\" }", "\"on-track\" ]"),
            ("\"title\": \"Fjernvarme på Tiller\",", ""), ("\"comment\": \"Forsinket levering.\"", "\"comment\": 5"),
        ])
    func problems(old: String, new: String) {
        let read = read(changed(old, new))
        #expect(read.plain == nil)
        #expect(read.errors != [])
    }

    @Test("Text after the object, and a missing responsibility, are left to the tree")
    func wholeFile() {
        let after = read(Self.plain + " x")
        #expect(after.plain == nil)
        #expect(after.errors != [])
        let before = Self.plain.components(separatedBy: "\n  \"responsibility\"").first ?? ""
        let rest = Self.plain.components(separatedBy: "\"reporterLost\": false },").last ?? ""
        let missing = read(before + rest)
        #expect(missing.plain == nil)
        #expect(missing.errors != [])
    }

    @Test("An effect of more years than are gathered on the stack is read whole, as the tree reads it")
    func manyYears() throws {
        // 2030 to 2049: 20 years, four more than the 16 gathered before the series is made.
        let years = (2030...2049).map { "\"\($0)\": \($0 - 2000)" }.joined(separator: ", ")
        let read = read(changed("\"effect\": { \"2024\": 23, \"2025\": 39.5 }", "\"effect\": { \(years) }"))
        let measure = try #require(read.plain)
        #expect(measure == read.measure)
        #expect(measure.effect.count == 20)
        #expect(measure.effect[2030] == 30)
        #expect(measure.effect[2049] == 49)
    }

    @Test("Every field name of a measure file and every year 2000 to 2100 has its place among the known names")
    func names() {
        let fields =
            MeasureFile.fields + MeasureFile.statusFields + MeasureFile.responsibilityFields
            + MeasureFile.overlapFields
        #expect(Set(fields) == Set(PlainMeasureFile.Name.allCases.map(\.rawValue)))
        #expect(PlainMeasureFile.names.compactMap { $0 }.count == PlainMeasureFile.Name.allCases.count)
        #expect(PlainMeasureFile.years.compactMap { $0 }.sorted() == Array(2000...2100))
    }

    @Test("Every measure file of the fixture budgets reads the same both ways, and every one of them the fast way")
    func fixtures() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.tests.path)
            .filter { $0.contains("Measures/") && $0.hasSuffix(".json") }.sorted()
        // 37 files of the Trondheim fixture and 2 of the small fixture budget; none has overlaps or effects by
        // sector, numbers for goals or another thing the fast way leaves to the tree.
        #expect(files.count == 39)
        for name in files {
            let bytes = try [UInt8](Data(contentsOf: Self.tests.appendingPathComponent(name)))
            let read = FuzzTargets.measure(bytes)
            #expect(read.plain != nil, "\(name) is not plain")
            #expect(FuzzTargets.plainAgrees(read), "\(name) reads otherwise the fast way")
        }
    }

    @Test("Every file made by deleting, changing or adding one byte of a plain file reads the same both ways")
    func everyByte() {
        let bytes = Array(Self.plain.utf8)
        var variants = 0
        var plain = 0
        var disagree: [String] = []
        for position in bytes.indices {
            var changes = [Array(bytes[..<position] + bytes[(position + 1)...])]
            for byte in Array("\",}]:0- n".utf8) {
                var replaced = bytes
                replaced[position] = byte
                changes.append(replaced)
                changes.append(Array(bytes[..<position] + [byte] + bytes[position...]))
            }
            for change in changes {
                variants += 1
                let read = FuzzTargets.measure(change)
                if read.plain != nil { plain += 1 }
                if !FuzzTargets.plainAgrees(read) { disagree.append(String(decoding: change, as: UTF8.self)) }
            }
        }
        // One deletion and nine replacements and nine insertions at each byte.
        #expect(variants == bytes.count * 19)
        #expect(disagree == [])
        // Some changes leave the file plain (a space added between fields, a digit added to a figure), so the
        // comparison above covers files the fast way reads, not only files it leaves to the tree.
        #expect(plain > 1_000)
    }
}
