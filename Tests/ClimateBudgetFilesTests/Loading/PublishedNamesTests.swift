import ClimateBudget
import Testing

@testable import ClimateBudgetFiles

/// `"publishedNames"` in `Data/sectors.json`: the statistics' sectors a budget sector stands for (issue 13).
@Suite("Published names of sectors")
struct PublishedNamesTests {
    @Test("A sector lists the published names it stands for; the loader keeps them")
    func reads() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/sectors.json",
            """
            [ { "id": "veitrafikk", "name": "Veitrafikk", "publishedNames": ["Veitrafikk"] },
              { "id": "industri", "name": "Industri", "publishedNames": ["Industri, olje og gass"] } ]
            """)
        let budget = try fixture.load()
        #expect(budget.sectors.map(\.publishedNames) == [["Veitrafikk"], ["Industri, olje og gass"]])
    }

    @Test("A published name claimed by two sectors is an error: the release's tonnes would count twice")
    func claimedTwice() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/sectors.json",
            """
            [ { "id": "veitrafikk", "name": "Veitrafikk", "publishedNames": ["Veitrafikk"] },
              { "id": "vei", "name": "Vei", "publishedNames": ["veitrafikk "] } ]
            """)
        #expect(
            fixture.loadErrors() == [
                "Data/sectors.json: publishedNames: \"veitrafikk\" is not allowed; expected each published name in one sector only; it is listed under both \"veitrafikk\" and \"vei\""
            ])
    }
}
