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
        // Nearly every period is written as "2022-T1" exactly, read from its seven bytes; any other way of writing
        // it goes the long way below (in a budget of 9 999 measures, the long way was a twentieth of the loading).
        if let period = Self.plain(text) {
            self = period
            return
        }
        let parts = text.trimmingWhitespace().uppercased().split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("T"), let year = Int(parts[0]), parts[0].count == 4,
            let tertial = Int(parts[1].dropFirst())
        else { return nil }
        self.init(year: year, tertial: tertial)
    }

    /// The period of a text of exactly four digits, a hyphen, "T" or "t" and 1, 2 or 3 (as the long way reads it);
    /// `nil` for any other text, which the long way then reads.
    private static func plain(_ text: String) -> ReportingPeriod? {
        var year = 0
        var tertial = 0
        var place = 0
        for byte in text.utf8 {
            switch place {
            case 0..<4:
                guard (0x30...0x39).contains(byte) else { return nil }
                year = year * 10 + Int(byte - 0x30)
            case 4: guard byte == UInt8(ascii: "-") else { return nil }
            case 5: guard byte == UInt8(ascii: "T") || byte == UInt8(ascii: "t") else { return nil }
            case 6:
                guard (0x31...0x33).contains(byte) else { return nil }
                tertial = Int(byte - 0x30)
            default: return nil
            }
            place += 1
        }
        guard place == 7 else { return nil }
        return ReportingPeriod(year: year, tertial: tertial)
    }

    /// "2022-T1".
    public var description: String { "\(year)-T\(tertial)" }

    /// Earlier periods sort first.
    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.year, lhs.tertial) < (rhs.year, rhs.tertial)
    }
}
