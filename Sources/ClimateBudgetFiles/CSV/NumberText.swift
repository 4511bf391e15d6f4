/// Reading numbers as people type them in data files and spreadsheets.
package enum NumberText {
    /// The number in a text such as "524491", "524 491", "−18.5" or, with `decimalComma`, "18,5".
    ///
    /// Spaces (also no-break and thin spaces) are thousands separators; the real minus sign is accepted.
    /// With `decimalComma` a point is refused, since "1.900" may mean 1 900 or 1.9. Anything else, such as
    /// "500 t" or "n/a", is not a number.
    package static func parse(_ text: String, decimalComma: Bool = false) -> Double? {
        // Most figures are plain (digits, perhaps a leading minus and a decimal point where a point is one): such a
        // text is read as it stands, with nothing to clean, as the loop below would leave it.
        if isPlain(text, decimalComma: decimalComma) {
            guard let value = Double(text), value.isFinite else { return nil }
            return value
        }
        var cleaned = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\u{00A0}", "\u{202F}", "\u{2009}", "\t": continue
            case "\u{2212}": cleaned.append("-")
            case ",": if decimalComma { cleaned.append(".") } else { return nil }
            case ".": if decimalComma { return nil } else { cleaned.append(".") }
            default: cleaned.unicodeScalars.append(scalar)
            }
        }
        guard !cleaned.isEmpty,
            cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }

    /// Whether the text is digits, with perhaps a minus first and points (when a point is the decimal sign): the
    /// texts the cleaning in ``parse(_:decimalComma:)`` leaves as they are.
    private static func isPlain(_ text: String, decimalComma: Bool) -> Bool {
        var position = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where position == 0: break
            case UInt8(ascii: ".") where !decimalComma: break
            default: return false
            }
            position += 1
        }
        return position > 0
    }
}
