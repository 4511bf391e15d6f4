import Foundation

/// A plain-text table for terminals: text columns left-aligned, figures right-aligned.
package struct TextTable {
    /// The header row; its first cell is usually empty.
    package var header: [String]
    /// The body rows; a row may be shorter than the header.
    package var rows: [[String]]
    /// Which columns are right-aligned (figures); `nil` means every column but the first.
    package var rightAligned: Set<Int>?

    /// Creates a table.
    package init(header: [String], rows: [[String]], rightAligned: Set<Int>? = nil) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table as lines of text, columns separated by at least two spaces, without trailing spaces.
    package func rendered() -> String {
        let all = [header] + rows
        let columns = all.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return all.map { row in
            (0..<columns).map { column -> String in
                let cell = column < row.count ? row[column] : ""
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let right = rightAligned?.contains(column) ?? (column > 0)
                return right ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

/// A Markdown (GitHub-flavoured) table; cell text is escaped so that a "|" cannot break the table.
package struct MarkdownTable {
    /// The header row.
    package var header: [String]
    /// The body rows.
    package var rows: [[String]]
    /// Which columns are right-aligned (figures).
    package var rightAligned: Set<Int>

    /// Creates a table.
    package init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table in Markdown.
    package func rendered() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(Self.escaped).joined(separator: " | ") + " |"
        }
        let rule = header.indices.map { rightAligned.contains($0) ? "---:" : "---" }
        return ([line(header), "| " + rule.joined(separator: " | ") + " |"] + rows.map(line)).joined(separator: "\n")
            + "\n"
    }

    /// Cell text escaped for Markdown, so that data such as a "|" in a title cannot break the table.
    static func escaped(_ text: String) -> String {
        Markup.escapeMarkdown(text)
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
