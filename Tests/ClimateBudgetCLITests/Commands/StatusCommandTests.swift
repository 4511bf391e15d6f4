import Foundation
import Testing

@Suite("climate-budget status and the summary's status section")
struct StatusCommandTests {
    /// The bundled budget where measures 3 and 10 have reported: 3 is on track for 2022-T2, 10 only for 2022-T1.
    func budgetWithReports() throws -> URL {
        let folder = try copyOfBundledBudget()
        func add(_ file: String, _ reports: String) throws {
            let url = folder.appendingPathComponent("Measures/\(file).json")
            var text = try String(contentsOf: url, encoding: .utf8)
            text = text.replacingOccurrences(of: "\n}\n", with: ",\n  \"status\": \(reports)\n}\n")
            try Data(text.utf8).write(to: url)
        }
        try add(
            "03-fossil-olje-gass-fjernvarme",
            #"[{ "period": "2022-T1", "status": "not-started" }, { "period": "2022-T2", "status": "on-track", "comment": "Ny kjel i drift." }]"#
        )
        try add(
            "10-nullvekst-personbiltrafikk",
            #"[{ "period": "2022-T1", "status": "delayed", "comment": "Trafikken økte." }]"#)
        try add("31-revidering-klimaplan", #"[{ "period": "2022-T1", "status": "done" }]"#)
        return folder
    }

    @Test("status lists measures by latest status and flags the ones without a report for the period due")
    func status() throws {
        let run = ToolRun(["status", "--format", "json"], in: try budgetWithReports())
        #expect(run.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["duePeriod"] as? String == "2022-T2")
        let measures = try #require(object["measures"] as? [[String: Any]])
        #expect(measures.prefix(3).map { $0["id"] as? Int } == [10, 3, 31])
        #expect(measures.prefix(3).map { $0["status"] as? String } == ["delayed", "on-track", "done"])
        let overdue = try #require(object["overdue"] as? [Int])
        #expect(overdue.count == 35)
        #expect(overdue.contains(10) && !overdue.contains(3) && !overdue.contains(31))
        #expect(
            (object["counts"] as? [String: Int]) == [
                "not-started": 0, "on-track": 1, "delayed": 1, "done": 1, "cancelled": 0, "none": 34,
            ])
    }

    @Test("The text listing names the overdue measures by reporter")
    func statusText() throws {
        let run = ToolRun(["status", "--period", "2022-T1"], in: try budgetWithReports())
        #expect(run.output.hasPrefix("Reports due for 2022-T1.\non-track: 1, delayed: 1, done: 1, no report: 34.\n"))
        #expect(
            run.output.contains(
                "Overdue for 2022-T1: 34 measure(s) without a report (no reporter: 1, 7, 8, 11, 16, 20; ET: "))
    }

    @Test("A wrong --period is a usage error")
    func wrongPeriod() {
        let run = ToolRun(["status", "--period", "2022-4"])
        #expect(run.code == 2)
        #expect(
            run.errorOutput
                == "error: '2022-4' is not a valid value for '--period'. Expected a reporting period such as 2022-T2 (year, then T1, T2 or T3).\n"
        )
    }

    @Test("The summary gains a status section with counts per status and the overdue reports")
    func summarySection() throws {
        let run = ToolRun(["summary"], in: try budgetWithReports())
        #expect(run.output.contains("<h2>Status for tiltakene</h2>"))
        #expect(run.output.contains("<tr><td>i rute</td><td class=\"num\">1</td></tr>"))
        #expect(run.output.contains("<tr><td>ingen rapport</td><td class=\"num\">34</td></tr>"))
        #expect(run.output.contains("<p>Disse tiltakene mangler rapport for 2022-T2:</p>"))
        #expect(run.output.contains("<li>Tiltak 10 – Nullvekst i personbiltrafikk (rapportering: ST)</li>"))
        let bundled = ToolRun(["summary", "--lang", "en"])
        #expect(bundled.output.contains("<p>No measure has a status report yet.</p>"))
    }
}
