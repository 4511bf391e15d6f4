#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Our own JSON reader (RFC 8259): one pass over the bytes builds our tree (``JSONValue``) directly, notes the
/// first field that appears twice in an object, and on a syntax error says where the first wrong byte is and what
/// is wrong there, in words the environment unit understands.
///
/// It accepts what Foundation's parser accepted on Linux, including a comma before a closing bracket
/// (`[1, 2,]`), so a file that loaded when Foundation read it still loads. It keeps open lists and objects on a
/// stack rather than recursing, so its cost is linear in the file and no nesting depth can exhaust the call stack.
enum JSONSyntax {
    /// The first wrong byte of a text and what is wrong there.
    struct Problem: Error, Equatable {
        /// The byte offset of the wrong byte; the text's length when it ends too early.
        var offset: Int
        /// What is wrong and what to write instead, without the place.
        var detail: String
        /// Whether the problem is a text in quotes that is not UTF-8, which the caller reports as a file that is
        /// not UTF-8 text rather than as a syntax error.
        var notUTF8 = false
    }

    /// The first syntax error in `bytes`, or `nil` when they hold one JSON value (any value, as the loader
    /// allows fragments), optionally after a byte order mark, with only whitespace around it.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        if case .failure(let problem) = read(bytes).value { return problem }
        return nil
    }

    /// What one reading found: the value or the first syntax error, and the first repeated field.
    struct Result {
        /// The value, or the first syntax error.
        var value: Swift.Result<JSONValue, Problem>
        /// The first field that appears a second time in the same object, with the byte offset of its second
        /// appearance (its opening quote); a later one is not looked for.
        var repeated: (key: String, offset: Int)?
    }

    /// Reads `bytes` as one JSON value.
    static func read(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { read($0) }
    }

    /// Reads the bytes as one JSON value.
    ///
    /// Every text in quotes is checked to be UTF-8 as it is decoded, and everything outside texts must be ASCII
    /// to be JSON, so a text that reads is UTF-8 without a second pass over the file.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var reading = JSONReading(bytes: bytes)
        let value = reading.run()
        return Result(value: value, repeated: reading.repeated)
    }

    /// How deep lists and objects may nest: far more than any budget file needs.
    static let maximumDepth = 1_000

    static let endOfText = "the file ends before the JSON is complete; a closing } or ] is missing"
    static let missingValue =
        "a value is missing or misspelt here: write a number, a text in quotes, true, false, null, a list [ ] or an object { }"
    static let missingKey = "a field name in quotes is missing here"
}

/// One pass over one text; see ``JSONSyntax``.
///
/// It reads through an unsafe buffer: every index is checked against the end before it is read (``current`` and
/// the loops), and the buffer does not check again, which on the thousands of bytes of a measure file halved the
/// time of the reading.
///
/// Its pieces (a text, a number, a known name, whitespace) are also the steps of ``PlainMeasureFile``, which
/// reads a measure file without building the tree.
struct JSONReading {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// The first repeated field and where it appears again.
    var repeated: (key: String, offset: Int)?

    /// A list or object still open at `index`, with what it holds so far.
    private struct Frame {
        var isObject: Bool
        /// An object's fields so far, each name once.
        var members = JSONObject()
        var items: [JSONValue] = []
        /// An object's field whose value is read next.
        var key = ""
        /// The byte offset of that field's opening quote.
        var keyOffset = 0
        /// That name's place in ``JSONNames`` when it is a known name (and so ASCII); `nil` for any other name.
        var keyPlace: Int?
        /// The places of the known names the object has so far, while it has no other name: a known name not
        /// among them cannot be there already (two names of different ASCII bytes are never equal), so it is added
        /// without searching the fields; a measure file's objects have only known names.
        var knownNames = JSONNames.Places()
        var onlyKnownNames = true

        var value: JSONValue { isObject ? .object(members) : .array(items) }
    }

    /// The lists and objects open at `index`, innermost last.
    private var open: [Frame] = []

    /// The names read without being made anew (see ``JSONNames``).
    private let names = JSONNames.measureFiles

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func problem(_ detail: String, at offset: Int? = nil) -> JSONSyntax.Problem {
        JSONSyntax.Problem(offset: offset ?? index, detail: detail)
    }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    mutating func run() -> Result<JSONValue, JSONSyntax.Problem> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while true {
            // A value is expected here: at the start, after a colon, after a comma in a list, after "[".
            skipWhitespace()
            guard let byte = current else { return .failure(problem(JSONSyntax.endOfText)) }
            let value: JSONValue
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                let bracket = index
                index += 1
                skipWhitespace()
                if current == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    value = isObject ? .object(JSONObject()) : .array([])
                } else {
                    // A value nested deeper than any budget file needs is refused: the tree is freed level by
                    // level, and a text of nothing but brackets must not exhaust the call stack there.
                    guard open.count < JSONSyntax.maximumDepth else {
                        return .failure(
                            problem(
                                "lists and objects are nested more than \(JSONSyntax.maximumDepth) deep here; a budget file needs a few levels",
                                at: bracket))
                    }
                    // An object's first field name comes before its first value.
                    var frame = Frame(isObject: isObject)
                    // Room for the few fields or items most have, so a small object is not moved as it grows.
                    if isObject { frame.members.reserveCapacity(8) } else { frame.items.reserveCapacity(4) }
                    open.append(frame)
                    if isObject, let problem = key() { return .failure(problem) }
                    continue
                }
            case UInt8(ascii: "\""):
                switch string() {
                case .success(let text): value = .string(text)
                case .failure(let problem): return .failure(problem)
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                switch number() {
                case .success(let number): value = .number(number)
                case .failure(let problem): return .failure(problem)
                }
            default:
                switch literal() {
                case .success(let literal): value = literal
                case .failure(let problem): return .failure(problem)
                }
            }
            // A value is complete: what may follow depends on what is open around it.
            switch afterValue(value) {
            case .failure(let problem): return .failure(problem)
            case .success(let root?): return .success(root)
            case .success(nil): continue
            }
        }
    }

    /// After a complete value: put it into what is open around it, close what closes, and stop after a comma (or
    /// a key and its colon) where the next value begins (`nil`); the whole text's value when nothing is open and
    /// the text ends as it should.
    private mutating func afterValue(_ completed: JSONValue) -> Result<JSONValue?, JSONSyntax.Problem> {
        var value = completed
        while true {
            skipWhitespace()
            guard let last = open.indices.last else {
                return current == nil
                    ? .success(value)
                    : .failure(problem("there is more after the end of the JSON; a file holds one object or list"))
            }
            if open[last].isObject {
                // One search both stores the value and tells whether the field was there already; the repeat
                // reported is the one that appears first in the text, as if each name were checked where it stands.
                let (key, offset) = (open[last].key, open[last].keyOffset)
                if let place = open[last].keyPlace, open[last].onlyKnownNames,
                    open[last].knownNames.insert(place)
                {
                    open[last].members.append(value, forNewKey: key)
                } else {
                    if open[last].keyPlace == nil { open[last].onlyKnownNames = false }
                    let isASCII: Bool? = open[last].keyPlace == nil ? nil : true
                    if open[last].members.updateValue(value, forKey: key, isASCII: isASCII) != nil,
                        offset < repeated?.offset ?? Int.max
                    {
                        repeated = (key, offset)
                    }
                }
            } else {
                open[last].items.append(value)
            }
            guard let byte = current else { return .failure(problem(JSONSyntax.endOfText)) }
            let isObject = open[last].isObject
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            if byte == close {
                index += 1
                value = open.removeLast().value
                continue
            }
            guard byte == UInt8(ascii: ",") else {
                return .failure(problem("a comma or a closing \(isObject ? "}" : "]") is missing before this"))
            }
            index += 1
            skipWhitespace()
            // A comma before the closing bracket is allowed, as Foundation allowed it: a file that loaded then
            // must not start failing because we read it ourselves.
            if current == close {
                index += 1
                value = open.removeLast().value
                continue
            }
            if isObject, let problem = key() { return .failure(problem) }
            return .success(nil)
        }
    }

    /// A field name in quotes and its colon, with the whitespace around them; the name becomes the innermost
    /// object's next key (a name the object already has is noted as repeated when its value is stored).
    private mutating func key() -> JSONSyntax.Problem? {
        skipWhitespace()
        guard let byte = current else { return problem(JSONSyntax.endOfText) }
        guard byte == UInt8(ascii: "\"") else { return problem(JSONSyntax.missingKey) }
        let start = index
        let name: String
        var place: Int?
        if let known = knownName() {
            (name, place) = known
        } else {
            switch string() {
            case .success(let text): name = text
            case .failure(let problem): return problem
            }
        }
        let last = open.count - 1
        open[last].key = name
        open[last].keyOffset = start
        open[last].keyPlace = place
        skipWhitespace()
        guard let colon = current else { return problem(JSONSyntax.endOfText) }
        guard colon == UInt8(ascii: ":") else { return problem("a colon (:) is missing after the field name") }
        index += 1
        return nil
    }

    /// At an opening quote: a name of at most 16 ASCII bytes without escapes that ``names`` has, the reading moved
    /// past its closing quote; `nil`, and the reading where it was, for any other text, which ``string()`` reads.
    mutating func knownName() -> (name: String, place: Int)? {
        let start = index + 1
        // Sixteen bytes at once where the text has them: the first byte that ends a plain name (a quote, a
        // backslash, a control character or a byte of a character that is not ASCII) is found in each half of
        // them by the bit tricks of ``specialMarks(_:)``, and the name is looked up by the bytes before it.
        if start + 16 <= bytes.count, let base = bytes.baseAddress {
            let first = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            let second = UInt64(littleEndian: UnsafeRawPointer(base + start + 8).loadUnaligned(as: UInt64.self))
            var length = Self.firstStop(first)
            if length == 8 { length += Self.firstStop(second) }
            guard length < 16 || bytes.count > start + 16, bytes[start + length] == UInt8(ascii: "\""),
                let name = names.lookup(
                    first: Self.keep(first, bytes: length), second: Self.keep(second, bytes: length - 8), count: length)
            else { return nil }
            index = start + length + 1
            return name
        }
        var end = start
        while end < bytes.count, end - start <= 16 {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { break }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
            end += 1
        }
        guard end < bytes.count, end - start <= 16, bytes[end] == UInt8(ascii: "\""), let base = bytes.baseAddress,
            let name = names.lookup(base + start, count: end - start)
        else { return nil }
        index = end + 1
        return name
    }

    /// A text in quotes, from its opening quote to just after its closing one, with its escapes decoded; a text
    /// that is not UTF-8 is a problem marked ``JSONSyntax/Problem/notUTF8``.
    mutating func string() -> Result<String, JSONSyntax.Problem> {
        let start = index
        index += 1
        var run = index
        // Decoded bytes, used only once an escape is met; a text without escapes is taken as it stands.
        var decoded: [UInt8] = []
        var escaped = false
        // Every byte of the text ORed together: below 0x80 when the text is ASCII, as most are.
        var bits: UInt8 = 0
        let end = bytes.count
        while index < end {
            // Eight bytes at a time while none of them is one of the three that matter (a quote, a backslash, a
            // control character): the long descriptions of a measure file are most of its bytes.
            if index + 8 <= end, let base = bytes.baseAddress {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let marks = Self.specialMarks(word)
                if marks == 0 {
                    if word & 0x8080_8080_8080_8080 != 0 { bits |= 0x80 }
                    index += 8
                    continue
                }
                // The bytes before the first special one are ordinary: stepped over at once, to the byte that
                // ends the text or starts an escape (the end of every text was read byte by byte).
                let ordinary = marks.trailingZeroBitCount / 8
                if Self.keep(word, bytes: ordinary) & 0x8080_8080_8080_8080 != 0 { bits |= 0x80 }
                index += ordinary
            }
            let byte = bytes[index]
            // Most bytes are none of the three that matter.
            if byte > 0x22 && byte != 0x5C {
                bits |= byte
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                let text: String?
                if escaped {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    text = decoded.withUnsafeBufferPointer { Self.text($0, isASCII: false) }
                } else {
                    text = Self.text(UnsafeBufferPointer(rebasing: bytes[run..<index]), isASCII: bits < 0x80)
                }
                guard let text else {
                    return .failure(JSONSyntax.Problem(offset: start, detail: "", notUTF8: true))
                }
                index += 1
                return .success(text)
            case UInt8(ascii: "\\"):
                let escape = index
                if !escaped { decoded.reserveCapacity(index - run + 16) }
                escaped = true
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                index += 1
                guard let next = current else { break }
                if let simple = Self.simpleEscape(next) {
                    decoded.append(simple)
                    index += 1
                } else if next == UInt8(ascii: "u") {
                    guard let unit = hexUnit(at: index + 1) else {
                        return .failure(
                            problem("\\u must be followed by four hexadecimal digits, such as \\u00e5", at: escape))
                    }
                    index += 5
                    var scalar = Unicode.Scalar(unit)
                    // A pair of surrogates (\ud83d\ude00) is one character; a lone one is not a character.
                    if (0xD800..<0xDC00).contains(unit), current == UInt8(ascii: "\\"),
                        index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
                        let low = hexUnit(at: index + 2), (0xDC00..<0xE000).contains(low)
                    {
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        index += 6
                    }
                    decoded += Array(String(Character(scalar ?? "\u{FFFD}")).utf8)
                } else {
                    return .failure(
                        problem(
                            "a backslash starts an escape such as \\n; write \\\\ for a backslash itself", at: escape))
                }
                run = index
            case 0x0A, 0x0D:
                return .failure(
                    problem("a text in quotes is not closed before the end of the line; add the closing quote"))
            case 0x00..<0x20:
                return .failure(
                    problem("a text in quotes holds a control character such as a tab; write a tab as \\t"))
            default:
                index += 1
            }
        }
        return .failure(problem("a text in quotes is not closed; add the closing quote", at: start))
    }

    /// How many bytes of `word` (the first in its lowest byte) come before the first that is a quote, a backslash,
    /// a control character or not ASCII; 8 when none is.
    ///
    /// A byte is marked by its high bit in `x - n…n & ~x & 0x80…80` when it is below `n`, and a zero byte of
    /// `x ^ c…c` marks a byte equal to `c`; a borrow can mark a byte above a marked one too, never below, so the
    /// lowest mark is exact.
    private static func firstStop(_ word: UInt64) -> Int {
        (specialMarks(word) | (word & 0x8080_8080_8080_8080)).trailingZeroBitCount / 8
    }

    /// The lowest `bytes` bytes of `word`, the others zero (all eight for 8 or more, none for 0 or fewer).
    private static func keep(_ word: UInt64, bytes: Int) -> UInt64 {
        if bytes >= 8 { return word }
        if bytes <= 0 { return 0 }
        return word & ((1 << UInt64(8 * bytes)) - 1)
    }

    /// The high bit of each of the eight bytes of `word` (the first in its lowest byte) that may be a quote, a
    /// backslash or a control character (below 0x20): zero exactly when none is, and the lowest bit set marks the
    /// first that is.
    ///
    /// The bit tricks of "Bit Twiddling Hacks" (S. E. Anderson): `x - 0x01…01 & ~x & 0x80…80` is not zero exactly
    /// when a byte of `x` is zero, so a byte equal to `c` shows as a zero byte of `x ^ c…c`; and
    /// `x - n…n & ~x & 0x80…80` is not zero exactly when a byte of `x` is below `n` (for `n` up to 128). A borrow
    /// can mark a byte above a marked one too, never below, so the lowest mark is exact.
    private static func specialMarks(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zeros(word ^ (ones &* 0x22)) | zeros(word ^ (ones &* 0x5C)) | ((word &- ones &* 0x20) & ~word & highs)
    }

    /// The UTF-8 bytes as a text, or `nil` when they are not UTF-8.
    ///
    /// Not `String(validating:as:)`, which is generic over the encoding and looked its types up at run time on
    /// every call: a fifth of the reading's time went there. Decoding repairs what is not UTF-8, so a text that
    /// is not ASCII is UTF-8 exactly when its bytes come back unchanged.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if isASCII { return text }
        // Compared through the text's own storage: comparing through its UTF-8 view, byte by byte, cost as much as
        // the whole reading.
        let unchanged =
            text.utf8.count == bytes.count
            && (text.utf8.withContiguousStorageIfAvailable { same($0, bytes) } ?? text.utf8.elementsEqual(bytes))
        return unchanged ? text : nil
    }

    /// Whether two buffers of one length hold the same bytes (`memcmp`, where the generic `elementsEqual` went
    /// byte by byte through its iterators).
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return a.count == 0 }
        return memcmp(left, right, a.count) == 0
    }

    /// The byte an escape of one letter (`\n`, `\"`, ...) stands for, or `nil` for any other letter.
    private static func simpleEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The four hexadecimal digits at `offset` as a number, or `nil` when there are not four.
    private func hexUnit(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var unit: UInt32 = 0
        for byte in bytes[offset..<(offset + 4)] {
            guard Self.isHexDigit(byte) else { return nil }
            let digit = Self.isDigit(byte) ? byte - UInt8(ascii: "0") : (byte | 0x20) - UInt8(ascii: "a") + 10
            unit = unit << 4 + UInt32(digit)
        }
        return unit
    }

    /// A number: an optional minus, whole digits without a leading zero, optional decimals and exponent.
    mutating func number() -> Result<Double, JSONSyntax.Problem> {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, Self.isDigit(first) else {
            return .failure(problem("a number needs a digit after its minus sign"))
        }
        index += 1
        if first == UInt8(ascii: "0"), let next = current, Self.isDigit(next) {
            return .failure(
                problem("a number cannot begin with 0 followed by more digits; remove the leading zero", at: start))
        }
        skipDigits()
        if current == UInt8(ascii: ".") {
            index += 1
            guard let digit = current, Self.isDigit(digit) else {
                return .failure(problem("a number needs a digit after its decimal point"))
            }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let digit = current, Self.isDigit(digit) else {
                return .failure(problem("a number needs a digit in its exponent"))
            }
            skipDigits()
        }
        // Whole numbers of up to 15 digits, most figures in a budget, are exact in a Double: summing the digits
        // gives the same value as reading the text, without making a text.
        let digits = bytes[start] == UInt8(ascii: "-") ? start + 1 : start
        if index - digits <= 15, bytes[digits..<index].allSatisfy(Self.isDigit) {
            var whole = 0
            for byte in bytes[digits..<index] { whole = whole * 10 + Int(byte - UInt8(ascii: "0")) }
            // "-0" stays the negative zero that reading the text gives.
            return .success(digits > start ? -Double(whole) : Double(whole))
        }
        // The text is a valid JSON number, which Double reads (one too large for a Double becomes infinity,
        // which the field readers refuse as out of range).
        return .success(Double(String(decoding: bytes[start..<index], as: UTF8.self)) ?? .nan)
    }

    /// `true`, `false` or `null`; anything else is a missing or misspelt value, located at its start.
    private mutating func literal() -> Result<JSONValue, JSONSyntax.Problem> {
        for (word, value) in Self.literals where bytes[index...].starts(with: word) {
            index += word.count
            return .success(value)
        }
        return .failure(problem(JSONSyntax.missingValue))
    }

    /// The three literal words and their values.
    private static let literals: [([UInt8], JSONValue)] = [
        (Array("true".utf8), .bool(true)), (Array("false".utf8), .bool(false)), (Array("null".utf8), .null),
    ]

    private mutating func skipDigits() {
        while let byte = current, Self.isDigit(byte) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}
