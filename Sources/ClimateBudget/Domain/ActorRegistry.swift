/// The actors a budget knows, and how names in measures resolve to them.
public struct ActorRegistry: Sendable, Equatable {
    /// Every known actor, in the order the budget lists them.
    public var actors: [Actor] {
        didSet { (index, exact) = Self.index(actors) }
    }

    /// Each normalized name and the position of the first actor that has it, so that resolving a name
    /// costs the same however many actors the budget lists.
    private var index: [String: Int]
    /// Each name exactly as the registry writes it and the position ``index`` gives its normalized form: most
    /// measures write a name as the registry does, and then it resolves without being normalized again.
    private var exact: [String: Int]

    /// Creates a registry.
    public init(actors: [Actor] = []) {
        self.actors = actors
        (self.index, self.exact) = Self.index(actors)
    }

    /// The actor a name refers to: by id, full name or alias, ignoring case and surrounding spaces.
    public func resolve(_ name: String) -> Actor? {
        (exact[name] ?? index[Self.normalized(name)]).map { actors[$0] }
    }

    /// Whether a name refers to an actor, as ``resolve(_:)`` answers, without copying the actor out: the rules
    /// ask it of every name in every measure.
    public func knows(_ name: String) -> Bool {
        exact[name] != nil || index[Self.normalized(name)] != nil
    }

    private static func index(_ actors: [Actor]) -> (index: [String: Int], exact: [String: Int]) {
        var index: [String: Int] = [:]
        for (position, actor) in actors.enumerated() {
            for name in actor.names where index[normalized(name)] == nil { index[normalized(name)] = position }
        }
        var exact: [String: Int] = [:]
        for actor in actors {
            for name in actor.names { exact[name] = index[normalized(name)] }
        }
        return (index, exact)
    }

    /// The service areas a name stands for: the area itself, a group's members, none for an outside actor.
    public func serviceAreas(for name: String) -> [String] {
        guard let actor = resolve(name) else { return [] }
        switch actor.kind {
        case .serviceArea: return [actor.id]
        case .group(let members): return members.flatMap { serviceAreas(for: $0) }
        case .outside: return []
        }
    }

    /// Whether a name (or, for a group, one of its members) refers to the same actor as `other`.
    ///
    /// This is how `--implementer HO` finds a measure whose implementers read "Helse" or "ALLE".
    public func name(_ name: String, covers other: String) -> Bool {
        guard let wanted = resolve(other), let actor = resolve(name) else { return false }
        if actor.id == wanted.id { return true }
        if case .group(let members) = actor.kind {
            return members.contains { self.name($0, covers: other) }
        }
        return false
    }

    /// The known name closest to a misspelt one, if one is close enough to be a likely typo.
    public func suggestion(for name: String) -> String? {
        closestMatch(to: name, among: actors.flatMap { [$0.id] + $0.aliases })
    }

    /// The municipal service areas, in order.
    public var serviceAreas: [Actor] {
        actors.filter { $0.kind == .serviceArea }
    }

    private static func normalized(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }
}
