/// Who carries a measure out (gjennomføringsansvar) and who reports on it (rapporteringsansvar).
public struct Responsibility: Sendable, Equatable {
    /// The "Ansvar" cell exactly as the budget prints it, such as "TFK/AtB (MLLT)".
    public var printed: String
    /// The actors that carry the measure out, by name or alias as printed.
    public var implementers: [String]
    /// The one municipal service area that reports to the council, if the budget names one.
    public var reporter: String?

    /// Creates a responsibility.
    public init(printed: String, implementers: [String], reporter: String?) {
        self.printed = printed
        self.implementers = implementers
        self.reporter = reporter
    }
}
