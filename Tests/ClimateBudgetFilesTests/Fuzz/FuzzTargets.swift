import Foundation

// The five fuzz targets: what each of the libFuzzer entry points in Tests/Fuzz does with its input, in one place.
//
// This file is compiled twice: into the test target, where `FuzzRegressionTests` feeds it the inputs that once
// crashed or hung, and by Tests/Fuzz/build.sh into one module with the library's sources (named ClimateBudget,
// so the library's imports of ClimateBudget are ignored there and the imports below are left out).
#if canImport(ClimateBudgetFiles)
    import ClimateBudget
    @testable import ClimateBudgetFiles
#endif

/// What each fuzz entry point runs on its input bytes.
enum FuzzTargets {
    /// The JSON reader: the bytes as one JSON file.
    static func json(_ bytes: [UInt8]) -> Result<JSONValue, LoadError> {
        FileDecoding.json(Data(bytes), file: "fuzz.json")
    }

    /// The CSV reader: the bytes as a CSV file, then, when that reads, as a table of yearly tonnes (the path of
    /// `Data/reference.csv`, and with percentages that of `Data/target-caps.csv`).
    static func csv(_ bytes: [UInt8]) -> (document: Result<CSVDocument, LoadError>, tableErrors: [LoadError]) {
        let document = FileDecoding.csv(Data(bytes), file: "fuzz.csv")
        var errors: [LoadError] = []
        if case .success(let document) = document {
            _ = YearTableFile.read(document, file: "fuzz.csv", errors: &errors)
            _ = YearTableFile.read(document, file: "fuzz.csv", allowsPercent: true, errors: &errors)
        }
        return (document, errors)
    }

    /// The xlsx reader: the workbook's structure and every row of every sheet, streamed.
    ///
    /// Bytes that begin with "PK" are the file as it is. Other bytes are the parts of a workbook separated by
    /// NUL bytes, in the order of ``xlsxParts``, which are written into a zip without compression and with
    /// correct checksums, so that mutations reach the XML rather than stopping at the zip's checks.
    static func xlsx(_ bytes: [UInt8]) -> Result<[String: Int], XlsxError> {
        let zip = bytes.starts(with: [0x50, 0x4B]) ? bytes : storedZip(of: bytes)
        let file = uniqueTemporaryURL("xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try Data(zip).write(to: file)
        } catch {
            return .success([:])
        }
        do throws(XlsxError) {
            let workbook = try XlsxWorkbook(url: file, shownAs: "fuzz.xlsx")
            var rows: [String: Int] = [:]
            for name in workbook.sheetNames {
                var reader = try workbook.rowReader(ofSheet: name)
                var count = 0
                while try reader.next() != nil { count += 1 }
                rows[name] = count
            }
            return .success(rows)
        } catch {
            return .failure(error)
        }
    }

    /// The parts of a workbook in the structured xlsx input, in order.
    static let xlsxParts = [
        "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    ]

    /// The measure loader: the bytes as one measure file, read both ways the loader reads a file in `Measures/`:
    /// through the tree (`measure` and `errors`) and the fast way (`plain`, `nil` for a file that is not plain).
    static func measure(_ bytes: [UInt8]) -> (measure: Measure?, errors: [LoadError], plain: Measure?) {
        let file = "Measures/01-fuzz.json"
        let plain = bytes.withUnsafeBufferPointer { PlainMeasureFile.read($0, file: file) }
        var errors: [LoadError] = []
        switch FileDecoding.json(Data(bytes), file: file) {
        case .success(let value):
            let measure = MeasureFile.read(value, file: file, errors: &errors)
            return (measure, errors, plain)
        case .failure(let error):
            return (nil, [error], plain)
        }
    }

    /// Whether the two ways agree: a file the fast way reads is one the tree reads to the same measure, without
    /// a problem.
    static func plainAgrees(_ read: (measure: Measure?, errors: [LoadError], plain: Measure?)) -> Bool {
        read.plain == nil || (read.plain == read.measure && read.errors.isEmpty)
    }

    /// The budget loader: the bytes as a budget's files, separated by NUL bytes, in the order of ``budgetFiles``,
    /// then one measure file after another; an empty part is a file that is not there. The budget is loaded
    /// into a temporary folder and validated as `validate` does.
    static func budget(_ bytes: [UInt8]) -> (partial: PartialBudget, findings: [Finding]) {
        let folder = uniqueTemporaryURL("budget")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try? manager.createDirectory(at: folder.appendingPathComponent("Data"), withIntermediateDirectories: true)
        try? manager.createDirectory(at: folder.appendingPathComponent("Measures"), withIntermediateDirectories: true)
        for (index, part) in bytes.split(separator: 0, omittingEmptySubsequences: false).enumerated() {
            guard !part.isEmpty else { continue }
            let name =
                index < budgetFiles.count
                ? budgetFiles[index] : "Measures/\(String(index - budgetFiles.count + 1)).json"
            try? Data(part).write(to: folder.appendingPathComponent(name))
        }
        let partial = BudgetLoader.loadPartially(from: folder)
        let findings = partial.budget.map { Validator.validate($0, without: partial.unloaded) } ?? []
        return (partial, findings)
    }

    /// The files of the budget input before its measure files, in order.
    static let budgetFiles = [
        "Data/budget.json", "Data/sectors.json", "Data/actors.json", "Data/goals.json", "Data/targets.json",
        "Data/reference.csv", "Data/target-caps.csv", "Data/actuals.csv", "Data/printed.json",
    ]

    /// A path in the temporary folder that no other run uses.
    private static func uniqueTemporaryURL(_ kind: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "climate-budget-fuzz-\(kind)-\(UUID().uuidString)")
    }

    /// A zip of the NUL-separated parts, stored without compression, each under its name in ``xlsxParts``.
    static func storedZip(of bytes: [UInt8]) -> [UInt8] {
        let parts = bytes.split(separator: 0, omittingEmptySubsequences: false).prefix(xlsxParts.count)
        var archive: [UInt8] = []
        var central: [UInt8] = []
        func append16(_ value: Int, to bytes: inout [UInt8]) {
            bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
        }
        func append32(_ value: UInt32, to bytes: inout [UInt8]) {
            bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
        }
        var count = 0
        for (part, name) in zip(parts, xlsxParts) where !part.isEmpty {
            let data = Array(part)
            let name = Array(name.utf8)
            let crc = crc32(data)
            let offset = UInt32(archive.count)
            // Local header: signature, version, flags, method 0, time, date, crc, sizes, name length, extra length.
            append32(0x0403_4b50, to: &archive)
            append16(20, to: &archive)
            append16(0, to: &archive)
            append16(0, to: &archive)
            append32(0, to: &archive)
            append32(crc, to: &archive)
            append32(UInt32(data.count), to: &archive)
            append32(UInt32(data.count), to: &archive)
            append16(name.count, to: &archive)
            append16(0, to: &archive)
            archive += name + data
            // Central header: as the local one, with versions, comment, disk, attributes and the offset.
            append32(0x0201_4b50, to: &central)
            append16(20, to: &central)
            append16(20, to: &central)
            append16(0, to: &central)
            append16(0, to: &central)
            append32(0, to: &central)
            append32(crc, to: &central)
            append32(UInt32(data.count), to: &central)
            append32(UInt32(data.count), to: &central)
            append16(name.count, to: &central)
            append16(0, to: &central)
            append16(0, to: &central)
            append16(0, to: &central)
            append16(0, to: &central)
            append32(0, to: &central)
            append32(offset, to: &central)
            central += name
            count += 1
        }
        let centralOffset = UInt32(archive.count)
        archive += central
        append32(0x0605_4b50, to: &archive)
        append16(0, to: &archive)
        append16(0, to: &archive)
        append16(count, to: &archive)
        append16(count, to: &archive)
        append32(UInt32(central.count), to: &archive)
        append32(centralOffset, to: &archive)
        append16(0, to: &archive)
        return archive
    }

    /// The CRC-32 of zip files (polynomial 0xEDB88320).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
