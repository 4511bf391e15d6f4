/// Our own reading of JSON syntax (RFC 8259): where the first wrong byte of a text is, and what is wrong there,
/// in words the environment unit understands.
///
/// It accepts what Foundation's parser accepts on Linux, including a comma before a closing bracket
/// (`[1, 2,]`), so that it never points at a place Foundation would read past.
///
/// Foundation parses the files, but says where a syntax error is only in English text that differs between
/// platforms and versions ("around character 25", "around line 2, column 3"). So when Foundation rejects a file,
/// the loader finds the place with this reading instead, and uses Foundation's text only if this finds nothing
/// (see ``JSONValue/parse(_:file:)``). It walks the bytes once, keeps open lists and objects on a stack rather than
/// recursing, so its cost is linear in the file and no nesting depth can exhaust the call stack.
enum JSONSyntax {
    /// The first wrong byte of a text and what is wrong there.
    struct Problem: Equatable {
        /// The byte offset of the wrong byte; the text's length when it ends too early.
        var offset: Int
        /// What is wrong and what to write instead, without the place.
        var detail: String
    }

    /// The first syntax error in `bytes`, or `nil` when they hold one JSON value (any value, as the loader
    /// allows fragments), optionally after a byte order mark, with only whitespace around it.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var reading = SyntaxReading(bytes: bytes)
        return reading.run()
    }

    static let endOfText = "the file ends before the JSON is complete; a closing } or ] is missing"
    static let missingValue =
        "a value is missing or misspelt here: write a number, a text in quotes, true, false, null, a list [ ] or an object { }"
    static let missingKey = "a field name in quotes is missing here"
}

/// One pass over one text; see ``JSONSyntax``.
private struct SyntaxReading {
    let bytes: [UInt8]
    var index = 0
    /// The lists and objects open at `index`, innermost last: `true` for an object.
    var open: [Bool] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func problem(_ detail: String, at offset: Int? = nil) -> JSONSyntax.Problem {
        JSONSyntax.Problem(offset: offset ?? index, detail: detail)
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    mutating func run() -> JSONSyntax.Problem? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while true {
            // A value is expected here: at the start, after a colon, after a comma in a list, after "[".
            skipWhitespace()
            guard let byte = current else { return problem(JSONSyntax.endOfText) }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                index += 1
                skipWhitespace()
                if current == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                } else {
                    // An object's first field name comes before its first value.
                    open.append(isObject)
                    if isObject, let problem = key() { return problem }
                    continue
                }
            case UInt8(ascii: "\""):
                if let problem = string() { return problem }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if let problem = number() { return problem }
            default:
                if let problem = literal() { return problem }
            }
            // A value is complete: what may follow depends on what is open around it.
            if let problem = afterValue() { return problem }
            if open.isEmpty { return nil }
        }
    }

    /// After a complete value: close what closes, and stop after a comma (or a key and its colon) where the next
    /// value begins; `nil` when a value is expected next or, with nothing open, the text ends as it should.
    private mutating func afterValue() -> JSONSyntax.Problem? {
        while true {
            skipWhitespace()
            guard let isObject = open.last else {
                return current == nil
                    ? nil : problem("there is more after the end of the JSON; a file holds one object or list")
            }
            guard let byte = current else { return problem(JSONSyntax.endOfText) }
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            if byte == close {
                open.removeLast()
                index += 1
                continue
            }
            guard byte == UInt8(ascii: ",") else {
                return problem("a comma or a closing \(isObject ? "}" : "]") is missing before this")
            }
            index += 1
            skipWhitespace()
            // A comma before the closing bracket is allowed, as Foundation allows it: a file that loads today
            // must not start failing because we read it ourselves.
            if current == close { continue }
            return isObject ? key() : nil
        }
    }

    /// A field name in quotes and its colon, with the whitespace around them.
    private mutating func key() -> JSONSyntax.Problem? {
        skipWhitespace()
        guard let byte = current else { return problem(JSONSyntax.endOfText) }
        guard byte == UInt8(ascii: "\"") else { return problem(JSONSyntax.missingKey) }
        if let problem = string() { return problem }
        skipWhitespace()
        guard let colon = current else { return problem(JSONSyntax.endOfText) }
        guard colon == UInt8(ascii: ":") else { return problem("a colon (:) is missing after the field name") }
        index += 1
        return nil
    }

    /// A text in quotes, from its opening quote to just after its closing one.
    private mutating func string() -> JSONSyntax.Problem? {
        let start = index
        index += 1
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return nil
            case UInt8(ascii: "\\"):
                let escape = index
                index += 1
                guard let next = current else { break }
                if Array("\"\\/bfnrt".utf8).contains(next) {
                    index += 1
                } else if next == UInt8(ascii: "u") {
                    let digits = bytes[min(index + 1, bytes.count)..<min(index + 5, bytes.count)]
                    guard digits.count == 4, digits.allSatisfy(Self.isHexDigit) else {
                        return problem("\\u must be followed by four hexadecimal digits, such as \\u00e5", at: escape)
                    }
                    index += 5
                } else {
                    return problem(
                        "a backslash starts an escape such as \\n; write \\\\ for a backslash itself", at: escape)
                }
            case 0x0A, 0x0D:
                return problem("a text in quotes is not closed before the end of the line; add the closing quote")
            case 0x00..<0x20:
                return problem("a text in quotes holds a control character such as a tab; write a tab as \\t")
            default:
                index += 1
            }
        }
        return problem("a text in quotes is not closed; add the closing quote", at: start)
    }

    /// A number: an optional minus, whole digits without a leading zero, optional decimals and exponent.
    private mutating func number() -> JSONSyntax.Problem? {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, Self.isDigit(first) else {
            return problem("a number needs a digit after its minus sign")
        }
        index += 1
        if first == UInt8(ascii: "0"), let next = current, Self.isDigit(next) {
            return problem("a number cannot begin with 0 followed by more digits; remove the leading zero", at: start)
        }
        skipDigits()
        if current == UInt8(ascii: ".") {
            index += 1
            guard let digit = current, Self.isDigit(digit) else {
                return problem("a number needs a digit after its decimal point")
            }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let digit = current, Self.isDigit(digit) else {
                return problem("a number needs a digit in its exponent")
            }
            skipDigits()
        }
        return nil
    }

    /// `true`, `false` or `null`; anything else is a missing or misspelt value, located at its start.
    private mutating func literal() -> JSONSyntax.Problem? {
        for word in ["true", "false", "null"] {
            let utf8 = Array(word.utf8)
            if bytes[index...].starts(with: utf8) {
                index += utf8.count
                return nil
            }
        }
        return problem(JSONSyntax.missingValue)
    }

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
