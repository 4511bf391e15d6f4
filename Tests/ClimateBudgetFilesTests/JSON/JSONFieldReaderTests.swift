import Foundation
import Testing

@testable import ClimateBudgetFiles

@Suite("Unknown field names")
struct JSONFieldReaderTests {
    private func object(_ text: String) throws -> JSONObject {
        guard case .object(let object) = try JSONValue.parse(Data(text.utf8), file: "f.json") else {
            throw LoadError.notJSON(file: "f.json")
        }
        return object
    }

    // The quick look compares lengths before texts; a name equal to an allowed one only as Swift compares texts
    // (the Kelvin sign, three bytes, is the letter K) goes the exact way and is found allowed there.
    @Test("Allowed names, as Swift compares texts, give no problem; others one each, in the order of the names")
    func unknownKeys() throws {
        let reader = JSONFieldReader(file: "f.json")
        reader.rejectUnknownKeys(try object(#"{"K": 1, "id": 2}"#), allowed: ["id", "K"], at: "")
        reader.rejectUnknownKeys(try object(#"{"\u212A": 1, "id": 2}"#), allowed: ["id", "K"], at: "")
        #expect(reader.errors.isEmpty)
        reader.rejectUnknownKeys(try object(#"{"titel": 1, "id": 2, "bet": 3}"#), allowed: ["id", "title"], at: "x")
        #expect(
            reader.errors.map(\.description) == [
                "f.json: x.bet: \"bet\" is not allowed; expected one of the fields id, title",
                "f.json: x.titel: \"titel\" is not allowed; expected one of the fields id, title; did you mean \"title\"?",
            ])
    }
}
