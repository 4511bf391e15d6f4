import Foundation
import TestSupport
import Testing

/// The council summary rendered by a real browser: headless Chromium prints it to PDF and to PNG.
///
/// A fresh machine may lack Chromium; then these tests are skipped with the reason. `.ci/run` installs
/// Debian's `chromium` and `poppler-utils`, so CI runs them.
@Suite(
    "The summary in a real browser",
    .enabled(if: Browser.chromium != nil, "chromium is not installed (apt-get install chromium); .ci/run installs it"))
struct BrowserRenderingTests {
    let folder: URL
    let html: URL

    init() throws {
        folder = TemporaryFolders.url("browser")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        html = folder.appendingPathComponent("summary.html")
        let run = ToolRun(["summary", "--output", html.path])
        try #require(run.code == 0, "summary failed: \(run.errorOutput)")
    }

    /// Renders a page in headless Chromium to a PNG 1000 pixels wide and `height` high, and checks that a PNG
    /// with a real picture in it (over 50 kB) was written.
    func expectScreenshot(of page: URL, to png: URL, height: Int) throws {
        let result = try Browser.run(
            Browser.chromium!,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1000,\(height)", "--screenshot=\(png.path)", page.absoluteString,
            ])
        #expect(result == 0)
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(data.count > 50_000)
    }

    @Test("Chromium prints the summary to an A4 PDF of 3 to 6 pages")
    func pdf() throws {
        let pdf = folder.appendingPathComponent("summary.pdf")
        let result = try Browser.run(
            Browser.chromium!,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf.path)", html.absoluteString,
            ])
        #expect(result == 0)
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Array("%PDF".utf8)))
        let counted = try Browser.pageCount(pdf)
        let pages = try #require(counted, "could not count the PDF's pages")
        #expect((3...6).contains(pages), "the summary prints on \(pages) pages")
        // A4 is 595 x 842 points; the page size is in every page's MediaBox.
        let text = String(decoding: data, as: UTF8.self)
        #expect(
            text.range(of: #"/MediaBox \[0 0 59[45]\.?\d* 84[12]\.?\d*\]"#, options: .regularExpression) != nil,
            "the PDF's pages are not A4")
    }

    @Test("Chromium renders the summary to a PNG screenshot")
    func png() throws {
        let png = folder.appendingPathComponent("summary.png")
        try expectScreenshot(of: html, to: png, height: 1800)
    }

    @Test("Chromium renders the summary of a budget with actual emissions, their section and the chart's crosses")
    func actuals() throws {
        let budget = try ActualsCommandTests.budget()
        let page = folder.appendingPathComponent("actuals.html")
        #expect(ToolRun(["summary", "--output", page.path], in: budget).code == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<h2>Faktiske utslipp mot budsjettet</h2>"))
        #expect(html.contains("data-series=\"actual\""))
        let png = folder.appendingPathComponent("actuals.png")
        try expectScreenshot(of: page, to: png, height: 2400)
    }

    @Test("Chromium renders the nynorsk summary of the bundled budget to a PNG, and prints it on 3 to 6 A4 pages")
    func nynorsk() throws {
        let page = folder.appendingPathComponent("samandrag.html")
        try #require(ToolRun(["summary", "--lang", "nn", "--output", page.path]).code == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<h1>Klimabudsjett 2022: samandrag for kommunestyret</h1>"))
        let png = folder.appendingPathComponent("samandrag.png")
        try expectScreenshot(of: page, to: png, height: 3400)
        let pdf = folder.appendingPathComponent("samandrag.pdf")
        let printed = try Browser.run(
            Browser.chromium!,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf.path)", page.absoluteString,
            ])
        #expect(printed == 0)
        if let pages = try Browser.pageCount(pdf) {
            #expect((3...6).contains(pages), "the nynorsk summary prints on \(pages) pages")
        }
    }

    @Test("Chromium renders the summary of a budget with a band and an overlap to a PNG")
    func bandPNG() throws {
        let budget = try BandAndOverlapCommandTests.budget()
        let page = budget.appendingPathComponent("summary.html")
        try #require(ToolRun(["summary", "--output", page.path], in: budget).code == 0)
        let png = folder.appendingPathComponent("band.png")
        try expectScreenshot(of: page, to: png, height: 1800)
    }

    @Test("Chromium renders the overview of three budgets, one of which does not load, with its chart, to a PNG")
    func overview() async throws {
        let run = await ConcurrentToolRun.run(
            ["overview", "county", "--format", "html"], in: try OverviewCommandTests.county())
        #expect(run.code == 1)
        #expect(run.output.contains("<g class=\"item\" data-label=\"Malvik kommune\""))
        let page = folder.appendingPathComponent("overview.html")
        try run.output.write(to: page, atomically: true, encoding: .utf8)
        try expectScreenshot(of: page, to: folder.appendingPathComponent("overview.png"), height: 1200)
    }
}

/// Finding and running the browser and the PDF tools.
enum Browser {
    /// The first Chromium on the PATH, if any.
    static let chromium: URL? = executable(named: ["chromium", "chromium-browser", "google-chrome"])

    /// The first executable with one of the names on the PATH.
    static func executable(named names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in names {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    /// Runs a program, ends it after `seconds`, and returns its exit status.
    static func run(_ program: URL, _ arguments: [String], seconds: Double = 90) throws -> Int32 {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Issue.record("\(program.lastPathComponent) did not finish in \(Int(seconds)) s")
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The number of pages of a PDF, by `pdfinfo` where installed, else by counting its page objects.
    static func pageCount(_ pdf: URL) throws -> Int? {
        if let pdfinfo = executable(named: ["pdfinfo"]) {
            let process = Process()
            let pipe = Pipe()
            process.executableURL = pdfinfo
            process.arguments = [pdf.path]
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let line = output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
        }
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let pages =
            text.components(separatedBy: "/Type /Page").count - 1
            - (text.components(separatedBy: "/Type /Pages").count - 1)
        return pages > 0 ? pages : nil
    }
}
