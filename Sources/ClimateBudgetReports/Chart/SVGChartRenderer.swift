import ClimateBudget

/// Draws a ``LineChart`` as a self-contained SVG: axes with nice ticks, the lines with distinct dash patterns
/// and markers (readable in black-and-white print), a hatched band and a legend.
///
/// The SVG carries classes and `data-value` attributes on its ticks and series, so that tests (and anyone)
/// can map the drawn points back to the figures.
public struct SVGChartRenderer: Sendable {
    /// The drawing's width in pixels.
    public var width: Double = 760
    /// The drawing's height in pixels.
    public var height: Double = 430
    /// Space around the plot: left for the tonnes labels, bottom for years and legend.
    public var margins = (top: 24.0, right: 24.0, bottom: 96.0, left: 96.0)

    /// Creates a renderer with the default size.
    public init() {}

    /// The plot area's left, right, top and bottom edges.
    var plot: (left: Double, right: Double, top: Double, bottom: Double) {
        (margins.left, width - margins.right, margins.top, height - margins.bottom)
    }

    /// The share of the plot's width a compressed history gets (see ``LineChart/historyEnd``).
    public var historyShare = 0.2
    /// The room the x axis's break takes between the history and the years after it, in pixels.
    public var breakWidth = 16.0

    /// The scales the chart's values are drawn with: x in one piece, or two with a break after the history;
    /// y linear over a nice scale that reaches every point and mark.
    public func scales(for chart: LineChart) -> (x: BrokenScale, y: LinearScale, yAxis: NiceScale) {
        let xs = chart.xTicks + chart.series.flatMap { $0.points.map(\.x) } + chart.marks.map(\.point.x)
        let ranges = chart.range.map { $0.lower + $0.upper } ?? []
        let ys = chart.series.flatMap { $0.points.map(\.y) } + chart.marks.map(\.point.y) + ranges.map(\.y)
        let yAxis = NiceScale(minimum: ys.min() ?? 0, maximum: ys.max() ?? 1)
        let y = LinearScale(domain: yAxis.lower...yAxis.upper, range: (plot.bottom, plot.top))
        return (xScale(Set(xs).sorted(), historyEnd: chart.historyEnd), y, yAxis)
    }

    /// The x scale over sorted values: every value half a step from the edges on one linear piece, as long as the
    /// history (the values up to `historyEnd`) takes no more than ``historyShare`` of the width that way.
    /// Otherwise the history is drawn on that share, a break follows, and the values after it get the rest at
    /// one linear step: a year in the history is narrower than a year after it, and the axis says so.
    func xScale(_ xs: [Double], historyEnd: Double?) -> BrokenScale {
        let first = xs.first ?? 0
        let last = xs.last ?? 1
        let linear = LinearScale(domain: (first - 0.5)...(last + 0.5), range: (plot.left, plot.right))
        guard let historyEnd, let lastHistory = xs.last(where: { $0 <= historyEnd }),
            let firstAfter = xs.first(where: { $0 > historyEnd }),
            (lastHistory - first + 1) / (last - first + 1) > historyShare
        else { return BrokenScale([linear]) }
        let split = plot.left + historyShare * (plot.right - plot.left)
        let after = LinearScale(domain: (firstAfter - 0.5)...(last + 0.5), range: (split + breakWidth, plot.right))
        // The history's ends stand as far from the edges as the first year after the break does from its edge.
        let inset = min((plot.right - split - breakWidth) / (last - firstAfter + 1) / 2, (split - plot.left) / 4)
        let history = LinearScale(domain: first...lastHistory, range: (plot.left + inset, split - inset))
        return BrokenScale([history, after], breaks: [split + breakWidth / 2])
    }

    /// The chart as an SVG document (no XML declaration, so it can be inlined in HTML too). A chart with a range
    /// is drawn a legend line taller, for the range's legend entry.
    public func render(_ chart: LineChart) -> String {
        guard chart.range != nil else { return draw(chart) }
        var taller = self
        taller.height += Self.legendLineHeight
        taller.margins.bottom += Self.legendLineHeight
        return taller.draw(chart)
    }

    /// The height of a line of the legend.
    static let legendLineHeight = 22.0

    private func draw(_ chart: LineChart) -> String {
        let (x, y, yAxis) = scales(for: chart)
        var svg: [String] = []
        svg.append(
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(n(width)) \##(n(height))" width="\##(n(width))" height="\##(n(height))" role="img" aria-labelledby="chart-title chart-desc" font-family="Helvetica, Arial, sans-serif" font-size="13">"##
        )
        svg.append(##"<title id="chart-title">\##(Markup.escape(chart.title))</title>"##)
        svg.append(##"<desc id="chart-desc">\##(Markup.escape(chart.description))</desc>"##)
        svg.append(
            ##"<defs><pattern id="gap-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect width="7" height="7" fill="#f6dcd6"/><line x1="0" y1="0" x2="0" y2="7" stroke="#b0413e" stroke-width="2"/></pattern></defs>"##
        )
        svg.append(##"<rect x="0" y="0" width="\##(n(width))" height="\##(n(height))" fill="#ffffff"/>"##)

        svg.append(##"<g class="axis y">"##)
        for tick in yAxis.ticks {
            let py = y(tick)
            svg.append(
                ##"<g class="tick" data-value="\##(n(tick))"><line x1="\##(n(plot.left))" x2="\##(n(plot.right))" y1="\##(n(py))" y2="\##(n(py))" stroke="#d0d0d0" stroke-width="1"/><text x="\##(n(plot.left - 8))" y="\##(n(py + 4))" text-anchor="end" fill="#333">\##(Markup.escape(chart.formatY(tick)))</text></g>"##
            )
        }
        let middle = (plot.top + plot.bottom) / 2
        svg.append(
            ##"<text class="axis-title" x="\##(n(18))" y="\##(n(middle))" transform="rotate(-90 \##(n(18)) \##(n(middle)))" text-anchor="middle" fill="#333">\##(Markup.escape(chart.yTitle))</text>"##
        )
        svg.append("</g>")

        svg.append(axisBreaks(x.breaks))
        svg.append(##"<g class="axis x">"##)
        var axisStart = plot.left
        for gap in x.breaks + [plot.right + 4] {
            svg.append(
                ##"<line x1="\##(n(axisStart))" x2="\##(n(gap - 4))" y1="\##(n(plot.bottom))" y2="\##(n(plot.bottom))" stroke="#333" stroke-width="1"/>"##
            )
            axisStart = gap + 4
        }
        let labelled = labelledXTicks(chart, x: x)
        let lines = labelLines(labelled, x: x)
        for (tick, line) in zip(labelled, lines) {
            let px = x(tick)
            let down = Double(line) * Self.labelLineHeight
            svg.append(
                ##"<g class="tick" data-value="\##(n(tick))"><line x1="\##(n(px))" x2="\##(n(px))" y1="\##(n(plot.bottom))" y2="\##(n(plot.bottom + 6 + down))" stroke="#333" stroke-width="1"/><text x="\##(n(px))" y="\##(n(plot.bottom + 22 + down))" text-anchor="middle" fill="#333">\##(Markup.escape(chart.formatX(tick)))</text></g>"##
            )
        }
        svg.append("</g>")

        if let band = chart.band, let polygon = bandPolygon(band, in: chart, x: x, y: y) {
            svg.append(
                ##"<g class="band" data-band="\##(Markup.escape(band.from))-\##(Markup.escape(band.to))"><polygon points="\##(polygon)" fill="url(#gap-hatch)" stroke="none"/></g>"##
            )
        }
        if let range = chart.range, range.lower.count >= 2, range.lower.count == range.upper.count {
            svg.append(self.range(range, x: x, y: y))
        }
        for series in chart.series {
            let look = Self.look(series.style)
            svg.append(##"<g class="series" data-series="\##(Markup.escape(series.id))">"##)
            for run in series.runs where run.count > 1 && series.style != .markers {
                let points = run.map { "\(n(x($0.x))),\(n(y($0.y)))" }.joined(separator: " ")
                svg.append(
                    ##"<polyline points="\##(points)" fill="none" stroke="\##(look.color)" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"\##(look.dash)/>"##
                )
            }
            for point in series.points {
                svg.append(
                    ##"<g class="point" transform="translate(\##(n(x(point.x))) \##(n(y(point.y))))">\##(marker(series.style, x: 0, y: 0))</g>"##
                )
            }
            svg.append("</g>")
        }
        for mark in chart.marks {
            svg.append(self.mark(mark, in: chart, x: x, y: y))
        }
        svg.append(legend(chart, below: Double(max(0, (lines.max() ?? 0) - 1)) * Self.labelLineHeight))
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// The x ticks that get a label: all of them where they fit; else the first, the last and the chart's
    /// landmarks always, and any other tick at least ``minimumTickSpacing`` pixels from its labelled neighbours.
    /// Linear in the number of ticks.
    func labelledXTicks(_ chart: LineChart, x: BrokenScale) -> [Double] {
        let ticks = Set(chart.xTicks).sorted()
        guard let first = ticks.first, let last = ticks.last else { return [] }
        let always = Set(chart.xLandmarks).intersection(ticks).union([first, last]).sorted()
        var kept: [Double] = []
        var next = 0
        for tick in ticks {
            while next < always.count && always[next] < tick { next += 1 }
            if next < always.count && always[next] == tick {
                kept.append(tick)
                continue
            }
            let clearOfPrevious = kept.last.map { x(tick) - x($0) >= minimumTickSpacing } ?? true
            let clearOfNext = next < always.count ? x(always[next]) - x(tick) >= minimumTickSpacing : true
            if clearOfPrevious && clearOfNext { kept.append(tick) }
        }
        return kept
    }

    /// The line each labelled tick's label is written on: 0 under the axis, 1, 2, ... below it for a label
    /// that would touch the one before it (only landmarks can be that close), so no two labels overlap.
    func labelLines(_ labelled: [Double], x: BrokenScale) -> [Int] {
        var lastOnLine: [Double] = []
        return labelled.map { tick in
            let line = lastOnLine.firstIndex { x(tick) - x($0) >= minimumTickSpacing } ?? lastOnLine.count
            if line == lastOnLine.count { lastOnLine.append(tick) } else { lastOnLine[line] = tick }
            return line
        }
    }

    /// The distance between two lines of year labels.
    static let labelLineHeight = 15.0

    /// The least distance between two labelled x ticks, wide enough for a year.
    public var minimumTickSpacing: Double = 34

    /// White gaps through the grid where the x axis breaks, each with the break mark (two short slanted strokes)
    /// across the axis, so nobody reads the history's compressed years at the same scale as the rest.
    private func axisBreaks(_ breaks: [Double]) -> String {
        breaks.map { at in
            let (top, bottom) = (plot.top, plot.bottom)
            return
                ##"<g class="axis-break" data-x="\##(n(at))"><rect x="\##(n(at - 4))" y="\##(n(top - 1))" width="8" height="\##(n(bottom - top + 2))" fill="#ffffff"/><line x1="\##(n(at - 7))" y1="\##(n(bottom + 6))" x2="\##(n(at - 1))" y2="\##(n(bottom - 6))" stroke="#333" stroke-width="1.5"/><line x1="\##(n(at + 1))" y1="\##(n(bottom + 6))" x2="\##(n(at + 7))" y2="\##(n(bottom - 6))" stroke="#333" stroke-width="1.5"/></g>"##
        }.joined(separator: "\n")
    }

    /// A mark: the lead line from its series' last point, a filled diamond at its place and its label, left of the
    /// diamond and a little above it, clear of a lead line that comes down from the left; a white halo keeps the
    /// label readable where a line still crosses it.
    private func mark(_ mark: ChartMark, in chart: LineChart, x: BrokenScale, y: LinearScale) -> String {
        let (px, py) = (x(mark.point.x), y(mark.point.y))
        let color = Self.look(.dotted).color
        var parts = [##"<g class="mark" data-mark="\##(Markup.escape(mark.id))">"##]
        if let id = mark.leadFrom, let from = chart.series.first(where: { $0.id == id })?.points.last {
            parts.append(
                ##"<line class="lead" x1="\##(n(x(from.x)))" y1="\##(n(y(from.y)))" x2="\##(n(px))" y2="\##(n(py))" stroke="\##(color)" stroke-width="1.5" stroke-dasharray="2 4"/>"##
            )
        }
        parts.append(
            ##"<g class="point" transform="translate(\##(n(px)) \##(n(py)))"><polygon points="0,-7 7,0 0,7 -7,0" fill="\##(color)" stroke="#ffffff" stroke-width="1.5"/></g>"##
        )
        parts.append(
            ##"<text x="\##(n(px - 40))" y="\##(n(py - 8))" text-anchor="end" fill="#222" font-weight="bold" stroke="#ffffff" stroke-width="4" paint-order="stroke">\##(Markup.escape(mark.label))</text>"##
        )
        return parts.joined() + "</g>"
    }

    /// The look of a range: a light grey fill, see-through enough to leave the hatching under it visible, and dashed
    /// dark grey edges, so it reads as its own area in black-and-white print.
    static let rangeFill = ##"fill="#8c8c8c" fill-opacity="0.35""##
    /// The dash of a range's edges.
    static let rangeEdge = ##"stroke="#4d4d4d" stroke-width="1.25" stroke-dasharray="5 3""##

    /// A range: the area between its edges, and each edge as a dashed line; `data-lower` and `data-upper` carry
    /// the figures.
    private func range(_ range: ChartRange, x: BrokenScale, y: LinearScale) -> String {
        func points(_ edge: [ChartPoint]) -> String {
            edge.map { "\(n(x($0.x))),\(n(y($0.y)))" }.joined(separator: " ")
        }
        let values = { (edge: [ChartPoint]) in edge.map { n($0.y) }.joined(separator: " ") }
        return
            ##"<g class="range" data-range="\##(Markup.escape(range.id))" data-lower="\##(values(range.lower))" data-upper="\##(values(range.upper))"><polygon points="\##(points(range.lower + range.upper.reversed()))" \##(Self.rangeFill) stroke="none"/><polyline points="\##(points(range.lower))" fill="none" \##(Self.rangeEdge)/><polyline points="\##(points(range.upper))" fill="none" \##(Self.rangeEdge)/></g>"##
    }

    /// The band's outline: along one series forwards and the other backwards, over the x values both have.
    private func bandPolygon(_ band: ChartBand, in chart: LineChart, x: BrokenScale, y: LinearScale) -> String? {
        guard let from = chart.series.first(where: { $0.id == band.from }),
            let to = chart.series.first(where: { $0.id == band.to })
        else { return nil }
        let shared = Set(from.points.map(\.x)).intersection(to.points.map(\.x))
        let upper = from.points.filter { shared.contains($0.x) }
        let lower = to.points.filter { shared.contains($0.x) }.reversed()
        guard upper.count >= 2 else { return nil }
        return (upper + lower).map { "\(n(x($0.x))),\(n(y($0.y)))" }.joined(separator: " ")
    }

    /// The legend under the year labels; `below` moves it down when the labels take more than two lines.
    private func legend(_ chart: LineChart, below: Double) -> String {
        var items: [String] = []
        var left = plot.left
        let top = plot.bottom + 52 + below
        for series in chart.series {
            let look = Self.look(series.style)
            let line =
                series.style == .markers
                ? ""
                : ##"<line x1="\##(n(left))" x2="\##(n(left + 36))" y1="\##(n(top))" y2="\##(n(top))" stroke="\##(look.color)" stroke-width="2.5" stroke-linecap="round"\##(look.dash)/>"##
            items.append(
                ##"<g class="legend-item">\##(line)\##(marker(series.style, x: left + 18, y: top))<text x="\##(n(left + 44))" y="\##(n(top + 4))" fill="#222">\##(Markup.escape(series.name))</text></g>"##
            )
            left += 52 + Double(series.name.count) * 7.2
        }
        if let band = chart.band {
            items.append(
                ##"<g class="legend-item"><rect x="\##(n(left))" y="\##(n(top - 8))" width="36" height="16" fill="url(#gap-hatch)" stroke="#b0413e" stroke-width="1"/><text x="\##(n(left + 44))" y="\##(n(top + 4))" fill="#222">\##(Markup.escape(band.name))</text></g>"##
            )
        }
        if let range = chart.range {
            // On a line of its own under the others: the names together are wider than the chart.
            let (rangeLeft, rangeTop) = (plot.left, top + Self.legendLineHeight)
            items.append(
                ##"<g class="legend-item"><rect x="\##(n(rangeLeft))" y="\##(n(rangeTop - 8))" width="36" height="16" \##(Self.rangeFill) \##(Self.rangeEdge)/><text x="\##(n(rangeLeft + 44))" y="\##(n(rangeTop + 4))" fill="#222">\##(Markup.escape(range.name))</text></g>"##
            )
        }
        return ##"<g class="legend">"## + items.joined() + "</g>"
    }

    private func marker(_ style: LineStyle, x: Double, y: Double) -> String {
        let color = Self.look(style).color
        switch style {
        case .solid:
            return
                ##"<circle cx="\##(n(x))" cy="\##(n(y))" r="4" fill="#ffffff" stroke="\##(color)" stroke-width="2"/>"##
        case .dashed:
            return
                ##"<rect x="\##(n(x - 4))" y="\##(n(y - 4))" width="8" height="8" fill="#ffffff" stroke="\##(color)" stroke-width="2"/>"##
        case .dotted:
            return
                ##"<polygon points="\##(n(x)),\##(n(y - 5)) \##(n(x + 5)),\##(n(y + 4)) \##(n(x - 5)),\##(n(y + 4))" fill="#ffffff" stroke="\##(color)" stroke-width="2"/>"##
        case .markers:
            // A bold cross on a white halo, so it reads over a line or the hatched band, in colour or not.
            let cross =
                "M\(n(x - 6)),\(n(y - 6)) L\(n(x + 6)),\(n(y + 6)) M\(n(x - 6)),\(n(y + 6)) L\(n(x + 6)),\(n(y - 6))"
            return
                ##"<path d="\##(cross)" stroke="#ffffff" stroke-width="6" stroke-linecap="round"/><path d="\##(cross)" stroke="\##(color)" stroke-width="3" stroke-linecap="round"/>"##
        }
    }

    /// Colour and dash pattern per style: the dash patterns and markers carry the meaning without colour.
    static func look(_ style: LineStyle) -> (color: String, dash: String) {
        switch style {
        case .solid: ("#222222", "")
        case .dashed: ("#1f5fa8", ##" stroke-dasharray="9 6""##)
        case .dotted: ("#2a7d3b", ##" stroke-dasharray="1 6""##)
        case .markers: ("#6a1b9a", "")
        }
    }

    /// A coordinate with at most two decimals, so the SVG is stable and small.
    func n(_ value: Double) -> String {
        plainNumber(value)
    }
}
