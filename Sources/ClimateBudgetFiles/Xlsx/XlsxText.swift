import Foundation

extension XMLReader {
    /// The text of a string item (`si`) or inline string (`is`), read after its start up to its end, as Excel
    /// shows it: the text of its `t` elements, directly or in rich text runs (`r`), joined; phonetic runs (`rPh`)
    /// and formatting skipped. A `t` element's leading and trailing whitespace counts only with
    /// `xml:space="preserve"` (or when it is nothing but whitespace: Excel shows a run of one space between runs),
    /// and Excel's `_xHHHH_` escapes are decoded. `scratch` is a buffer to reuse from one call to the next.
    package mutating func readRichText(using scratch: inout [UInt8]) throws(XlsxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        let depth = self.depth
        while true {
            switch try next() {
            case .start:
                if isNamed("t") {
                    let preserve = hasAttribute("space", value: "preserve")
                    let runStart = scratch.count
                    try appendElementText(to: &scratch)
                    if !preserve { trimXMLSpace(&scratch, from: runStart) }
                } else if !isNamed("r") {
                    try skipElement()
                }
            case .end:
                if self.depth < depth { return excelText(scratch) }
            case .text:
                continue
            case .endOfDocument:
                return excelText(scratch)
            }
        }
    }
}

/// Removes leading and trailing XML whitespace (space, tab, line feed, carriage return) from the bytes from an
/// index on, unless they are nothing but whitespace.
func trimXMLSpace(_ bytes: inout [UInt8], from start: Int) {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    var low = start
    while low < bytes.count && isSpace(bytes[low]) { low += 1 }
    guard low < bytes.count else { return }
    while let last = bytes.last, isSpace(last) { bytes.removeLast() }
    if low > start { bytes.removeSubrange(start..<low) }
}

/// Text without leading and trailing XML whitespace (space, tab, line feed, carriage return).
func trimmingXMLSpace(_ text: String) -> String {
    var bytes = Array(text.utf8)
    trimXMLSpace(&bytes, from: 0)
    return bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        ? "" : String(decoding: bytes, as: UTF8.self)
}

/// Text from UTF-8 bytes with Excel's escapes of characters decoded: `_xHHHH_` with four hexadecimal digits of a
/// UTF-16 code unit (Office Open XML's ST_Xstring), such as `_x000D_` for a carriage return; `_x005F_` is the
/// underscore that keeps a literal `_x000D_` from being decoded. An escape that names no character is left as it is.
func excelText(_ bytes: [UInt8]) -> String {
    let hasUnderscore = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.map { memchr($0, Int32(UInt8(ascii: "_")), buffer.count) != nil } ?? false
    }
    guard hasUnderscore else { return String(decoding: bytes, as: UTF8.self) }

    func unit(at position: Int) -> UInt16? {
        XMLEscaping.excelEscapeUnit(in: bytes, at: position)
    }

    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
        if let first = unit(at: index) {
            var scalar: Unicode.Scalar?
            var length = 7
            if UTF16.isLeadSurrogate(first), let second = unit(at: index + 7), UTF16.isTrailSurrogate(second) {
                scalar = Unicode.Scalar(0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00))
                length = 14
            } else {
                scalar = Unicode.Scalar(first)
            }
            if let scalar {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += length
                continue
            }
        }
        output.append(bytes[index])
        index += 1
    }
    return String(decoding: output, as: UTF8.self)
}

/// A number as xlsx writes it (`-12.5`, `1.5E-3`), from its bytes; nil if it is none (no hexadecimal, infinity or
/// NaN, which Swift's own parser would accept). Most numbers take Clinger's fast path: with at most 2^53 as
/// digits and a power of ten up to 22, one multiplication or division of exact doubles rounds correctly; the
/// rest go to Swift's parser.
func xlsxNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    var negative = false
    if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
        negative = bytes[index] == UInt8(ascii: "-")
        index += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var significant = 0
    var exponent = 0
    var seenPoint = false
    while index < bytes.count {
        let byte = bytes[index]
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            digits += 1
            if mantissa > 0 || byte != UInt8(ascii: "0") { significant += 1 }
            if significant <= 19 {
                mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                if seenPoint { exponent -= 1 }
            } else if !seenPoint {
                exponent += 1
            }
        } else if byte == UInt8(ascii: ".") && !seenPoint {
            seenPoint = true
        } else {
            break
        }
        index += 1
    }
    guard digits > 0 else { return nil }
    if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
        index += 1
        var exponentNegative = false
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            exponentNegative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var value = 0
        var exponentDigits = 0
        while index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") {
            value = min(value * 10 + Int(bytes[index] - UInt8(ascii: "0")), 100_000)
            exponentDigits += 1
            index += 1
        }
        guard exponentDigits > 0 else { return nil }
        exponent += exponentNegative ? -value : value
    }
    guard index == bytes.count else { return nil }
    if significant <= 19 && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
        var value = Double(mantissa)
        if exponent < 0 { value /= powersOfTen[-exponent] } else { value *= powersOfTen[exponent] }
        return negative ? -value : value
    }
    return Double(String(decoding: bytes, as: UTF8.self))
}

/// 10^0 through 10^22, each exact as a double.
private let powersOfTen: [Double] = (0...22).map { power in
    var value = 1.0
    for _ in 0..<power { value *= 10 }
    return value
}

/// Whether bytes are those of an ASCII text.
func bytesEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    text.withUTF8Buffer { text in
        text.count == bytes.count && (text.isEmpty || memcmp(text.baseAddress!, bytes.baseAddress!, text.count) == 0)
    }
}
