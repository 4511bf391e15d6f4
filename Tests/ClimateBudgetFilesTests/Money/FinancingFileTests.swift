import ClimateBudget
import ClimateBudgetFiles
import Testing

/// `Data/financing.json`: optional, and every problem with its place in the file.
@Suite("Reading Data/financing.json")
struct FinancingFileTests {
    @Test("A budget without Data/financing.json has no financing and loads as before")
    func optional() throws {
        let fixture = try FixtureBudget()
        let budget = try BudgetLoader.load(from: fixture.folder)
        #expect(budget.financing.isEmpty)
        #expect(Validator.validate(budget).isEmpty)
    }

    @Test("Every problem names its place: an amount with too many decimals, a text, a missing kind, an unknown field")
    func problems() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/financing.json",
            """
            {"lines": [
              {"id": "a", "name": "A", "kind": "operating", "serviceArea": "ST", "amounts": {"2022": 1.2345, "2023": "2"}},
              {"id": "a", "name": "B", "serviceArea": "ST", "amounts": {"2022": 1, "2023": 1}, "sum": 1}
            ]}
            """)
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        #expect(partial.unloaded == [.financing])
        #expect(
            partial.errors.map(\.description) == [
                "Data/financing.json: lines[0].amounts.2022: \"1.2345\" is not allowed; expected an amount in million kroner with at most three decimals, such as 15.5",
                "Data/financing.json: lines[0].amounts.2023: expected an amount in million kroner with at most three decimals, such as 15.5, found the text \"2\"",
                "Data/financing.json: lines[1].sum: \"sum\" is not allowed; expected one of the fields id, name, kind, serviceArea, several, amounts, printedSum, parts, measures",
                "Data/financing.json: lines[1].kind: missing; add what the money is, one of \"operating\", \"investment\", \"external\"",
            ])
    }

    @Test("Two lines with one id")
    func duplicateID() throws {
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/financing.json",
            """
            {"lines": [
              {"id": "a", "name": "A", "kind": "operating", "serviceArea": "ST", "amounts": {"2022": 1, "2023": 0}},
              {"id": "a", "name": "B", "kind": "investment", "serviceArea": "ST", "amounts": {"2022": 1, "2023": 0}}
            ]}
            """)
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        #expect(
            partial.errors.map(\.description) == [
                "Data/financing.json: lines[1].id: \"a\" is not allowed; expected an id no other line has (lines[0] already has \"a\")"
            ])
    }

    @Test("A year of the period without an amount, and an amount outside the period, are errors, never 0")
    func yearsOfThePeriod() throws {
        // The small budget's period is 2022-2023: line A lacks 2023 (which would count as 0 and give a cost per
        // tonne of 0), line B has 2030, a change lacks 2022.
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/financing.json",
            """
            {"lines": [
              {"id": "a", "name": "A", "kind": "operating", "serviceArea": "ST", "amounts": {"2022": 1}},
              {"id": "b", "name": "B", "kind": "operating", "serviceArea": "ST", "amounts": {"2022": 1, "2023": 1, "2030": 2}}
            ], "changes": {"lines": [{"id": "c", "name": "C", "amounts": {"2023": 1}}]}}
            """)
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        #expect(partial.unloaded == [.financing])
        #expect(
            partial.errors.map(\.description) == [
                "Data/financing.json: lines[0].amounts.2023: missing; add the amount in 2023 in million kroner, such as 11.5 (write 0 if the line has no money that year; a missing year is not counted as 0)",
                "Data/financing.json: lines[1].amounts.2030: \"2030\" is not allowed; expected a year of the budget's period 2022-2023; remove the amount, or change the period in Data/budget.json",
                "Data/financing.json: changes.lines[0].amounts.2022: missing; add the amount in 2022 in million kroner, such as 11.5 (write 0 if the line has no money that year; a missing year is not counted as 0)",
            ])
    }

    @Test("An amount for a year before the period is an earlier round's (after roll): no error, not counted")
    func yearBeforeThePeriod() throws {
        // The small budget's period is 2022-2023; 2021's 5 MNOK is last round's and stays out of every sum:
        // the line's amounts are exactly 1 + 2.
        let fixture = try FixtureBudget()
        try fixture.write(
            "Data/financing.json",
            """
            {"lines": [
              {"id": "a", "name": "A", "kind": "operating", "serviceArea": "ST", "amounts": {"2021": 5, "2022": 1, "2023": 2}}
            ]}
            """)
        let partial = BudgetLoader.loadPartially(from: fixture.folder)
        #expect(partial.errors.map(\.description) == [])
        #expect(partial.unloaded == [])
        let line = try #require(partial.budget?.financing.lines.first)
        #expect(line.amounts.keys.sorted() == [2022, 2023])
    }
}
