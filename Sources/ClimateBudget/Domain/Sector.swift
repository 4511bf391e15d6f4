/// An emission sector of the municipal inventory (utslippssektor), such as road traffic.
public struct Sector: Sendable, Equatable, Hashable {
    /// A stable id used in files and on the command line, such as "veitrafikk".
    public var id: String
    /// The name as printed, such as "Veitrafikk".
    public var name: String

    /// Creates a sector.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
