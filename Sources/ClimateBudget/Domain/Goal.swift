/// A council climate goal (mål), such as mål 2a: -30 % direct emissions in 2023 against 2009.
public struct Goal: Sendable, Equatable {
    /// The goal's number as the council writes it: "1" to "10", with "2a".
    public var id: String
    /// The goal as adopted.
    public var text: String
    /// The indicator the goal is followed up with, such as "Tonn CO2ekv/år".
    public var indicator: String

    /// Creates a goal.
    public init(id: String, text: String, indicator: String) {
        self.id = id
        self.text = text
        self.indicator = indicator
    }
}
