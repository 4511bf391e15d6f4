/// The financing of the climate measures (Tabell 7-6) and the change in operating funds against last year's budget
/// (Tabell 7-7), as the budget's `Data/financing.json` records them: lines of million kroner per year, with the
/// figures the source printed beside them for the tool to check, never to copy.
public struct Financing: Sendable, Equatable {
    /// Where the lines were printed, such as "Tabell 7-6".
    public var source: String?
    /// The lines in the table's order: operating, external and investment lines, pots with their sub-lines.
    public var lines: [FinancingLine]
    /// The totals as the source printed them.
    public var printedTotals: [FinancingTotalKind: PrintedAmounts]
    /// The changes against last year's budget, when the source lists them.
    public var changes: FinancingChanges?
    /// Why `Data/financing.json` did not load, one problem a line; empty when it loaded or is not there. A budget
    /// whose financing did not load has no lines, and its money figures are withheld while every emission figure
    /// and the measures are shown (see README, "Withheld figures").
    public var problems: [String] = []

    /// Creates a record of the financing.
    public init(
        source: String? = nil, lines: [FinancingLine] = [], printedTotals: [FinancingTotalKind: PrintedAmounts] = [:],
        changes: FinancingChanges? = nil
    ) {
        self.source = source
        self.lines = lines
        self.printedTotals = printedTotals
        self.changes = changes
    }

    /// Whether the budget records no financing at all (budgets before issue 16, and most others).
    public var isEmpty: Bool { lines.isEmpty && changes == nil }

    /// Whether `Data/financing.json` is there but did not load, so every money figure is withheld.
    public var isWithheld: Bool { !problems.isEmpty }

    /// Every line and sub-line, pots before their sub-lines.
    public var allLines: [FinancingLine] {
        lines.flatMap { [$0] + $0.parts }
    }

    /// The line or sub-line with the given id.
    public func line(id: String) -> FinancingLine? {
        allLines.first { $0.id == id }
    }
}

/// What a line of financing is.
public enum FinancingKind: String, Sendable, CaseIterable, Equatable {
    /// Operating funds (drift) in the municipality's own budget.
    case operating
    /// Investment funds (investering).
    case investment
    /// Funding from outside the municipality (Klimasats): kept apart, and counted in the operating total as
    /// Tabell 7-6 counts it.
    case external
}

/// Who carries a line's money in the municipal budget.
public enum FinancingCarrier: Sendable, Equatable {
    /// One service area, named as the table writes it ("Miljø og Landbruk") and resolved through the actor register.
    case serviceArea(String)
    /// Several service areas, none named: external funding spread over projects, printed as the word given
    /// ("Diverse").
    case several(printed: String)
}

/// A tie of a financing line to a measure it pays for. The source never ties a line to a measure in so many
/// words, so each tie says whether it is inferred and the sentence of the source it rests on.
public struct FinancingTie: Sendable, Equatable {
    /// The measure's id.
    public var measure: Int
    /// Whether the tie is read out of the source rather than stated in it.
    public var inferred: Bool
    /// The sentence of the source the tie rests on.
    public var basis: String

    /// Creates a tie.
    public init(measure: Int, inferred: Bool = true, basis: String) {
        self.measure = measure
        self.inferred = inferred
        self.basis = basis
    }
}

/// One line of the financing table: million kroner per year, who carries it, and the sub-lines of a pot.
public struct FinancingLine: Sendable, Equatable {
    /// A short stable id, such as "klimamidler": how `diff` pairs lines and how messages name them.
    public var id: String
    /// The line's name as printed.
    public var name: String
    /// Operating, investment or external.
    public var kind: FinancingKind
    /// The service area (or several) that carries it; `nil` for a pot, whose sub-lines carry it.
    public var carrier: FinancingCarrier?
    /// Million kroner per year.
    public var amounts: [Int: MNOK]
    /// The sum over the years as printed, if the source prints one.
    public var printedSum: MNOK?
    /// The sub-lines a pot is split into; they add up to the pot and are not counted again in the totals.
    public var parts: [FinancingLine]
    /// The measures the line pays for.
    public var measures: [FinancingTie]
    /// Where the line stands in the file: "lines[2]", "lines[7].parts[1]".
    public var place: String

    /// Creates a line.
    public init(
        id: String, name: String, kind: FinancingKind, carrier: FinancingCarrier? = nil, amounts: [Int: MNOK],
        printedSum: MNOK? = nil, parts: [FinancingLine] = [], measures: [FinancingTie] = [], place: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.carrier = carrier
        self.amounts = amounts
        self.printedSum = printedSum
        self.parts = parts
        self.measures = measures
        self.place = place
    }

    /// The amount in a year; nothing where the line has none.
    public func amount(_ year: Int) -> MNOK { amounts[year] ?? .zero }

    /// The exact sum over the given years.
    public func sum(over years: [Int]) -> MNOK { years.map(amount).sum() }
}

/// A total of the financing table.
public enum FinancingTotalKind: String, Sendable, CaseIterable, Comparable {
    /// Operating funds with the external funding ("Total finansiering drift").
    case operating
    /// Investment funds ("Total tilleggsfinansiering investering").
    case investment
    /// Both ("SUM FINANSIERING").
    case total

    /// Totals compare in the table's order.
    public static func < (lhs: FinancingTotalKind, rhs: FinancingTotalKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Amounts as printed: per year, and the sum over the period.
public struct PrintedAmounts: Sendable, Equatable {
    /// Per year.
    public var years: [Int: MNOK]
    /// Over the period.
    public var period: MNOK?

    /// Creates printed amounts.
    public init(years: [Int: MNOK] = [:], period: MNOK? = nil) {
        self.years = years
        self.period = period
    }
}

/// Changes in the financing against last year's budget (Tabell 7-7): the earlier budget is not in the source, so
/// each change carries its own figures; the net change is computed from them.
public struct FinancingChanges: Sendable, Equatable {
    /// Where the changes were printed, such as "Tabell 7.7".
    public var source: String?
    /// What they are measured against, such as "budsjett 2021".
    public var against: String?
    /// The changes, in the table's order.
    public var lines: [FinancingChange]
    /// The net change per year as printed.
    public var printedNet: [Int: MNOK]

    /// Creates a list of changes.
    public init(
        source: String? = nil, against: String? = nil, lines: [FinancingChange] = [], printedNet: [Int: MNOK] = [:]
    ) {
        self.source = source
        self.against = against
        self.lines = lines
        self.printedNet = printedNet
    }

    /// The net change in a year: the exact sum of the changes.
    public func net(_ year: Int) -> MNOK {
        lines.map { $0.amounts[year] ?? .zero }.sum()
    }
}

/// One change against last year's budget.
public struct FinancingChange: Sendable, Equatable {
    /// A short stable id.
    public var id: String
    /// The change's name as printed.
    public var name: String
    /// Million kroner per year, negative for less.
    public var amounts: [Int: MNOK]

    /// Creates a change.
    public init(id: String, name: String, amounts: [Int: MNOK]) {
        self.id = id
        self.name = name
        self.amounts = amounts
    }
}
