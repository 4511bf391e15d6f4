/// Someone a measure can name as responsible: a municipal service area, a group of them, or an outside actor.
public struct Actor: Sendable, Equatable {
    /// The short name used in the budget's tables, such as "MLLT" or "Statkraft Varme".
    public var id: String
    /// The full name, such as "miljø, laboratorie- og landbrukstjenester".
    public var name: String
    /// What kind of actor this is.
    public var kind: ActorKind
    /// Other names the budget uses for the same actor, such as "Helse" for HO.
    public var aliases: [String]

    /// Creates an actor.
    public init(id: String, name: String, kind: ActorKind, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
    }

    /// Every name that refers to this actor: its id, its full name and its aliases.
    public var names: [String] { [id, name] + aliases }
}

/// The kinds of actor, with the members of a group.
public enum ActorKind: Sendable, Equatable {
    /// A municipal service area (tjenesteområde): can implement and report.
    case serviceArea
    /// A name for several service areas at once, such as "ALLE"; implements through its members, never reports.
    case group(members: [String])
    /// An actor outside the municipality, such as Statkraft Varme; implements, never reports.
    case outside
}
