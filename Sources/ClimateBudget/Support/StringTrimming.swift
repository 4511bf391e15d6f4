extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    ///
    /// Written here so the domain target needs nothing beyond the standard library.
    package func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        // Most names and texts have nothing to trim: then the string is its own result, without a copy.
        if let first, let last, !isSpace(first), !isSpace(last) { return self }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
