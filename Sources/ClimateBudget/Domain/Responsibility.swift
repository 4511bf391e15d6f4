/// Who carries a measure out (gjennomføringsansvar) and who reports on it (rapporteringsansvar).
public struct Responsibility: Sendable, Equatable {
    /// The "Ansvar" cell exactly as the budget prints it, such as "TFK/AtB (MLLT)".
    public var printed: String
    /// The actors that carry the measure out, by name or alias as printed.
    public var implementers: [String]
    /// The one municipal service area that reports to the council, if the budget names one.
    public var reporter: String?
    /// Whether the printed budget marked a reporter in a way our text lost, so that `reporter` is empty because
    /// the transcription does not know it, not because the budget names none. Trondheim 2022 set the reporting
    /// area in italics in the "Ansvar" column of Tabell 7-2 and 7-3 ("rapportering i kursiv"), and the
    /// extracted text lost the italics.
    public var reporterLost: Bool

    /// Creates a responsibility.
    public init(printed: String, implementers: [String], reporter: String?, reporterLost: Bool = false) {
        self.printed = printed
        self.implementers = implementers
        self.reporter = reporter
        self.reporterLost = reporterLost
    }
}
