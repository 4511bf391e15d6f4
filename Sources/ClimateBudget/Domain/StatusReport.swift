/// A dated report on how a measure is going, as its reporting service area gives it each tertial.
public struct StatusReport: Sendable, Equatable {
    /// The reporting period the report covers, such as 2022-T1.
    public var period: ReportingPeriod
    /// Where the measure stands.
    public var status: MeasureStatus
    /// What the reporter says, in the budget's language.
    public var comment: String
    /// The day the report was given, as written (such as "2022-05-15"), if known.
    public var date: String?

    /// Creates a report.
    public init(period: ReportingPeriod, status: MeasureStatus, comment: String = "", date: String? = nil) {
        self.period = period
        self.status = status
        self.comment = comment
        self.date = date
    }
}

/// Where a measure stands.
public enum MeasureStatus: String, Sendable, Equatable, CaseIterable {
    /// Work has not begun.
    case notStarted = "not-started"
    /// Going as planned.
    case onTrack = "on-track"
    /// Behind plan.
    case delayed
    /// Carried out.
    case done
    /// Stopped; it will not be carried out.
    case cancelled

    /// Whether the measure still owes reports: a measure that is done or cancelled does not.
    public var isOpen: Bool {
        self != .done && self != .cancelled
    }
}

/// A reporting period of the municipality's ordinary financial reporting: a tertial of a year, such as 2022-T1.
public struct ReportingPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The tertial, 1 to 3 (January-April, May-August, September-December).
    public var tertial: Int

    /// Creates a period; the tertial must be 1, 2 or 3.
    public init?(year: Int, tertial: Int) {
        guard (1...3).contains(tertial) else { return nil }
        self.year = year
        self.tertial = tertial
    }

    /// Reads "2022-T1"; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().uppercased().split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("T"), let year = Int(parts[0]), parts[0].count == 4,
            let tertial = Int(parts[1].dropFirst())
        else { return nil }
        self.init(year: year, tertial: tertial)
    }

    /// "2022-T1".
    public var description: String { "\(year)-T\(tertial)" }

    /// Earlier periods sort first.
    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.year, lhs.tertial) < (rhs.year, rhs.tertial)
    }
}
