import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an SVG with Foundation's XMLParser: the y-axis ticks and the points of each series.
final class ChartReader: NSObject, XMLParserDelegate {
    var yTicks: [(value: Double, pixel: Double)] = []
    var xTicks: [(value: Double, pixel: Double)] = []
    var series: [String: [(x: Double, y: Double)]] = [:]
    var texts: [String] = []
    private var axis = ""
    private var tickValue: Double?
    private var currentSeries: String?
    private var text = ""

    static func read(_ svg: String) throws -> ChartReader {
        let reader = ChartReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        switch name {
        case "g":
            if let classes = attributes["class"], classes.hasPrefix("axis") { axis = classes }
            if attributes["class"] == "tick" { tickValue = attributes["data-value"].flatMap(Double.init) }
            if attributes["class"] == "series" { currentSeries = attributes["data-series"] }
        case "line":
            guard let value = tickValue else { break }
            if axis == "axis y", let y = attributes["y1"].flatMap(Double.init) { yTicks.append((value, y)) }
            if axis == "axis x", let x = attributes["x1"].flatMap(Double.init) { xTicks.append((value, x)) }
            tickValue = nil
        case "polyline":
            guard let id = currentSeries, let points = attributes["points"] else { break }
            series[id] = points.split(separator: " ").map { pair in
                let xy = pair.split(separator: ",").compactMap { Double($0) }
                return (xy[0], xy[1])
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" || name == "desc" { texts.append(text) }
        if name == "g" && currentSeries != nil && axis.isEmpty { currentSeries = nil }
    }

    /// Maps a pixel back to a value through two ticks of an axis.
    static func invert(_ pixel: Double, _ ticks: [(value: Double, pixel: Double)]) -> Double {
        let a = ticks.first!
        let b = ticks.last!
        return a.value + (pixel - a.pixel) / (b.pixel - a.pixel) * (b.value - a.value)
    }

    /// How many values one pixel stands for on an axis.
    static func valuePerPixel(_ ticks: [(value: Double, pixel: Double)]) -> Double {
        let a = ticks.first!
        let b = ticks.last!
        return abs((b.value - a.value) / (b.pixel - a.pixel))
    }
}

@Suite("The SVG chart of the bundled budget")
struct SVGChartTests {
    let svg = SVGChartRenderer().render(CouncilSummary(budget: TrondheimBudget.budget, language: .nb).chart)

    @Test("Every plotted point maps back to its Tabell 7-1 figure within one pixel's worth of tonnes")
    func pointsMapBack() throws {
        let chart = try ChartReader.read(svg)
        let tolerance = ChartReader.valuePerPixel(chart.yTicks)
        #expect(tolerance < 2000)
        let expected: [String: [Int: Double]] = [
            "reference": [2009: 524491, 2019: 424456, 2022: 430613, 2023: 429582, 2024: 428164, 2025: 426485],
            "measure-pathway": [2022: 401313, 2023: 394682, 2024: 391664, 2025: 387285],
            "target": [2022: 381472, 2023: 367143, 2024: 345793, 2025: 324442],
        ]
        for (id, figures) in expected {
            let points = try #require(chart.series[id], "no series \(id)")
            #expect(points.count == figures.count)
            for point in points {
                let year = Int(ChartReader.invert(point.x, chart.xTicks).rounded())
                let tonnes = ChartReader.invert(point.y, chart.yTicks)
                let figure = try #require(figures[year], "\(id) has a point in \(year)")
                #expect(abs(tonnes - figure) <= tolerance, "\(id) \(year): \(tonnes) vs \(figure)")
            }
        }
    }

    @Test("The target line's 2023 point is 367 143 within a pixel")
    func target2023() throws {
        let chart = try ChartReader.read(svg)
        let point = try #require(
            chart.series["target"]?.first { Int(ChartReader.invert($0.x, chart.xTicks).rounded()) == 2023 })
        #expect(abs(ChartReader.invert(point.y, chart.yTicks) - 367143) <= ChartReader.valuePerPixel(chart.yTicks))
    }

    @Test("Axes, legend and labels are there, in Norwegian")
    func labels() throws {
        let chart = try ChartReader.read(svg)
        #expect(chart.xTicks.map(\.value) == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(chart.yTicks.map(\.value) == [300000, 350000, 400000, 450000, 500000, 550000])
        for label in ["Referansebane", "Tiltaksbane", "Målbane", "Gap", "Tonn CO2-ekv", "550\u{00A0}000", "2009"] {
            #expect(chart.texts.contains(label), "missing label \(label)")
        }
    }

    @Test("Lines differ by dash pattern, not by colour alone")
    func blackAndWhite() {
        #expect(svg.contains(#"data-series="reference"><polyline"#))
        #expect(svg.contains(#"stroke-dasharray="9 6""#))
        #expect(svg.contains(#"stroke-dasharray="1 6""#))
        #expect(svg.contains(#"fill="url(#gap-hatch)""#))
    }

    @Test("The reference chart under Tests/ is what the renderer draws (the README shows it)")
    func referenceFile() throws {
        let file = TrondheimBudget.fixtures.appendingPathComponent("trondheim-2022-chart.svg")
        let reference = try String(contentsOf: file, encoding: .utf8)
        #expect(reference == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg)
    }
}

@Suite("The chart's year axis")
struct ChartYearAxisTests {
    /// Trondheim with a yearly reference 2009-2030: 22 years on 640 pixels, 29.1 pixels a year, less than the
    /// 34 a label needs, so labels are thinned.
    static var longBudget: Budget {
        var budget = TrondheimBudget.budget
        for year in Array(2010...2018) + [2020, 2021] + Array(2026...2030) { budget.reference.total[year] = 450000 }
        return budget
    }

    @Test(
        "The first milestone year (2020), the last history year and the period's ends stay labelled when labels are thinned"
    )
    func landmarksLabelled() throws {
        let summary = CouncilSummary(budget: Self.longBudget, language: .nb)
        #expect(summary.chart.xTicks.count == 22)
        #expect(summary.chart.xLandmarks == [2009, 2019, 2020, 2022, 2023, 2025, 2030])
        let svg = SVGChartRenderer().render(summary.chart)
        let labelled = try ChartReader.read(svg).xTicks.map(\.value)
        // Before: every other year from 2009 and the last year, 2009, 2011, ..., 2027, 2030: no 2020 (mål 2,
        // the first milestone) and no 2022 (the period's start).
        #expect(labelled == [2009, 2011, 2013, 2015, 2017, 2019, 2020, 2022, 2023, 2025, 2027, 2030])
    }

    @Test("Landmarks one year apart go on a second line, so no two labels on a line touch")
    func secondLine() throws {
        let renderer = SVGChartRenderer()
        let chart = CouncilSummary(budget: Self.longBudget, language: .en).chart
        let x = renderer.scales(for: chart).x
        let labelled = renderer.labelledXTicks(chart, x: x)
        let lines = renderer.labelLines(labelled, x: x)
        #expect(lines == [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0])
        for line in Set(lines) {
            let onLine = zip(labelled, lines).filter { $0.1 == line }.map { x($0.0) }
            #expect(zip(onLine, onLine.dropFirst()).allSatisfy { $1 - $0 >= renderer.minimumTickSpacing })
        }
        // 2020 lies at 96 + 640 × (2020 − 2008.5) / 22 = 430.55; its label sits 15 pixels below the first
        // line (334 + 22 + 15 = 371), and its tick reaches down towards it (334 + 6 + 15 = 355).
        let svg = renderer.render(chart)
        #expect(
            svg.contains(
                ##"<g class="tick" data-value="2020"><line x1="430.55" x2="430.55" y1="334" y2="355" stroke="#333" stroke-width="1"/><text x="430.55" y="371""##
            ))
    }
}

@Suite("Nice scales")
struct NiceScaleTests {
    @Test(
        "Bounds and steps people read easily",
        arguments: [
            (324442.0, 524491.0, 300000.0, 550000.0, 50000.0),
            (0, 1, 0, 1, 0.2),
            (3, 97, 0, 100, 20),
            (-12, 13, -15, 15, 5),
        ])
    func scale(minimum: Double, maximum: Double, lower: Double, upper: Double, step: Double) {
        let scale = NiceScale(minimum: minimum, maximum: maximum)
        #expect(scale.lower == lower)
        #expect(scale.upper == upper)
        #expect(abs(scale.step - step) < 1e-12)
    }

    @Test("A flat series still gets an axis")
    func flat() {
        let scale = NiceScale(minimum: 500, maximum: 500)
        #expect(scale.lower < 500 && scale.upper > 500)
    }

    @Test("A linear scale maps the domain onto the range, also backwards")
    func linear() {
        let y = LinearScale(domain: 0...100, range: (start: 300, end: 100))
        #expect(y(0) == 300)
        #expect(y(50) == 200)
        #expect(y(100) == 100)
    }

    @Test("Text in the chart is escaped")
    func escaped() throws {
        let chart = LineChart(
            series: [
                ChartSeries(
                    id: "a", name: "<b>&", points: [ChartPoint(x: 1, y: 1), ChartPoint(x: 2, y: 2)], style: .solid)
            ],
            xTicks: [1, 2], yTitle: "\"t\"", title: "<script>", description: "d", formatY: { String($0) })
        let svg = SVGChartRenderer().render(chart)
        #expect(!svg.contains("<script>") && !svg.contains("<b>"))
        #expect(try ChartReader.read(svg).texts.contains("<b>&"))
    }
}
