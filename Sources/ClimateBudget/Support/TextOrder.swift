extension Array where Element == String {
    /// The texts in the order `sorted()` gives them, found faster when every text is ASCII.
    ///
    /// A budget of 9 999 measures sorts its file names before it reads them, and `sorted()` compares two texts
    /// through the standard library's Unicode-aware comparison, 70 ns a time: a tenth of a core's share of the
    /// loading, all of it before the files could be read on every core. ASCII texts sort as their bytes do, so each
    /// is given its first sixteen bytes as two numbers, and only two texts that share those are compared as texts.
    /// A text with any other character keeps `sorted()`, whose order of such texts (canonically equivalent ones,
    /// "å" written as one character or two, are equal) is not the order of their bytes.
    package func sortedAsText() -> [String] {
        guard count > 1 else { return self }
        var keys: [TextKey] = []
        keys.reserveCapacity(count)
        for (offset, text) in enumerated() {
            // Each text's bytes where it keeps them, without going through them one by one as a collection.
            var text = text
            guard let key = text.withUTF8({ TextKey($0, at: offset) }) else { return sorted() }
            keys.append(key)
        }
        keys.sort { left, right in
            if left.high != right.high { return left.high < right.high }
            if left.low != right.low { return left.low < right.low }
            return self[left.offset] < self[right.offset]
        }
        return keys.map { self[$0.offset] }
    }
}

/// The first sixteen bytes of an ASCII text as two numbers whose order is the order of those bytes (a shorter text
/// is padded with zero bytes, which no printable character is, so "ab" comes before "abc" as it should).
private struct TextKey {
    var high: UInt64 = 0
    var low: UInt64 = 0
    let offset: Int

    /// The key of a text's UTF-8 bytes; `nil` when they are not all ASCII.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        self.offset = offset
        var all: UInt8 = 0
        for byte in bytes { all |= byte }
        guard all < 0x80 else { return nil }
        for place in 0..<Swift.min(bytes.count, 16) {
            let shift = UInt64(56 - 8 * (place % 8))
            if place < 8 { high |= UInt64(bytes[place]) << shift } else { low |= UInt64(bytes[place]) << shift }
        }
    }
}
