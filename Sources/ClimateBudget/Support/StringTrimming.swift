extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    ///
    /// Written here so the domain target needs nothing beyond the standard library.
    package func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
