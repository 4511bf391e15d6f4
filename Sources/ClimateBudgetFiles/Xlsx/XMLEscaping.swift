/// XML's escapes and Excel's, in one place for the reader and the writer: the five predefined entities
/// (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`), and Excel's `_xHHHH_` escapes of characters XML cannot hold
/// (Office Open XML's ST_Xstring, such as `_x000D_` for a carriage return).
enum XMLEscaping {
    /// XML's five predefined entities, by name: what the reader replaces and the writer writes.
    static let predefinedEntities: [String: UInt8] = [
        "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"), "amp": UInt8(ascii: "&"), "quot": UInt8(ascii: "\""),
        "apos": UInt8(ascii: "'"),
    ]

    /// The entity the writer uses for a character that must be escaped, from the same table.
    private static let entityByCharacter: [UInt8: String] = Dictionary(
        uniqueKeysWithValues: predefinedEntities.filter { $0.key != "apos" }.map { ($0.value, "&\($0.key);") })

    /// Text as XML character data or a quoted attribute value: `&`, `<`, `>` and `"` as entities, and in an
    /// attribute tab, line feed and carriage return as character references (a reader would make them spaces).
    /// A carriage return in character data is written `&#13;`, which a reader keeps (a bare one becomes a line
    /// feed). Characters XML cannot hold at all (most control characters) must be escaped before, as
    /// ``cellText(_:)`` does for Excel.
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if let entity = entityByCharacter[byte] {
                output.append(contentsOf: entity.utf8)
            } else if byte == 0x0D || (attribute && (byte == 0x09 || byte == 0x0A)) {
                output.append(contentsOf: "&#\(byte);".utf8)
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A cell's text as Excel writes it in a worksheet or shared string, before XML escaping: a carriage return
    /// and every control character XML cannot hold as `_xHHHH_`, and the underscore of a literal `_xHHHH_` in
    /// the text as `_x005F_`, so that ``excelText(_:)`` reads back exactly the text given.
    static func excelEscaped(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "_"), excelEscapeUnit(in: bytes, at: index) != nil {
                output.append(contentsOf: "_x005F_".utf8)
            } else if byte < 0x20 && byte != 0x09 && byte != 0x0A {
                output.append(contentsOf: escape(UInt16(byte)).utf8)
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A cell's text as it stands in the XML: ``excelEscaped(_:)``, then ``escaped(_:attribute:)``.
    static func cellText(_ text: String) -> String {
        escaped(excelEscaped(text))
    }

    /// `_xHHHH_` for a UTF-16 code unit.
    private static func escape(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: 4 - digits.count) + digits + "_"
    }

    /// The UTF-16 code unit of an Excel escape `_xHHHH_` (four hexadecimal digits) at a position; nil if none
    /// starts there. The reader decodes with this and the writer guards literal underscores with it.
    static func excelEscapeUnit(in bytes: [UInt8], at position: Int) -> UInt16? {
        guard position + 7 <= bytes.count, bytes[position] == UInt8(ascii: "_"),
            bytes[position + 1] == UInt8(ascii: "x"), bytes[position + 6] == UInt8(ascii: "_")
        else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(position + 2)..<(position + 6)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
