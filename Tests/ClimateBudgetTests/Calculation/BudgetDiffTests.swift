import Testing

@testable import ClimateBudget

@Suite("Comparing two budgets")
struct BudgetDiffTests {
    let old = ExampleBudget.budget

    var new: Budget {
        var budget = ExampleBudget.budget
        budget.measures.removeAll { $0.id == 2 }
        budget.measures[0].effect[2023] = 90
        budget.measures.append(
            Measure(
                id: 3, title: "Elferge", kind: .quantified, sector: "veitrafikk",
                responsibility: Responsibility(printed: "ST", implementers: ["ST"], reporter: "ST"),
                effect: [2022: 10, 2023: 20], file: "Measures/03-elferge.json"))
        return budget
    }

    @Test("The same budget has no changes")
    func same() {
        #expect(BudgetDiff.compare(old, old).isEmpty)
    }

    @Test("One measure added, one removed, one effect changed, and the gap change per year")
    func changes() {
        let diff = BudgetDiff.compare(old, new)
        #expect(diff.added.map(\.id) == [3])
        #expect(diff.removed.map(\.id) == [2])
        #expect(
            diff.changed == [
                MeasureChange(
                    id: 1, title: "Fossilfri buss", file: "Measures/01-fossilfri-buss.json",
                    fields: [.effect(year: 2023, old: 60, new: 90)])
            ])
        #expect(diff.years.map(\.year) == [2022, 2023])
        #expect(diff.years.map(\.gap) == [FigureChange(old: 100, new: 90), FigureChange(old: 120, new: 70)])
        #expect(
            diff.years.map(\.measurePathway) == [FigureChange(old: 850, new: 840), FigureChange(old: 820, new: 770)])
        #expect(diff.years.map(\.reference) == [FigureChange(old: 900, new: 900), FigureChange(old: 880, new: 880)])
        #expect(diff.totalGapChange == -60)
    }

    @Test("Every field a reader cares about is compared")
    func fields() {
        var changed = old
        changed.measures[1].title = "Sykkel"
        changed.measures[1].kind = .enabling
        changed.measures[1].sector = nil
        changed.measures[1].responsibility = Responsibility(
            printed: "HO", implementers: ["HO"], reporter: "HO", reporterLost: true)
        changed.measures[1].goals = []
        changed.measures[1].goalEvidence = ["2a": "Ny setning."]
        changed.measures[1].description = "Ny"
        let fields = BudgetDiff.compare(old, changed).changed.first?.fields
        #expect(
            fields == [
                .title(old: "Sykkelstrategi", new: "Sykkel"), .kind(old: .unquantified, new: .enabling),
                .sector(old: "veitrafikk", new: nil), .implementers(old: ["ST"], new: ["HO"]),
                .reporter(old: "ST", new: "HO"), .reporterLost(old: false, new: true),
                .printedResponsibility(old: "ST", new: "HO"), .goals(old: ["2a"], new: []),
                .goalEvidence(goals: ["2a"]), .description,
            ])
    }

    @Test("A moved period is reported")
    func period() {
        var moved = old
        moved.settings.period = Period(start: 2023, end: 2023)
        #expect(BudgetDiff.compare(old, moved).period?.new == Period(start: 2023, end: 2023))
    }
}

@Suite("Status reports")
struct StatusOverviewTests {
    func budget(_ reports: [Int: [StatusReport]], due: String? = nil) -> Budget {
        var budget = ExampleBudget.budget
        budget.settings.reportingPeriod = due.flatMap(ReportingPeriod.init)
        for (id, list) in reports { budget.measures[id - 1].statusReports = list }
        return budget
    }

    @Test("Reporting periods read as year and tertial, and sort in time")
    func periods() {
        #expect(ReportingPeriod("2022-T1")?.description == "2022-T1")
        #expect(ReportingPeriod("2022-t3") == ReportingPeriod(year: 2022, tertial: 3))
        #expect(ReportingPeriod("2022-T4") == nil)
        #expect(ReportingPeriod("22-T1") == nil)
        #expect(ReportingPeriod("2022-T3")! < ReportingPeriod("2023-T1")!)
    }

    @Test("Without a set period, the latest report is what is due; a measure behind it is overdue")
    func overdue() {
        let overview = StatusOverview(
            budget: budget([
                1: [
                    StatusReport(period: ReportingPeriod("2022-T1")!, status: .onTrack),
                    StatusReport(period: ReportingPeriod("2022-T2")!, status: .delayed),
                ],
                2: [StatusReport(period: ReportingPeriod("2022-T1")!, status: .onTrack)],
            ]))
        #expect(overview.duePeriod == ReportingPeriod("2022-T2"))
        #expect(overview.overdue.map(\.id) == [2])
        #expect(overview.measures.map { $0.latest?.status } == [.delayed, .onTrack])
    }

    @Test("A done or cancelled measure owes no report; a measure never reported on does")
    func doneAndNever() {
        let done = StatusOverview(
            budget: budget([1: [StatusReport(period: ReportingPeriod("2022-T1")!, status: .done)]], due: "2022-T3"))
        #expect(done.overdue.map(\.id) == [2])
        let none = StatusOverview(budget: budget([:]))
        #expect(none.duePeriod == nil)
        #expect(none.overdue.isEmpty)
    }

    @Test("Counts per status, with measures that have no report")
    func counts() {
        let overview = StatusOverview(
            budget: budget([1: [StatusReport(period: ReportingPeriod("2022-T1")!, status: .delayed)]]))
        #expect(
            overview.counts.filter { $0.count > 0 }.map { "\($0.status?.rawValue ?? "none"): \($0.count)" } == [
                "delayed: 1", "none: 1",
            ])
    }
}

@Suite("Status corrections")
struct StatusCorrectionTests {
    @Test("Of two reports for the same period, the later one in the list counts")
    func correction() {
        var measure = ExampleBudget.budget.measures[0]
        measure.statusReports = [
            StatusReport(period: ReportingPeriod("2022-T1")!, status: .onTrack),
            StatusReport(period: ReportingPeriod("2022-T1")!, status: .delayed),
        ]
        #expect(measure.latestStatus?.status == .delayed)
    }
}
