import ClimateBudget
import Testing

/// Names resolve through an index built once, not by scanning every actor per name.
@Suite("Resolving actor names through the index")
struct ActorIndexTests {
    @Test("The first actor with a name wins, ignoring case and spaces, as the list order says")
    func firstWins() {
        let registry = ActorRegistry(actors: [
            Actor(id: "HO", name: "helse og omsorgstjenester", kind: .serviceArea, aliases: ["Helse"]),
            Actor(id: "HELSE", name: "Helseforetaket", kind: .outside, aliases: ["helse"]),
        ])
        #expect(registry.resolve(" HELSE ")?.id == "HO")
        #expect(registry.resolve("helseforetaket")?.id == "HELSE")
        #expect(registry.resolve("Hlse") == nil)
    }

    @Test("Changing the actors changes what names resolve to")
    func followsChanges() {
        var registry = ActorRegistry(actors: [Actor(id: "ST", name: "samferdselstjenester", kind: .serviceArea)])
        #expect(registry.resolve("AtB") == nil)
        registry.actors.append(Actor(id: "AtB", name: "AtB", kind: .outside))
        #expect(registry.resolve("atb")?.kind == .outside)
        registry.actors.removeAll()
        #expect(registry.resolve("ST") == nil)
        #expect(registry == ActorRegistry())
    }
}
