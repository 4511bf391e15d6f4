/// A line chart as data: series of points, an optional shaded band between two series, and labels.
///
/// It knows nothing of SVG or of budgets; ``SVGChartRenderer`` draws it and the summary fills it.
public struct LineChart: Sendable {
    /// The lines, drawn in order.
    public var series: [ChartSeries]
    /// A band shaded between two series, such as the gap between the measure and target pathways.
    public var band: ChartBand?
    /// The x values that get a tick and a label (the years with data).
    public var xTicks: [Double]
    /// The x ticks that keep their label even where labels are thinned for lack of room, such as the base year,
    /// the period's first and last year and the milestone years.
    public var xLandmarks: [Double]
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
        series: [ChartSeries], band: ChartBand? = nil, xTicks: [Double], xLandmarks: [Double] = [], yTitle: String,
        title: String,
        description: String, formatY: @escaping @Sendable (Double) -> String,
        formatX: @escaping @Sendable (Double) -> String = { String(Int($0)) }
    ) {
        self.series = series
        self.band = band
        self.xTicks = xTicks
        self.xLandmarks = xLandmarks
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

    /// Creates a series.
    public init(id: String, name: String, points: [ChartPoint], style: LineStyle) {
        self.id = id
        self.name = name
        self.points = points
        self.style = style
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

/// How a line is drawn: its dash pattern, its marker and its colour.
public enum LineStyle: Sendable, Equatable {
    /// A solid line with round markers.
    case solid
    /// A dashed line with square markers.
    case dashed
    /// A dotted line with triangle markers.
    case dotted
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
