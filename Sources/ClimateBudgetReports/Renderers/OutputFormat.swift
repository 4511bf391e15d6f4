/// The formats a report can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned text for a person at a terminal.
    case text
    /// A GitHub-flavoured Markdown table, for a pull request or a wiki.
    case markdown
    /// Comma-separated values, one row per year or measure, for spreadsheets.
    case csv
    /// JSON, the contract CI reads; documented in the README.
    case json
}
