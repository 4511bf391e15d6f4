import Testing

@testable import ClimateBudget

@Suite("Resolving actor names")
struct ActorRegistryTests {
    let actors = ExampleBudget.budget.actors

    @Test("Ids, full names and aliases resolve, ignoring case and spaces")
    func resolve() {
        #expect(actors.resolve("HO")?.id == "HO")
        #expect(actors.resolve(" helse ")?.id == "HO")
        #expect(actors.resolve("samferdselstjenester")?.id == "ST")
        #expect(actors.resolve("SST") == nil)
    }

    @Test(
        "A name is known exactly when it resolves",
        arguments: ["HO", " helse ", "samferdselstjenester", "ALLE", "AtB", "SST", "", "  ", "ho\u{0301}"])
    func knows(name: String) {
        #expect(actors.knows(name) == (actors.resolve(name) != nil))
    }

    @Test("Groups stand for their members; outside actors for no service area")
    func serviceAreas() {
        #expect(actors.serviceAreas(for: "ALLE") == ["ST", "HO"])
        #expect(actors.serviceAreas(for: "Helse") == ["HO"])
        #expect(actors.serviceAreas(for: "AtB") == [])
    }

    @Test("A name covers the actor it names, and a group covers its members")
    func covers() {
        #expect(actors.name("Helse", covers: "HO"))
        #expect(actors.name("ALLE", covers: "HO"))
        #expect(!actors.name("ST", covers: "HO"))
        #expect(!actors.name("HO", covers: "ALLE"))
    }

    @Test("A typo gets the nearest name; nonsense gets none")
    func suggestion() {
        #expect(actors.suggestion(for: "Hlse") == "Helse")
        #expect(actors.suggestion(for: "Statkraft") == nil)
    }
}

@Suite("Closest match")
struct ClosestMatchTests {
    @Test(
        "Close names match, far ones do not",
        arguments: [
            ("gaps", "gap"), ("valdate", "validate"), ("fromat", "format"), ("xyz", nil),
        ] as [(String, String?)])
    func match(name: String, expected: String?) {
        #expect(closestMatch(to: name, among: ["gap", "validate", "measures", "format"]) == expected)
    }

    @Test("Plain numbers drop needless decimals")
    func plainNumbers() {
        #expect(plainNumber(367143) == "367143")
        #expect(plainNumber(367143.7, decimals: 1) == "367143.7")
        #expect(plainNumber(-30) == "-30")
    }
}
