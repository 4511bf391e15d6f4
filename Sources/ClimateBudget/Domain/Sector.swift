/// An emission sector of the municipal inventory (utslippssektor), such as road traffic.
public struct Sector: Sendable, Equatable, Hashable {
    /// A stable id used in files and on the command line, such as "veitrafikk".
    public var id: String
    /// The name as printed, such as "Veitrafikk".
    public var name: String
    /// The name in other languages, by language code, such as `["en": "Road traffic"]`.
    public var translations: [String: String]
    /// The names of the sectors of the national emission statistics this sector stands for, such as
    /// `["Industri, olje og gass"]` for Trondheim's `industri`: `inventory` maps a new release back by them.
    /// Empty where the budget does not say; then the sector's `name` is compared.
    public var publishedNames: [String]

    /// Creates a sector.
    public init(id: String, name: String, translations: [String: String] = [:], publishedNames: [String] = []) {
        self.id = id
        self.name = name
        self.translations = translations
        self.publishedNames = publishedNames
    }

    /// The name in a language, or the name as printed where no translation is given.
    public func name(in language: String) -> String {
        translations[language] ?? name
    }
}
