extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    ///
    /// Written here so the domain target needs nothing beyond the standard library.
    package func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        // Most names and texts begin and end with a printable ASCII character other than a space, told from the
        // first and last byte without finding the first and last character (a character is whitespace by its
        // first scalar, and no character that ends in such a byte begins with whitespace).
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        // Otherwise a string with nothing to trim is still its own result, without a copy.
        if let first, let last, !isSpace(first), !isSpace(last) { return self }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
