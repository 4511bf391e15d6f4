import ClimateBudget

/// A dot plot as data: one line per item with two values on one horizontal axis, such as each budget's gap in the
/// first and last year of its period, and a zero line. It knows nothing of SVG or of budgets; ``SVGDotPlotRenderer``
/// draws it and the overview fills it.
public struct DotPlot: Sendable {
    /// The lines, top to bottom.
    public var items: [DotPlotItem]
    /// The legend's name of the first value (an open circle) and of the second (a filled square).
    public var firstName: String
    /// The legend's name of the second value.
    public var secondName: String
    /// The axis title, such as "Gap in percentage points of base-year emissions".
    public var axisTitle: String
    /// The label of the zero line, such as "on target".
    public var zeroLabel: String
    /// What lies left and right of the zero line, written under the axis with arrows.
    public var leftLabel: String
    /// What lies right of the zero line.
    public var rightLabel: String
    /// The chart's accessible title.
    public var title: String
    /// A longer description for screen readers.
    public var description: String
    /// How values are written on the axis.
    public var format: @Sendable (Double) -> String

    /// Creates a dot plot.
    public init(
        items: [DotPlotItem], firstName: String, secondName: String, axisTitle: String, zeroLabel: String,
        leftLabel: String, rightLabel: String, title: String, description: String,
        format: @escaping @Sendable (Double) -> String
    ) {
        self.items = items
        self.firstName = firstName
        self.secondName = secondName
        self.axisTitle = axisTitle
        self.zeroLabel = zeroLabel
        self.leftLabel = leftLabel
        self.rightLabel = rightLabel
        self.title = title
        self.description = description
        self.format = format
    }
}

/// One line of a dot plot: its label and its two values, either of which may be missing.
public struct DotPlotItem: Sendable, Equatable {
    /// The label left of the line, such as the municipality.
    public var label: String
    /// The first value, drawn as an open circle.
    public var first: Double?
    /// The second value, drawn as a filled square.
    public var second: Double?

    /// Creates an item.
    public init(label: String, first: Double?, second: Double?) {
        self.label = label
        self.first = first
        self.second = second
    }
}

/// Draws a ``DotPlot`` as a self-contained SVG in the style of ``SVGChartRenderer``: the same fonts, greys and grid,
/// shapes that differ in black-and-white print (an open circle and a filled square joined by a line), and
/// `data-first`/`data-second` attributes on every line, so that tests (and anyone) can read the figures back.
///
/// Its height grows with the items (``rowHeight`` each), and its work is linear in them.
public struct SVGDotPlotRenderer: Sendable {
    /// The drawing's width in pixels.
    public var width: Double = 760
    /// The height of one item's line.
    public var rowHeight: Double = 22
    /// Space above the lines (the legend and the zero line's label) and below them (the axis).
    public var top: Double = 58
    /// Space below the lines for the axis, its title and the arrows.
    public var bottom: Double = 78
    /// Space right of the plot.
    public var right: Double = 24

    /// Creates a renderer with the default sizes.
    public init() {}

    /// The room the labels take left of the plot: as wide as the longest label at about 7.5 pixels a character, between
    /// 120 and 300 pixels (a longer label is cut with an ellipsis).
    func labelWidth(_ plot: DotPlot) -> Double {
        let longest = plot.items.map(\.label.count).max() ?? 0
        return min(300, max(120, Double(longest) * 7.5 + 24))
    }

    /// The axis: a nice scale over every value and zero.
    func scale(_ plot: DotPlot) -> NiceScale {
        let values: [Double] =
            plot.items.flatMap { item -> [Double] in [item.first, item.second].compactMap { $0 } } + [0]
        return NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1, tickCount: 7)
    }

    /// The plot as an SVG document (no XML declaration, so it can be inlined in HTML too).
    public func render(_ plot: DotPlot) -> String {
        let left = labelWidth(plot)
        let axis = scale(plot)
        let x = LinearScale(domain: axis.lower...axis.upper, range: (left, width - right))
        let plotBottom = top + Double(plot.items.count) * rowHeight
        let height = plotBottom + bottom
        var svg: [String] = []
        svg.append(
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(n(width)) \##(n(height))" width="\##(n(width))" height="\##(n(height))" role="img" aria-labelledby="dot-plot-title dot-plot-desc" font-family="Helvetica, Arial, sans-serif" font-size="13">"##
        )
        svg.append(##"<title id="dot-plot-title">\##(Markup.escape(plot.title))</title>"##)
        svg.append(##"<desc id="dot-plot-desc">\##(Markup.escape(plot.description))</desc>"##)
        svg.append(##"<rect x="0" y="0" width="\##(n(width))" height="\##(n(height))" fill="#ffffff"/>"##)
        svg.append(legend(plot, left: left))

        svg.append(##"<g class="axis x">"##)
        for tick in axis.ticks {
            let px = x(tick)
            // A long plot repeats the labels above its first line, beside the zero line's own label.
            let above =
                plot.items.count > Self.labelsAboveFrom && tick != 0
                ? ##"<text x="\##(n(px))" y="\##(n(top - 14))" text-anchor="middle" fill="#333">\##(Markup.escape(plot.format(tick)))</text>"##
                : ""
            svg.append(
                ##"<g class="tick" data-value="\##(n(tick))"><line x1="\##(n(px))" x2="\##(n(px))" y1="\##(n(top - 6))" y2="\##(n(plotBottom))" stroke="#d0d0d0" stroke-width="1"/><text x="\##(n(px))" y="\##(n(plotBottom + 18))" text-anchor="middle" fill="#333">\##(Markup.escape(plot.format(tick)))</text>\##(above)</g>"##
            )
        }
        svg.append(
            ##"<line x1="\##(n(left))" x2="\##(n(width - right))" y1="\##(n(plotBottom))" y2="\##(n(plotBottom))" stroke="#333" stroke-width="1"/>"##
        )
        svg.append(
            ##"<text class="axis-title" x="\##(n((left + width - right) / 2))" y="\##(n(plotBottom + 40))" text-anchor="middle" fill="#333">\##(Markup.escape(plot.axisTitle))</text>"##
        )
        let zero = x(0)
        if axis.lower < 0 {
            svg.append(
                ##"<text class="direction" x="\##(n(zero - 8))" y="\##(n(plotBottom + 62))" text-anchor="end" fill="#555">← \##(Markup.escape(plot.leftLabel))</text>"##
            )
        }
        svg.append(
            ##"<text class="direction" x="\##(n(zero + 8))" y="\##(n(plotBottom + 62))" text-anchor="start" fill="#555">\##(Markup.escape(plot.rightLabel)) →</text>"##
        )
        svg.append("</g>")

        svg.append(
            ##"<g class="zero" data-value="0"><line x1="\##(n(zero))" x2="\##(n(zero))" y1="\##(n(top - 10))" y2="\##(n(plotBottom))" stroke="#222" stroke-width="1.5"/><text x="\##(n(zero))" y="\##(n(top - 14))" text-anchor="middle" fill="#222">\##(Markup.escape(plot.zeroLabel))</text></g>"##
        )

        let maxCharacters = Int((left - 24) / 7.5)
        for (index, item) in plot.items.enumerated() {
            let middle = top + (Double(index) + 0.5) * rowHeight
            let label = Self.shortened(item.label, to: maxCharacters)
            var parts = [
                ##"<g class="item" data-label="\##(Markup.escape(item.label))" data-first="\##(item.first.map(n) ?? "")" data-second="\##(item.second.map(n) ?? "")">"##
            ]
            if index % 2 == 1 {
                parts.append(
                    ##"<rect x="0" y="\##(n(middle - rowHeight / 2))" width="\##(n(width))" height="\##(n(rowHeight))" fill="#000000" fill-opacity="0.035"/>"##
                )
            }
            parts.append(
                ##"<text x="\##(n(left - 10))" y="\##(n(middle + 4.5))" text-anchor="end" fill="#222">\##(Markup.escape(label))</text>"##
            )
            if let first = item.first, let second = item.second {
                parts.append(
                    ##"<line x1="\##(n(x(first)))" x2="\##(n(x(second)))" y1="\##(n(middle))" y2="\##(n(middle))" stroke="#8c8c8c" stroke-width="3" stroke-linecap="round"/>"##
                )
            }
            if let first = item.first { parts.append(circle(x: x(first), y: middle)) }
            if let second = item.second { parts.append(square(x: x(second), y: middle)) }
            svg.append(parts.joined() + "</g>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// From how many lines on the axis's labels are repeated above the first line.
    static let labelsAboveFrom = 15

    /// A label cut to `limit` characters in the middle, so that both its start (a name) and its end (what tells two
    /// lines of the same name apart) stay: "Trondheim kommune (nation/c…/m12)".
    static func shortened(_ label: String, to limit: Int) -> String {
        guard label.count > limit else { return label }
        let kept = max(2, limit - 1)
        return String(label.prefix(kept - kept / 3)) + "…" + String(label.suffix(kept / 3))
    }

    /// The legend above the plot: the circle and the square with their names.
    private func legend(_ plot: DotPlot, left: Double) -> String {
        let y = 16.0
        let secondLeft = left + 32 + Double(plot.firstName.count) * 7.2 + 24
        return
            ##"<g class="legend"><g class="legend-item">\##(circle(x: left + 6, y: y))<text x="\##(n(left + 18))" y="\##(n(y + 4.5))" fill="#222">\##(Markup.escape(plot.firstName))</text></g><g class="legend-item">\##(square(x: secondLeft + 6, y: y))<text x="\##(n(secondLeft + 18))" y="\##(n(y + 4.5))" fill="#222">\##(Markup.escape(plot.secondName))</text></g></g>"##
    }

    /// The first value's marker: an open circle.
    private func circle(x: Double, y: Double) -> String {
        ##"<circle cx="\##(n(x))" cy="\##(n(y))" r="5" fill="#ffffff" stroke="#222222" stroke-width="2"/>"##
    }

    /// The second value's marker: a filled square in the gap's colour.
    private func square(x: Double, y: Double) -> String {
        ##"<rect x="\##(n(x - 5))" y="\##(n(y - 5))" width="10" height="10" fill="#b0413e" stroke="#ffffff" stroke-width="1"/>"##
    }

    /// A coordinate with at most two decimals, so the SVG is stable and small.
    func n(_ value: Double) -> String {
        plainNumber(value)
    }
}
