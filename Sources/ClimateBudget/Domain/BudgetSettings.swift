/// The settings of a budget round: who it belongs to, which years it covers and how it is written.
public struct BudgetSettings: Sendable, Equatable {
    /// The budget's name as the council knows it, such as "Klimabudsjett 2022".
    public var name: String
    /// The municipality, such as "Trondheim kommune".
    public var municipality: String
    /// The four-year budget period (økonomiplanperiode).
    public var period: Period
    /// The year targets are measured against (referanseår), 2009 for Trondheim.
    public var baseYear: Int
    /// The unit of every emission figure, "tCO2e".
    public var unit: String
    /// The language of the budget's texts: "nb" (bokmål), "nn" (nynorsk) or "en".
    public var language: String
    /// The reporting period status reports are due for now, such as 2022-T2; when not set, the latest
    /// period any measure has reported for.
    public var reportingPeriod: ReportingPeriod?

    /// Creates settings.
    public init(
        name: String,
        municipality: String,
        period: Period,
        baseYear: Int,
        unit: String = "tCO2e",
        language: String = "nb",
        reportingPeriod: ReportingPeriod? = nil
    ) {
        self.name = name
        self.municipality = municipality
        self.period = period
        self.baseYear = baseYear
        self.unit = unit
        self.language = language
        self.reportingPeriod = reportingPeriod
    }
}
