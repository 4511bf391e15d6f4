/// A line chart as data: series of points, an optional shaded band between two series, and labels.
///
/// It knows nothing of SVG or of budgets; ``SVGChartRenderer`` draws it and the summary fills it.
public struct LineChart: Sendable {
    /// The lines, drawn in order.
    public var series: [ChartSeries]
    /// A band shaded between two series, such as the gap between the measure and target pathways.
    public var band: ChartBand?
    /// A range around a series, such as the measure pathway's from high to low effects: a light grey area with
    /// dashed edges, so it reads apart from the hatched band in black-and-white print too.
    public var range: ChartRange?
    /// The x values that get a tick and a label (the years with data).
    public var xTicks: [Double]
    /// The x ticks that keep their label even where labels are thinned for lack of room, such as the base year,
    /// the period's first and last year and the milestone years.
    public var xLandmarks: [Double]
    /// The last x value of the history, such as the budget's last historical year. Where the history would take
    /// more than its share of the width, ``SVGChartRenderer`` draws it compressed and breaks the x axis after it,
    /// so the years after it get the room. `nil`: one linear axis.
    public var historyEnd: Double?
    /// Labelled points beyond the series, such as the next milestone after the period.
    public var marks: [ChartMark]
    /// The y axis title, such as "Tonnes CO2e".
    public var yTitle: String
    /// The chart's accessible title and description.
    public var title: String
    /// A longer description for screen readers.
    public var description: String
    /// How y values are written on the axis.
    public var formatY: @Sendable (Double) -> String
    /// How x values are written on the axis.
    public var formatX: @Sendable (Double) -> String

    /// Creates a chart.
    public init(
        series: [ChartSeries], band: ChartBand? = nil, range: ChartRange? = nil, xTicks: [Double],
        xLandmarks: [Double] = [],
        historyEnd: Double? = nil, marks: [ChartMark] = [], yTitle: String, title: String,
        description: String, formatY: @escaping @Sendable (Double) -> String,
        formatX: @escaping @Sendable (Double) -> String = { String(Int($0)) }
    ) {
        self.series = series
        self.band = band
        self.range = range
        self.xTicks = xTicks
        self.xLandmarks = xLandmarks
        self.historyEnd = historyEnd
        self.marks = marks
        self.yTitle = yTitle
        self.title = title
        self.description = description
        self.formatY = formatY
        self.formatX = formatX
    }
}

/// One line of a chart.
public struct ChartSeries: Sendable, Equatable {
    /// A stable id, used in the SVG's classes, such as "reference".
    public var id: String
    /// The name in the legend.
    public var name: String
    /// The points, in x order.
    public var points: [ChartPoint]
    /// How the line is drawn, so lines differ in black-and-white print too.
    public var style: LineStyle
    /// The largest x step the line joins, such as 1 for consecutive years: points further apart stand alone as
    /// markers, so no line claims figures for the years between them. `nil` joins every point.
    public var longestJoin: Double?

    /// Creates a series.
    public init(id: String, name: String, points: [ChartPoint], style: LineStyle, longestJoin: Double? = nil) {
        self.id = id
        self.name = name
        self.points = points
        self.style = style
        self.longestJoin = longestJoin
    }

    /// The runs of points the line joins, in x order: each run's neighbours are at most ``longestJoin`` apart.
    /// A run of one point is drawn as its marker only.
    public var runs: [[ChartPoint]] {
        var runs: [[ChartPoint]] = []
        for point in points {
            if let previous = runs.last?.last, longestJoin.map({ point.x - previous.x <= $0 }) ?? true {
                runs[runs.count - 1].append(point)
            } else {
                runs.append([point])
            }
        }
        return runs
    }
}

/// A point of a series.
public struct ChartPoint: Sendable, Equatable {
    /// The x value, such as a year.
    public var x: Double
    /// The y value, such as tonnes.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A labelled point that is no series, such as the next milestone after the period: a marker at its place,
/// a label beside it and, optionally, a thin lead line from the last point of a series towards it.
public struct ChartMark: Sendable, Equatable {
    /// A stable id, used in the SVG, such as "next-milestone".
    public var id: String
    /// Where the mark stands.
    public var point: ChartPoint
    /// The text beside the mark, such as "Next milestone: −80% in 2030 = 104,898 tonnes".
    public var label: String
    /// The id of the series whose last point a lead line joins to the mark, if any.
    public var leadFrom: String?

    /// Creates a mark.
    public init(id: String, point: ChartPoint, label: String, leadFrom: String? = nil) {
        self.id = id
        self.point = point
        self.label = label
        self.leadFrom = leadFrom
    }
}

/// How a line is drawn: its dash pattern, its marker and its colour.
public enum LineStyle: Sendable, Equatable {
    /// A solid line with round markers.
    case solid
    /// A dashed line with square markers.
    case dashed
    /// A dotted line with triangle markers.
    case dotted
    /// No line: a bold cross at each point, for observed figures (actual emissions) beside the pathways.
    case markers
}

/// A shaded area between two series over the x values both have.
public struct ChartBand: Sendable, Equatable {
    /// The id of the series above (or below) one edge.
    public var from: String
    /// The id of the series forming the other edge.
    public var to: String
    /// The name in the legend.
    public var name: String

    /// Creates a band.
    public init(from: String, to: String, name: String) {
        self.from = from
        self.to = to
        self.name = name
    }
}

/// An area between a lower and an upper edge over the same x values, such as the range of the measure pathway.
public struct ChartRange: Sendable, Equatable {
    /// A stable id, used in the SVG, such as "measure-pathway-range".
    public var id: String
    /// The lower edge, in x order.
    public var lower: [ChartPoint]
    /// The upper edge, at the same x values.
    public var upper: [ChartPoint]
    /// The name in the legend.
    public var name: String

    /// Creates a range.
    public init(id: String, lower: [ChartPoint], upper: [ChartPoint], name: String) {
        self.id = id
        self.lower = lower
        self.upper = upper
        self.name = name
    }
}
