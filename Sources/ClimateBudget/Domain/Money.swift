/// An amount of money in million kroner (MNOK), kept exactly as a whole number of thousand kroner.
///
/// **Representation.** The budget's financing tables print million kroner with at most one decimal (15,5 and 0,5).
/// A binary `Double` cannot hold 0.1 exactly, so amounts are kept as whole thousands of kroner (15,5 MNOK is
/// 15 500): every sum and difference is exact, and 15,5 + 11,5 + 11,5 + 11,5 is 50, never 49.999…. A file may
/// give up to three decimals (to the thousand kroner); more is a load error, never rounded away.
///
/// **Rounding.** Amounts are never rounded: they are shown with as few decimals as show them exactly (15,5; 2;
/// 0,8). The one figure that is rounded is a cost per tonne (``CostPerTonne``): whole kroner, halves away from
/// zero, when it is shown.
public struct MNOK: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in thousand kroner: 15,5 MNOK is 15 500.
    public var thousands: Int

    /// An amount of thousand kroner.
    public init(thousands: Int) {
        self.thousands = thousands
    }

    /// An amount of whole million kroner.
    public init(_ millions: Int) {
        self.thousands = millions * 1000
    }

    /// The amount a decimal number of million kroner stands for exactly, or `nil` when it has more than three
    /// decimals or is beyond a trillion kroner (a typo, not a budget).
    public init?(exactly millions: Double) {
        guard millions.isFinite, abs(millions) < 1e9 else { return nil }
        let scaled = (millions * 1000).rounded()
        // 15.5 * 1000 is 15500 exactly; 0.1 * 1000 is 100.00000000000001: within binary noise of a whole number.
        guard abs(millions * 1000 - scaled) < 1e-6 else { return nil }
        self.thousands = Int(scaled)
    }

    /// Nothing.
    public static let zero = MNOK(thousands: 0)

    /// Whole kroner.
    public var kroner: Int { thousands * 1000 }

    /// The amount as a `Double` of million kroner, for JSON output.
    public var millions: Double { Double(thousands) / 1000 }

    /// The sum.
    public static func + (lhs: MNOK, rhs: MNOK) -> MNOK { MNOK(thousands: lhs.thousands + rhs.thousands) }

    /// The difference.
    public static func - (lhs: MNOK, rhs: MNOK) -> MNOK { MNOK(thousands: lhs.thousands - rhs.thousands) }

    /// Amounts compare by size.
    public static func < (lhs: MNOK, rhs: MNOK) -> Bool { lhs.thousands < rhs.thousands }

    /// The amount with as few decimals as show it exactly, with the given decimal mark and a minus sign:
    /// 15500 → "15.5" (or "15,5"), 2000 → "2", −2500 → "-2.5"; thousands of millions grouped with `separator`.
    public func text(decimalMark: String = ".", minus: String = "-", separator: String = " ") -> String {
        let magnitude = abs(thousands)
        var whole = String(magnitude / 1000)
        var groups: [Substring] = []
        while whole.count > 3 {
            groups.insert(Substring(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        groups.insert(Substring(whole), at: 0)
        var fraction = String(magnitude % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = thousands < 0 ? minus : ""
        return sign + groups.joined(separator: separator) + (fraction.isEmpty ? "" : decimalMark + fraction)
    }

    /// "15.5": the plain form messages use.
    public var description: String { text() }
}

extension Sequence where Element == MNOK {
    /// The exact sum.
    public func sum() -> MNOK { reduce(.zero, +) }
}
