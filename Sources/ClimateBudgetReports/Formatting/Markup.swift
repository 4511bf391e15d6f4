/// Escaping of text from the budget's data before it goes into HTML, SVG or Markdown.
///
/// Titles, descriptions and actor names are typed by people; a title such as `<script>alert(1)</script>`
/// must show as text and run nothing.
package enum Markup {
    /// Text for HTML and SVG (XML): `&`, `<`, `>`, `"` and `'` become entities.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // Control characters are not allowed in XML at all: show them as the replacement character.
            case _ where character.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }:
                result += "\u{FFFD}"
            default: result.append(character)
            }
        }
        return result
    }

    /// Text for a Markdown paragraph or table cell: `<`, `>` and `&` become entities (so no HTML can run),
    /// and the characters that would start Markdown syntax (`|`, `*`, `_`, `` ` ``, `[`, `]`, `\`) are
    /// backslash-escaped; line breaks become spaces. Quotes stay as they are, readable in the raw file.
    package static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|", "*", "_", "`", "[", "]", "\\": result += "\\" + String(character)
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
