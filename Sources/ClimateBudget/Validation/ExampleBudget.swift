/// A small, valid budget that the rules' examples change: one sector, two service areas, one measure.
///
/// Visible inside the package only: the rules and their tests use it; a program using the library has no need.
package enum ExampleBudget {
    /// The example budget; it keeps every rule.
    package static let budget = Budget(
        settings: BudgetSettings(
            name: "Example budget", municipality: "Example kommune",
            period: Period(start: 2022, end: 2023), baseYear: 2009),
        sectors: [Sector(id: "veitrafikk", name: "Veitrafikk")],
        reference: ReferencePathway(
            total: [2009: 1000, 2022: 900, 2023: 880],
            bySector: [:],
            lastHistoricalYear: 2009),
        targets: Targets(
            milestones: [Milestone(year: 2023, percentChange: -30, goal: "2a")],
            caps: [2022: 750, 2023: 700]),
        actors: ActorRegistry(actors: [
            Actor(id: "ST", name: "samferdselstjenester", kind: .serviceArea),
            Actor(id: "HO", name: "helse og omsorgstjenester", kind: .serviceArea, aliases: ["Helse"]),
            Actor(id: "ALLE", name: "alle tjenesteområder", kind: .group(members: ["ST", "HO"])),
            Actor(id: "AtB", name: "AtB", kind: .outside),
        ]),
        goals: [
            Goal(
                id: "2a", text: "I 2023 er de direkte klimagassutslippene redusert med 30 %",
                indicator: "Tonn CO2ekv/år")
        ],
        measures: [
            Measure(
                id: 1, title: "Fossilfri buss", kind: .quantified, sector: "veitrafikk", goals: ["2a"],
                description: "Bussene går på fornybart drivstoff.",
                responsibility: Responsibility(printed: "AtB (ST)", implementers: ["AtB"], reporter: "ST"),
                effect: [2022: 50, 2023: 60],
                file: "Measures/01-fossilfri-buss.json"),
            Measure(
                id: 2, title: "Sykkelstrategi", kind: .unquantified, sector: "veitrafikk", goals: ["2a"],
                responsibility: Responsibility(printed: "ST", implementers: ["ST"], reporter: "ST"),
                file: "Measures/02-sykkelstrategi.json"),
        ]
    )

    /// The change the overlap rules' examples share: measure 2 made quantified, cutting 30 tonnes in 2022 and 45
    /// in 2023, so that it can overlap measure 1.
    package static func quantifyMeasure2(_ budget: inout Budget) {
        budget.measures[1].kind = .quantified
        budget.measures[1].effect = [2022: 30, 2023: 45]
    }
}

extension ExampleBudget {
    /// A small financing for the money rules' examples (million kroner, 2022-2023): an operating line carried by ST
    /// and tied to measure 1, and an investment pot split into two sub-lines; every printed figure adds up.
    package static let financing = Financing(
        source: "Tabell 7-6",
        lines: [
            FinancingLine(
                id: "bussdrift", name: "Drift av fossilfrie busser", kind: .operating, carrier: .serviceArea("ST"),
                amounts: [2022: MNOK(thousands: 1500), 2023: MNOK(thousands: 2500)], printedSum: MNOK(4),
                measures: [FinancingTie(measure: 1, basis: "Bussene går på fornybart drivstoff.")], place: "lines[0]"),
            FinancingLine(
                id: "klimapott", name: "Klimainvesteringer", kind: .investment,
                amounts: [2022: MNOK(10), 2023: MNOK(10)],
                printedSum: MNOK(20),
                parts: [
                    FinancingLine(
                        id: "lading", name: "Lading", kind: .investment, carrier: .serviceArea("ST"),
                        amounts: [2022: MNOK(4), 2023: MNOK(6)], place: "lines[1].parts[0]"),
                    FinancingLine(
                        id: "sykehjem", name: "Enøk sykehjem", kind: .investment, carrier: .serviceArea("Helse"),
                        amounts: [2022: MNOK(6), 2023: MNOK(4)], place: "lines[1].parts[1]"),
                ], place: "lines[1]"),
        ],
        printedTotals: [
            .operating: PrintedAmounts(
                years: [2022: MNOK(thousands: 1500), 2023: MNOK(thousands: 2500)], period: MNOK(4)),
            .total: PrintedAmounts(period: MNOK(24)),
        ])

    /// The example budget with ``financing``.
    package static func addFinancing(_ budget: inout Budget) {
        budget.financing = financing
    }
}
