/// Axis bounds and a tick step that people read easily: steps of 1, 2, 2.5 or 5 times a power of ten.
public struct NiceScale: Equatable, Sendable {
    /// The lowest value on the axis, a multiple of `step`.
    public var lower: Double
    /// The highest value on the axis, a multiple of `step`.
    public var upper: Double
    /// The distance between ticks.
    public var step: Double

    /// The tick values from `lower` to `upper`.
    public var ticks: [Double] {
        guard step > 0 else { return [lower] }
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// A scale that covers `minimum...maximum` with about `tickCount` ticks.
    public init(minimum: Double, maximum: Double, tickCount: Int = 6) {
        var low = Swift.min(minimum, maximum)
        var high = Swift.max(minimum, maximum)
        if low == high {
            low -= Swift.max(1, abs(low) * 0.1)
            high += Swift.max(1, abs(high) * 0.1)
        }
        let step = Self.niceStep((high - low) / Double(Swift.max(tickCount - 1, 1)))
        self.step = step
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
    }

    /// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2, 2.5, 5, 10] where factor * power >= rough * (1 - 1e-12) {
            return factor * power
        }
        return 10 * power
    }
}

/// A linear map from data values to pixels.
public struct LinearScale: Equatable, Sendable {
    /// The data range.
    public var domain: ClosedRange<Double>
    /// The pixel range; may run backwards (a y axis grows downwards on screen).
    public var range: (start: Double, end: Double)

    /// Creates a scale.
    public init(domain: ClosedRange<Double>, range: (start: Double, end: Double)) {
        self.domain = domain
        self.range = range
    }

    /// The pixel position of a value.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let fraction = span == 0 ? 0.5 : (value - domain.lowerBound) / span
        return range.start + fraction * (range.end - range.start)
    }

    /// Scales compare by their domain and range.
    public static func == (lhs: LinearScale, rhs: LinearScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range
    }
}
