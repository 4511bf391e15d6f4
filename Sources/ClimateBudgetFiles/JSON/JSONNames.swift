/// The field names a budget's measure files are made of, each kept as one text that every file's reading shares.
///
/// A measure file is about 45 field names and 30 other texts; making each name anew from its bytes (checking
/// them as UTF-8, then building the text) was a twentieth of reading a budget of 9 999 measures. A name of at
/// most 16 ASCII bytes without escapes is looked up here by its bytes instead, a few instructions, and a name
/// not here is made from its bytes as before: the table decides only how fast a name is read, never what it
/// reads as.
struct JSONNames: Sendable {
    /// The names of the measure files (``MeasureFile``'s fields at every level) and the years that name the
    /// figures of an effect, 2000 to 2100 (with the fields, 126 names: within the 128 a table keeps).
    static let measureFiles = JSONNames(
        MeasureFile.fields + MeasureFile.statusFields + MeasureFile.responsibilityFields + MeasureFile.overlapFields
            + (2000...2100).map(String.init))

    /// One name's bytes as two numbers (see ``key(_:count:)``) and its length; a length of -1 marks a free place.
    ///
    /// Plain numbers, kept apart from the names: a search reads them without retaining and releasing a text.
    private struct Entry: Sendable {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var count = -1
    }

    /// Open addressing: each name at its hash or the first free place after it; a power of two places, at most
    /// half of them taken, so a search ends at a free place after a step or two.
    private var places: [Entry]
    /// The name at each taken place.
    private var names: [String]
    private let mask: Int

    /// The table of the names (those longer than 16 bytes or not ASCII are left out; so are those past the first
    /// ``Places/capacity`` / 2, so that every place fits in a set of ``Places``).
    init(_ names: [String]) {
        let names = Array(names.prefix(Places.capacity / 2))
        var size = 16
        while size < 2 * names.count { size *= 2 }
        places = Array(repeating: Entry(), count: size)
        self.names = Array(repeating: "", count: size)
        mask = size - 1
        for name in names {
            let bytes = Array(name.utf8)
            guard bytes.count <= 16, name.isASCII else { continue }
            let (first, second) = bytes.withUnsafeBufferPointer { Self.key($0.baseAddress, count: $0.count) }
            var place = Self.hash(first, second, bytes.count) & mask
            while places[place].count >= 0 {
                let entry = places[place]
                if entry.first == first && entry.second == second && entry.count == bytes.count { break }
                place = (place + 1) & mask
            }
            places[place] = Entry(first: first, second: second, count: bytes.count)
            self.names[place] = name
        }
    }

    /// The place of `name` in the table, if the table has it.
    func place(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count <= 16, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return lookup(base, count: bytes.count)?.place
        }
    }

    /// The name whose bytes these are, if the table has it; the caller has made sure that they are at most 16
    /// ASCII bytes.
    func name(_ bytes: UnsafePointer<UInt8>, count: Int) -> String? {
        lookup(bytes, count: count)?.name
    }

    /// The name whose bytes these are and its place in the table (below ``Places/capacity``), if the table has it.
    func lookup(_ bytes: UnsafePointer<UInt8>, count: Int) -> (name: String, place: Int)? {
        let (first, second) = Self.key(bytes, count: count)
        return lookup(first: first, second: second, count: count)
    }

    /// The name of `count` bytes given as two numbers as ``key(_:count:)`` makes them, and its place; `nil` when
    /// the table has no such name.
    func lookup(first: UInt64, second: UInt64, count: Int) -> (name: String, place: Int)? {
        let found = places.withUnsafeBufferPointer { places -> Int? in
            var place = Self.hash(first, second, count) & mask
            while places[place].count >= 0 {
                let entry = places[place]
                if entry.first == first && entry.second == second && entry.count == count { return place }
                place = (place + 1) & mask
            }
            return nil
        }
        return found.map { (names[$0], $0) }
    }

    /// A set of places in the table, four words of bits on the stack (no allocation for each object read).
    struct Places {
        /// How many places a table may have, so that every place fits in the set.
        static let capacity = 256
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        /// Adds `place`; `false` when it was there already.
        mutating func insert(_ place: Int) -> Bool {
            let bit: UInt64 = 1 << UInt64(place & 63)
            let before: UInt64
            switch place >> 6 {
            case 0: (before, words.0) = (words.0, words.0 | bit)
            case 1: (before, words.1) = (words.1, words.1 | bit)
            case 2: (before, words.2) = (words.2, words.2 | bit)
            default: (before, words.3) = (words.3, words.3 | bit)
            }
            return before & bit == 0
        }
    }

    /// Up to 16 bytes as two numbers, the first eight bytes in the first (the first byte lowest), the rest in the
    /// second, zero where there are none: with the count, two names have the same numbers exactly when they have
    /// the same bytes.
    private static func key(_ bytes: UnsafePointer<UInt8>?, count: Int) -> (UInt64, UInt64) {
        var first: UInt64 = 0
        var second: UInt64 = 0
        guard let bytes else { return (0, 0) }
        for place in 0..<min(count, 16) {
            let byte = UInt64(bytes[place])
            if place < 8 { first |= byte << (8 * place) } else { second |= byte << (8 * (place - 8)) }
        }
        return (first, second)
    }

    private static func hash(_ first: UInt64, _ second: UInt64, _ count: Int) -> Int {
        let mixed = (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        return Int(truncatingIfNeeded: mixed >> 32)
    }
}
