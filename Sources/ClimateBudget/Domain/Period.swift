/// A closed range of budget years, such as the economic plan period 2022-2025.
public struct Period: Sendable, Equatable, CustomStringConvertible {
    /// The first year of the period.
    public var start: Int
    /// The last year of the period, included.
    public var end: Int

    /// Creates a period; `start` must not be after `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a period cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// Every year of the period, in order.
    public var years: [Int] { Array(start...end) }

    /// Whether the year lies inside the period.
    public func contains(_ year: Int) -> Bool { (start...end).contains(year) }

    /// "2022-2025".
    public var description: String { "\(start)-\(end)" }
}
