import ClimateBudget

/// The names the emission statistics use, and how the reader compares them: sectors, column headings,
/// municipality numbers, and the debris a cell's text may carry.
package enum StatisticsNames {
    /// A sector of Miljødirektoratet's municipal emission statistics: every name it has been published under
    /// (the current one first), and its nynorsk and English names for budgets and summaries in those languages.
    package struct KnownSector: Sendable, Equatable {
        /// The names, the current one first.
        package var names: [String]
        /// The nynorsk name, as a nynorsk municipality writes it.
        package var nynorsk: String
        /// The English name.
        package var english: String
    }

    /// The ten sectors of the statistics, in the order the agency lists them. The fluorgas sector was called
    /// "Bruk av produkter med fluorgasser" in an earlier 2026 release: both names are one sector.
    package static let sectors: [KnownSector] = [
        KnownSector(
            names: ["Annen mobil forbrenning"], nynorsk: "Anna mobil forbrenning", english: "Other mobile combustion"),
        KnownSector(names: ["Avfall og avløp"], nynorsk: "Avfall og avløp", english: "Waste and wastewater"),
        KnownSector(names: ["Energiforsyning"], nynorsk: "Energiforsyning", english: "Energy supply"),
        KnownSector(
            names: ["Industri, olje og gass"], nynorsk: "Industri, olje og gass", english: "Industry, oil and gas"),
        KnownSector(names: ["Jordbruk"], nynorsk: "Jordbruk", english: "Agriculture"),
        KnownSector(names: ["Luftfart"], nynorsk: "Luftfart", english: "Aviation"),
        KnownSector(names: ["Oppvarming"], nynorsk: "Oppvarming", english: "Heating"),
        KnownSector(
            names: ["produkter med fluorgasser", "Bruk av produkter med fluorgasser"],
            nynorsk: "Produkt med fluorgassar", english: "Products with fluorinated gases"),
        KnownSector(names: ["Sjøfart"], nynorsk: "Sjøfart", english: "Shipping"),
        KnownSector(names: ["Veitrafikk"], nynorsk: "Vegtrafikk", english: "Road traffic"),
    ]

    /// The index in ``sectors`` of a sector name as a cell gives it, in any letter case and spacing.
    package static func sectorIndex(_ name: String) -> Int? {
        let wanted = key(name)
        return sectors.firstIndex { $0.names.contains { key($0) == wanted } }
    }

    /// Every name of every known sector, for messages and suggestions.
    package static var allSectorNames: [String] {
        sectors.flatMap(\.names)
    }

    /// Two names are the same sector when their keys are equal, and so are the names of one known sector.
    package static func sameSector(_ first: String, _ second: String) -> Bool {
        if key(first) == key(second) { return true }
        guard let index = sectorIndex(first) else { return false }
        return sectorIndex(second) == index
    }

    /// A cell's text without the debris the statistics carry: surrounding spaces and line breaks, and Excel's
    /// escaped carriage return `_x000D_` (or line feed `_x000A_`) at either end.
    package static func clean(_ text: String) -> String {
        // Most cells carry no debris: a text that starts and ends with a letter or digit is returned as it is.
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, first != "_", last != "_",
            !first.properties.isWhitespace, !last.properties.isWhitespace
        {
            return text
        }
        var result = text.trimmingWhitespace()
        var changed = true
        while changed {
            changed = false
            for escape in ["_x000D_", "_x000A_", "_x000d_", "_x000a_"] {
                if result.hasSuffix(escape) {
                    result = String(result.dropLast(escape.count)).trimmingWhitespace()
                    changed = true
                }
                if result.hasPrefix(escape) {
                    result = String(result.dropFirst(escape.count)).trimmingWhitespace()
                    changed = true
                }
            }
        }
        return result
    }

    /// A name as compared: cleaned, in lower case, every run of spaces (also no-break spaces and line breaks)
    /// one space.
    package static func key(_ text: String) -> String {
        clean(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A column heading as compared: its key without any space, with CO₂'s subscript two as a plain 2, so
    /// "Utslipp (tonn CO₂-ekvivalenter)" and "utslipp (tonn CO2 - ekvivalenter)" are the same heading.
    package static func headingKey(_ text: String) -> String {
        String(key(text).replacingOccurrences(of: "\u{2082}", with: "2").filter { !$0.isWhitespace })
    }

    /// An id for a sector derived from its name: lower case ASCII letters and digits, æ as "ae", ø as "o",
    /// å as "a", everything else a hyphen: "Industri, olje og gass" gives "industri-olje-og-gass".
    package static func sectorID(_ name: String) -> String {
        var id = ""
        for character in key(name) {
            switch character {
            case "æ": id += "ae"
            case "ø": id += "o"
            case "å": id += "a"
            case _ where character.isASCII && (character.isLetter || character.isNumber): id.append(character)
            default: if !id.isEmpty && !id.hasSuffix("-") { id += "-" }
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? "sektor" : id
    }

    /// A municipality number as four digits ("0301"), from a number cell (301) or a text cell ("301",
    /// "0301"); `nil` for anything that is not a whole number from 1 to 9999.
    package static func municipalityNumber(_ value: SheetValue) -> String? {
        switch value {
        case .number(let number):
            guard number == number.rounded(), number >= 1, number <= 9999 else { return nil }
            return fourDigits(Int(number))
        case .text(let text):
            let cleaned = clean(text)
            guard !cleaned.isEmpty, cleaned.count <= 4, cleaned.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(cleaned), number >= 1
            else { return nil }
            return fourDigits(number)
        case .bool, .date, .error:
            return nil
        }
    }

    /// A municipality as the user names it: a number ("5001", "0301", "301") as four digits, else `nil`.
    package static func municipalityNumber(given text: String) -> String? {
        municipalityNumber(.text(text))
    }

    private static func fourDigits(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
