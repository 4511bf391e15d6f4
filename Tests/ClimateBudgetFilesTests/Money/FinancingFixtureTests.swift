import ClimateBudget
import ClimateBudgetFiles
import Testing

/// Tabell 7-6 and 7-7 of the Trondheim 2022 budget, transcribed as printed in the frozen fixture's
/// `Data/financing.json`, against the sums the tool computes (issue 16).
@Suite("The financing of the Trondheim 2022 budget")
struct FinancingFixtureTests {
    let budget: Budget
    let table: FinancingTable

    init() throws {
        budget = try BudgetLoader.load(from: FixtureBudget.trondheim)
        table = FinancingTable.compute(for: budget)
    }

    /// Exact amounts: 15,5 + 11,5 + 11,5 + 11,5 is 50, never 49.99…, and 0,8 − 3,2 is −2,4.
    @Test("Amounts are exact decimals: 15.5 + 3 × 11.5 is 50 and 0.1 is 100 thousand kroner")
    func exact() throws {
        let amounts = try [15.5, 11.5, 11.5, 11.5].map { try #require(MNOK(exactly: $0)) }
        #expect(amounts.sum() == MNOK(50))
        #expect(MNOK(exactly: 0.1) == MNOK(thousands: 100))
        #expect(MNOK(exactly: 0.0001) == nil)
        #expect(try #require(MNOK(exactly: 0.8)) - MNOK(exactly: 3.2)! == MNOK(thousands: -2400))
        #expect(MNOK(thousands: 15500).text(decimalMark: ",") == "15,5")
        #expect(MNOK(thousands: -2500).text(minus: "\u{2212}") == "\u{2212}2.5")
        #expect(MNOK(1_234).text(separator: " ") == "1 234")
    }

    /// 2022: 15,5 + 0,5 + 2 + 1 + 3 + 1 = 23, with 8 external 31; 2023: 11,5 + 0,5 + 2 + 1 + 3 + 1 = 19, + 4 = 23;
    /// 2024: 19 + 1 = 20; 2025: 11,5 + 0,5 + 0 + 1 + 3 + 1 = 17, + 0 = 17. Period 91 (printed 90).
    @Test("The operating total with external funding: 31, 23, 20, 17 as printed; 91 over the period (printed 90)")
    func operating() {
        #expect(table.years.map { table.total(.operating, $0) } == [31, 23, 20, 17].map { MNOK($0) })
        #expect(table.years.map(table.external) == [8, 4, 1, 0].map { MNOK($0) })
        #expect(table.periodTotal(.operating) == MNOK(91))
    }

    /// 45 + 9 + 10 = 64 a year, 256 over the period; the pot's sub-lines are not counted again.
    @Test("The investment total: 64 a year, 256 over the period; the total 95, 87, 84, 81 and 347 (printed 346)")
    func investmentAndTotal() {
        #expect(table.years.map { table.total(.investment, $0) } == Array(repeating: MNOK(64), count: 4))
        #expect(table.periodTotal(.investment) == MNOK(256))
        #expect(table.years.map { table.total(.total, $0) } == [95, 87, 84, 81].map { MNOK($0) })
        #expect(table.periodTotal(.total) == MNOK(347))
    }

    /// Every printed figure agrees but three: 49 (computed 50), and the 90 and 346 that follow from it.
    @Test("Tabell 7-6's slip: 49 printed for 50, and the printed 90 and 346 that follow from it")
    func slip() {
        let checks = FinancingFigureCheck.checks(budget)
        // 10 lines and 4 sub-lines with a printed sum, 3 totals of 4 years and a period, 4 net changes.
        #expect(checks.count == 14 + 15 + 4)
        let slips = checks.filter { !$0.agrees }
        #expect(
            slips.map(\.place) == [
                "lines[0].printedSum", "printedTotals.operating.period", "printedTotals.total.period",
            ])
        #expect(slips.map(\.printed) == [49, 90, 346].map { MNOK($0) })
        #expect(slips.map(\.computed) == [50, 91, 347].map { MNOK($0) })
        // 49 + 2 + 6 + 4 + 12 + 4 + 13 = 90; 90 + 256 = 346.
        #expect(slips.map(\.fromPrinted) == [nil, MNOK(90), MNOK(346)])
        #expect(slips.map(\.followsFrom) == [[], ["lines[0].printedSum"], ["printedTotals.operating.period"]])
    }

    /// 8 + 2 + 3 + 32 = 45, 8 + 1 + 0 + 36 = 45, 8 + 0 + 0 + 37 = 45, 9 + 0 + 0 + 36 = 45.
    @Test("The pot's four sub-lines add up to 45 each year, and each is carried by a known service area")
    func pot() throws {
        let pot = try #require(budget.financing.line(id: "klimainvesteringer"))
        #expect(pot.parts.map(\.id) == ["enok", "el-bil-lading", "grunnvarme", "til-fordeling"])
        #expect(FinancingPartsSum.check(budget).isEmpty)
        #expect(FinancingUnknownServiceArea.check(budget).isEmpty)
        #expect(FinancingUnknownMeasure.check(budget).isEmpty)
        let areas = budget.financing.allLines.compactMap { line -> String? in
            guard case .serviceArea(let name)? = line.carrier else { return nil }
            return budget.actors.resolve(name)?.id
        }
        #expect(areas == ["MLLT", "KK", "TT", "PBT", "ET", "ST", "ET", "ST", "ET", "MLLT", "TT", "MLLT"])
        #expect(budget.financing.line(id: "klimasats")?.carrier == .several(printed: "Diverse"))
        #expect(budget.financing.line(id: "klimasats")?.kind == .external)
    }

    /// 4 − 2,5 + 0,8 = 2,3; 4 − 2,5 − 3,2 = −1,7 (2023 and 2024); 4 − 4,5 − 3,2 = −3,7.
    @Test("Tabell 7-7: the net change 2.3, −1.7, −1.7, −3.7 as printed")
    func changes() throws {
        let changes = try #require(budget.financing.changes)
        #expect(changes.lines.count == 3)
        #expect(
            table.years.map(changes.net)
                == [2300, -1700, -1700, -3700].map { MNOK(thousands: $0) })
        #expect(changes.against == "budsjett 2021")
    }

    /// Measure 1 (effect 5 800, 5 900, 5 900, 6 000 t) is tied to the 10 MNOK a year for fossil- and emission-free
    /// building sites: 10 000 000 / 5 800 = 1 724.1 kr/t in 2022, 10 000 000 / 5 900 = 1 694.9 in 2023 and 2024,
    /// 10 000 000 / 6 000 = 1 666.7 in 2025, and 40 000 000 / 23 600 = 1 694.9 over the period.
    /// Measure 7 (400, 500, 500, 600 t) to the 9 MNOK a year for machines and to HVO biodiesel (2, 2, 2, 0): 11, 11,
    /// 11 and 9 MNOK: 11 000 000 / 400 = 27 500, / 500 = 22 000, 9 000 000 / 600 = 15 000, and 42 000 000 / 2 000 =
    /// 21 000 over the period.
    @Test("Cost per tonne: measure 1 at 1 724, 1 695, 1 695, 1 667 and 1 695 kr/t; measure 7 at 27 500 … 21 000")
    func costPerTonne() throws {
        let costs = CostPerTonne.compute(for: budget)
        #expect(costs.map(\.measure) == [1, 7])
        let one = costs[0]
        #expect(one.lines == ["anleggsplasser"])
        #expect(table.years.map { one.perYear[$0]!.map(CostPerTonne.kroner) } == [1724, 1695, 1695, 1667])
        #expect(one.period.map(CostPerTonne.kroner) == 1695)
        let seven = costs[1]
        #expect(seven.lines == ["hvo-biodiesel", "maskinkjop"])
        #expect(seven.amounts[2025] == MNOK(9))
        #expect(table.years.map { seven.perYear[$0]!.map(CostPerTonne.kroner) } == [27500, 22000, 22000, 15000])
        #expect(seven.period == 21000)
        // The other ties are to measures without tonnes: 25, 37, 24 and 23.
        #expect(CostPerTonne.uncounted(in: budget).map(\.tie.measure) == [25, 37, 24, 23])
    }
}
