import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetFiles

/// Issue 14: a budget may be written in nynorsk (`"language": "nn"`), beside bokmål and English.
@Suite("The budget's language in Data/budget.json")
struct LanguageLoadingTests {
    @Test("\"nb\", \"nn\" and \"en\" load as the budget's language", arguments: ["nb", "nn", "en"])
    func loads(language: String) throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"language\": \"nb\"", with: "\"language\": \"\(language)\"", in: "Data/budget.json")
        #expect(try fixture.load().settings.language == language)
    }

    @Test("Without a language the budget is in bokmål")
    func defaultLanguage() throws {
        let fixture = try FixtureBudget()
        try fixture.replace(",\n  \"language\": \"nb\"", with: "", in: "Data/budget.json")
        #expect(try fixture.load().settings.language == "nb")
    }

    @Test("Another language names the three the tool writes", arguments: ["no", "nynorsk", "NN"])
    func unknown(language: String) throws {
        let fixture = try FixtureBudget()
        try fixture.replace("\"language\": \"nb\"", with: "\"language\": \"\(language)\"", in: "Data/budget.json")
        #expect(
            fixture.loadErrors() == [
                "Data/budget.json: language: \"\(language)\" is not allowed; expected \"nb\", \"nn\" or \"en\""
            ])
    }
}
