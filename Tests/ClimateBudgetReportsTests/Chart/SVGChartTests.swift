import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an SVG with Foundation's XMLParser: the ticks of both axes, the axis breaks, the points (marker
/// centres) and line runs of each series, and the marks.
final class ChartReader: NSObject, XMLParserDelegate {
    var yTicks: [(value: Double, pixel: Double)] = []
    var xTicks: [(value: Double, pixel: Double)] = []
    /// The points of each series: the centre of each marker, in drawing order.
    var series: [String: [(x: Double, y: Double)]] = [:]
    /// The polylines of each series, each a list of vertices.
    var lines: [String: [[(x: Double, y: Double)]]] = [:]
    /// The centre of each mark's marker, by its id, and its label.
    var marks: [String: (x: Double, y: Double, label: String)] = [:]
    /// The x pixels where the x axis breaks.
    var breaks: [Double] = []
    var texts: [String] = []
    private var groups: [[String: String]] = []
    private var tickValue: Double?
    private var text = ""

    static func read(_ svg: String) throws -> ChartReader {
        let reader = ChartReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader
    }

    /// The innermost enclosing group with a class, and its attributes.
    private func enclosing(_ className: String) -> [String: String]? {
        groups.last { $0["class"] == className }
    }

    /// "translate(12.5 300)" as (12.5, 300).
    static func translation(_ transform: String?) -> (x: Double, y: Double)? {
        guard let transform, transform.hasPrefix("translate("), transform.hasSuffix(")") else { return nil }
        let xy = transform.dropFirst("translate(".count).dropLast().split(separator: " ").compactMap { Double($0) }
        return xy.count == 2 ? (xy[0], xy[1]) : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        switch name {
        case "g":
            groups.append(attributes)
            if attributes["class"] == "tick" { tickValue = attributes["data-value"].flatMap(Double.init) }
            if attributes["class"] == "axis-break", let x = attributes["data-x"].flatMap(Double.init) {
                breaks.append(x)
            }
            if attributes["class"] == "point", let centre = Self.translation(attributes["transform"]) {
                if let id = enclosing("series")?["data-series"] { series[id, default: []].append(centre) }
                if let id = enclosing("mark")?["data-mark"] { marks[id] = (centre.x, centre.y, "") }
            }
        case "line":
            guard let value = tickValue else { break }
            let axis = groups.last { $0["class"]?.hasPrefix("axis ") == true }?["class"]
            if axis == "axis y", let y = attributes["y1"].flatMap(Double.init) { yTicks.append((value, y)) }
            if axis == "axis x", let x = attributes["x1"].flatMap(Double.init) { xTicks.append((value, x)) }
            tickValue = nil
        case "polyline":
            guard let id = enclosing("series")?["data-series"], let points = attributes["points"] else { break }
            lines[id, default: []].append(
                points.split(separator: " ").map { pair in
                    let xy = pair.split(separator: ",").compactMap { Double($0) }
                    return (xy[0], xy[1])
                })
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" || name == "desc" { texts.append(text) }
        if name == "text", let id = enclosing("mark")?["data-mark"], let mark = marks[id] {
            marks[id] = (mark.x, mark.y, text)
        }
        if name == "g" { groups.removeLast() }
    }

    /// Maps a pixel back to a value between the two neighbouring ticks around it (beyond the ends, the two
    /// outermost): exact on a linear axis, and on each piece of a broken one, since each piece is linear and
    /// every drawn value there is a tick.
    static func invert(_ pixel: Double, _ ticks: [(value: Double, pixel: Double)]) -> Double {
        let sorted = ticks.sorted { $0.pixel < $1.pixel }
        let index = sorted.firstIndex { $0.pixel >= pixel } ?? sorted.count - 1
        let b = sorted[min(max(index, 1), sorted.count - 1)]
        let a = sorted[min(max(index, 1), sorted.count - 1) - 1]
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
        let tickPixel = Dictionary(chart.xTicks.map { (Int($0.value), $0.pixel) }) { first, _ in first }
        for (id, figures) in expected {
            let points = try #require(chart.series[id], "no series \(id)")
            #expect(points.count == figures.count)
            for point in points {
                let year = Int(ChartReader.invert(point.x, chart.xTicks).rounded())
                let tonnes = ChartReader.invert(point.y, chart.yTicks)
                let figure = try #require(figures[year], "\(id) has a point in \(year)")
                #expect(abs(tonnes - figure) <= tolerance, "\(id) \(year): \(tonnes) vs \(figure)")
                // On the broken axis a point stands exactly on its year's tick, not merely nearest to it.
                #expect(tickPixel[year].map { abs($0 - point.x) < 0.005 } == true, "\(id) \(year) is off its tick")
            }
            // Every vertex of a line is one of the series' points.
            for vertex in (chart.lines[id] ?? []).joined() {
                #expect(points.contains { $0.x == vertex.x && $0.y == vertex.y }, "\(id): a line vertex is no point")
            }
        }
    }

    @Test("History stands as points: lines join consecutive years only, none runs 2009-2019 or 2019-2022")
    func historyAsPoints() throws {
        let chart = try ChartReader.read(svg)
        let years = { (line: [(x: Double, y: Double)]) in
            line.map { Int(ChartReader.invert($0.x, chart.xTicks).rounded()) }
        }
        // Before: one reference polyline 2009, 2019, 2022, ..., 2025, drawn straight across 2010-2018 and 2020-2021.
        #expect(chart.lines["reference"]?.map(years) == [[2022, 2023, 2024, 2025]])
        #expect(chart.lines["measure-pathway"]?.map(years) == [[2022, 2023, 2024, 2025]])
        #expect(chart.lines["target"]?.map(years) == [[2022, 2023, 2024, 2025]])
        #expect(chart.series["reference"]?.count == 6)
    }

    @Test("The history takes a fifth of the width, then a break; the period and 2030 share the rest at one scale")
    func brokenAxis() throws {
        let chart = try ChartReader.read(svg)
        // The plot runs from 96 to 736 (640 px). The history gets a fifth, 96-224; the break takes 16 px, its mark
        // at 224 + 8 = 232. The rest, 240-736 = 496 px, holds 2021.5-2030.5: 496 / 9 = 55.11 px a year, so 2022 is at
        // 240 + 0.5 × 55.11 = 267.56, 2025 at 240 + 3.5 × 55.11 = 432.89 and 2030 at 240 + 8.5 × 55.11 = 708.44.
        // The history's ends stand half a year (27.56 px) in: 2009 at 96 + 27.56 = 123.56, 2019 at 224 − 27.56 = 196.44.
        // Before: one scale 2008.5-2025.5, 37.65 px a year, 2009-2019 taking 59 % of the width.
        #expect(chart.breaks == [232])
        let pixels = chart.xTicks.map { [$0.value, $0.pixel] }
        #expect(
            pixels == [
                [2009, 123.56], [2019, 196.44], [2022, 267.56], [2023, 322.67], [2024, 377.78], [2025, 432.89],
                [2030, 708.44],
            ])
        // The period (2021.5-2025.5) takes 4 × 55.11 = 220.44 px, a third of the plot; before 4 × 37.65 = 150.59.
        #expect(svg.contains(#"<g class="axis-break" data-x="232">"#))
    }

    @Test("The next milestone after the period is marked at 2030 and 104 898 tonnes, with its label and a lead line")
    func nextMilestone() throws {
        let chart = try ChartReader.read(svg)
        let mark = try #require(chart.marks["next-milestone"])
        // Goal 5: −80 % in 2030 against 524 491 in 2009: 524 491 × 0.2 = 104 898.2. The y axis reaches down to it:
        // 100 000-600 000 on 310 px (334 to 24), so 104 898.2 is at 334 − 4 898.2 × 310 / 500 000 = 330.96.
        #expect(mark.x == 708.44 && mark.y == 330.96)
        #expect(Int(ChartReader.invert(mark.x, chart.xTicks).rounded()) == 2030)
        #expect(abs(ChartReader.invert(mark.y, chart.yTicks) - 104898.2) <= ChartReader.valuePerPixel(chart.yTicks))
        #expect(mark.label == "Neste mål: \u{2212}80\u{00A0}% i 2030 = 104\u{00A0}898 tonn")
        // The lead line runs from the target's 2025 point (432.89; 334 − 224 442 × 0.00062 = 194.85) to the mark.
        #expect(
            svg.contains(
                ##"<line class="lead" x1="432.89" y1="194.85" x2="708.44" y2="330.96""##))
        let english = CouncilSummary(budget: TrondheimBudget.budget, language: .en)
        #expect(english.chart.marks.map(\.label) == ["Next milestone: \u{2212}80% in 2030 = 104,898 tonnes"])
        #expect(english.chartDescription.hasSuffix(" Next milestone: \u{2212}80% in 2030 = 104,898 tonnes."))
    }

    @Test("Without a milestone after the period there is no mark, and the axis ends with the period")
    func noNextMilestone() {
        var budget = TrondheimBudget.budget
        budget.targets.milestones.removeAll { $0.year > 2025 }
        let summary = CouncilSummary(budget: budget, language: .nb)
        #expect(summary.chart.marks.isEmpty)
        #expect(summary.chart.xTicks == [2009, 2019, 2022, 2023, 2024, 2025])
        #expect(!summary.chartDescription.contains("Neste mål"))
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
        // The axes reach the next milestone, 2030 and 104 898 tonnes (before: up to 2025, 300 000-550 000).
        #expect(chart.xTicks.map(\.value) == [2009, 2019, 2022, 2023, 2024, 2025, 2030])
        #expect(chart.yTicks.map(\.value) == [100000, 200000, 300000, 400000, 500000, 600000])
        for label in ["Referansebane", "Tiltaksbane", "Målbane", "Gap", "Tonn CO2-ekv", "600\u{00A0}000", "2030"] {
            #expect(chart.texts.contains(label), "missing label \(label)")
        }
    }

    @Test("Lines differ by dash pattern, not by colour alone")
    func blackAndWhite() {
        #expect(svg.contains(#"data-series="reference">"#))
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
        // On one linear axis (a renderer that never breaks it): 22 years on 640 pixels, 29.1 pixels a year.
        var linear = SVGChartRenderer()
        linear.historyShare = 1
        let labelled = try ChartReader.read(linear.render(summary.chart)).xTicks.map(\.value)
        // Before landmarks: every other year from 2009 and the last year, 2009, 2011, ..., 2027, 2030: no 2020
        // (mål 2, the first milestone) and no 2022 (the period's start).
        #expect(labelled == [2009, 2011, 2013, 2015, 2017, 2019, 2020, 2022, 2023, 2025, 2027, 2030])
        // The default renderer breaks the axis after 2019, since 2009-2019 would take 11 / 22 = 50 % of the width.
        // 2020-2030 get 496 pixels, 45.09 a year, so every one is labelled. 2009-2019 get 128 pixels less half a
        // year of 22.55 at each end, 82.91 pixels, 8.29 a year: after 2009 the first year 34 pixels on is 2014
        // (5 × 8.29 = 41.45), and 2019 is as far from it.
        let labelledBroken = try ChartReader.read(SVGChartRenderer().render(summary.chart)).xTicks.map(\.value)
        #expect(labelledBroken == [2009, 2014] + (2019...2030).map(Double.init))
    }

    @Test("Landmarks one year apart go on a second line, so no two labels on a line touch")
    func secondLine() throws {
        // A renderer that never breaks the axis, so the years stand 29.1 pixels apart.
        var renderer = SVGChartRenderer()
        renderer.historyShare = 1
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
