import Foundation

/// Where the XML reader gets its bytes: a zip entry being inflated, or bytes in memory.
package protocol XMLByteSource {
    /// Fills a buffer with the next bytes; returns how many, and 0 only at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(XlsxError) -> Int
}

extension ZipEntryReader: XMLByteSource {}

/// Bytes in memory as a source, handed out in chunks of a given size (tests use 1 to split every token).
package struct XMLBytes: XMLByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    /// A source over bytes, handing out at most `chunkSize` at a time.
    package init(_ bytes: [UInt8], chunkSize: Int = 65_536) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    package mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(XlsxError) -> Int {
        let count = min(buffer.count, chunkSize, bytes.count - position)
        guard count > 0, let target = buffer.baseAddress else { return 0 }
        bytes.withUnsafeBytes { target.copyMemory(from: $0.baseAddress! + position, byteCount: count) }
        position += count
        return count
    }
}

/// What ``XMLReader/next()`` found.
package enum XMLEvent: Sendable, Equatable {
    /// A start tag; ``XMLReader/isNamed(_:)``, ``XMLReader/localName`` and ``XMLReader/attribute(_:prefixed:)``
    /// describe it. A self-closing tag gives a start and then an end.
    case start
    /// An end tag; ``XMLReader/isNamed(_:)`` and ``XMLReader/localName`` name it.
    case end
    /// Character data (text or a CDATA section); read it with ``XMLReader/text()``. One run of text may come as
    /// several events (text beside CDATA), so whoever wants an element's text joins them.
    case text
    /// The end of the document, after the root element closed and the input ended.
    case endOfDocument
}

/// An attribute of a start tag.
package struct XMLAttribute: Sendable, Equatable {
    /// The namespace prefix, such as `r` in `r:id`; empty without one.
    package var prefix: String
    /// The name without its prefix.
    package var localName: String
    /// The value, with references replaced and whitespace normalised as XML requires.
    package var value: String
}

/// A small streaming XML reader of our own, pulling events over bytes in chunks: elements with attributes,
/// text, CDATA, the five predefined entities and character references, self-closing tags. Comments, processing
/// instructions and the XML declaration are skipped, as is a byte order mark before it. Names are matched on
/// their local part (`x:c` is `c`); namespaces are not resolved, which is enough for Office Open XML.
///
/// It checks well-formedness as far as reading needs (tags nest and match, attributes are quoted and not
/// repeated, references are known, text is UTF-8), and reports the line and column (in characters) of any problem.
///
/// It is built for large inputs: it holds one buffer of the input, reused, and grown only to fit the longest
/// token, so reading is linear in the input's size; names, attributes and text stay bytes in that buffer until
/// someone asks for them as text, valid until the next call to ``next()``. The reader owns its buffer, so it
/// cannot be copied; pass it `inout`. Document type declarations are refused: Office files have none, and they
/// could expand entities without bound.
package struct XMLReader<Source: XMLByteSource>: ~Copyable {
    private var source: Source
    private let file: String
    private let part: String

    /// The input not yet consumed is `buffer[start..<end]`, of `capacity` bytes allocated.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 65_536
    private var start = 0
    private var end = 0
    private var sourceEnded = false
    /// The line and column of `buffer[0]`.
    private var baseLine = 1
    private var baseColumn = 1
    private var atDocumentStart = true

    /// The qualified names of the open elements, one after another, and where each ends.
    private var openNames: UnsafeMutablePointer<UInt8>
    private var openNamesCapacity = 1_024
    /// Frees the two buffers when the reader goes. A class's `deinit`, not the reader's own: in optimised builds
    /// the compiler (Swift 6.3) skipped the `deinit` of this non-copyable struct on some paths, and every
    /// workbook opened leaked its 66 560 bytes (found by fuzzing the xlsx reader; FuzzRegressionTests).
    private let owner: BufferOwner
    private var openNameEnds: [Int] = []
    private var rootClosed = false
    private var sawRoot = false
    /// A self-closing tag's end, given at the next call.
    private var pendingEnd = false

    /// The current tag's qualified name in the buffer, and where its local part starts.
    private var tagName = 0..<0
    private var tagLocalStart = 0
    /// The current start tag's attributes: the first `attributeCount` of `spans`.
    private var spans: [AttributeSpan] = []
    private var attributeCount = 0
    /// Attribute values that held references or line ends, resolved.
    private var resolvedValues: [UInt8] = []
    /// The current text: in the buffer, or resolved in `resolvedText` when it held references or carriage returns.
    private var textRange = 0..<0
    private var resolvedText: [UInt8] = []
    private var textIsResolved = false

    /// Starts reading.
    /// - Parameters:
    ///   - source: The bytes.
    ///   - file: The file, for messages.
    ///   - part: The part (zip entry) in the file, for messages.
    package init(_ source: Source, file: String, part: String) {
        self.source = source
        self.file = file
        self.part = part
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        openNames = UnsafeMutablePointer<UInt8>.allocate(capacity: openNamesCapacity)
        owner = BufferOwner(buffer: buffer, openNames: openNames)
    }

    // MARK: The current event

    /// The depth of the current element: 1 inside the root element, counting a start event's element.
    @inline(__always) package var depth: Int { openNameEnds.count }

    /// Whether the current tag's local name is a name, such as `c` (which `x:c` also is).
    @inline(__always) package func isNamed(_ name: StaticString) -> Bool {
        equals(tagLocalStart..<tagName.upperBound, name)
    }

    /// The current tag's local name (without prefix).
    package var localName: String { text(of: tagLocalStart..<tagName.upperBound) }

    /// The current tag's namespace prefix; empty without one.
    package var prefix: String {
        tagLocalStart > tagName.lowerBound ? text(of: tagName.lowerBound..<(tagLocalStart - 1)) : ""
    }

    /// The value of the current start tag's first attribute with a local name; with `prefixed`, only an attribute
    /// with a namespace prefix counts (such as `r:id`, which a plain `id` must not stand in for).
    @inline(__always) package func attribute(_ localName: StaticString, prefixed: Bool = false) -> String? {
        guard let span = span(localName, prefixed: prefixed) else { return nil }
        return withValue(of: span) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls a closure with the bytes of an attribute's value, without making text of them; nil without the
    /// attribute.
    @inline(__always) package func withAttributeBytes<Result>(
        _ localName: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        guard let span = span(localName, prefixed: false) else { return nil }
        return withValue(of: span, body)
    }

    /// Whether the current start tag has an attribute with a value, such as `xml:space="preserve"`.
    @inline(__always) package func hasAttribute(_ localName: StaticString, value: StaticString) -> Bool {
        guard let span = span(localName, prefixed: false) else { return false }
        return withValue(of: span) { bytes in
            value.withUTF8Buffer { $0.count == bytes.count && $0.elementsEqual(bytes) }
        }
    }

    /// All of the current start tag's attributes, in document order.
    package var attributes: [XMLAttribute] {
        spans[0..<attributeCount].map { span in
            XMLAttribute(
                prefix: span.localStart > span.name.lowerBound
                    ? text(of: span.name.lowerBound..<(span.localStart - 1)) : "",
                localName: text(of: span.localStart..<span.name.upperBound),
                value: withValue(of: span) { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// The current text event's characters.
    @inline(__always) package func text() -> String {
        withText { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the current text event's bytes (valid UTF-8) to an array, without making text of them.
    @inline(__always) package func appendText(to bytes: inout [UInt8]) {
        withText { bytes.append(contentsOf: $0) }
    }

    /// Reads on to the next event.
    package mutating func next() throws(XlsxError) -> XMLEvent {
        if pendingEnd {
            pendingEnd = false
            popName()
            return .end
        }
        while true {
            if atDocumentStart {
                guard try available(3) else {
                    atDocumentStart = false
                    continue
                }
                atDocumentStart = false
                if buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF {
                    start += 3
                    // Positions are counted from buffer[0], where the mark's first byte counts as a character.
                    baseColumn = 0
                } else if (buffer[start] == 0xFE && buffer[start + 1] == 0xFF)
                    || (buffer[start] == 0xFF && buffer[start + 1] == 0xFE)
                {
                    throw error(at: start, "the part is UTF-16, and we read only UTF-8, which Excel writes")
                }
            }
            let more = start < end ? true : try refill()
            guard more else {
                if let open = currentOpenName() {
                    throw error(at: end, "the XML ends before <\(open)> is closed")
                }
                guard sawRoot else { throw error(at: end, "there is no element") }
                return .endOfDocument
            }
            let token = buffer[start] == UInt8(ascii: "<") ? try markup() : try characterData()
            switch token {
            case .event(let event): return event
            case .skipped: continue
            case .needMore:
                // At the end of the input a token is tried once more, knowing it ends there (text may).
                if sourceEnded { throw error(at: start, "the XML ends in the middle of \(describeToken())") }
                _ = try refill()
            }
        }
    }

    /// Skips the rest of the current element, after its start event, up to and including its end.
    package mutating func skipElement() throws(XlsxError) {
        let target = depth - 1
        while depth > target {
            if try next() == .endOfDocument { return }
        }
    }

    /// Appends the text of the current element, read after its start event up to its end, to an array; the text
    /// of elements inside it is skipped.
    package mutating func appendElementText(to bytes: inout [UInt8]) throws(XlsxError) {
        let depth = self.depth
        while true {
            switch try next() {
            case .text: appendText(to: &bytes)
            case .start: try skipElement()
            case .end: if self.depth < depth { return }
            case .endOfDocument: return
            }
        }
    }

    // MARK: Tokens

    private enum Token {
        case event(XMLEvent)
        case skipped
        case needMore
    }

    /// A tag, comment, processing instruction or CDATA section at `start`.
    private mutating func markup() throws(XlsxError) -> Token {
        guard start + 1 < end else { return .needMore }
        switch buffer[start + 1] {
        case UInt8(ascii: "/"): return try endTag()
        case UInt8(ascii: "?"):
            guard let close = find("?>", from: start + 2) else { return .needMore }
            start = close + 2
            return .skipped
        case UInt8(ascii: "!"):
            if hasPrefix("<!--") {
                guard let close = find("-->", from: start + 4) else { return .needMore }
                start = close + 3
                return .skipped
            }
            if hasPrefix("<![CDATA[") {
                guard let close = find("]]>", from: start + 9) else { return .needMore }
                guard depth > 0 else { throw error(at: start, "a CDATA section outside the root element") }
                let range = (start + 9)..<close
                if let invalid = firstInvalidUTF8(bytes(range)) {
                    throw error(at: range.lowerBound + invalid, "the text is not UTF-8")
                }
                textRange = range
                textIsResolved = false
                start = close + 3
                return .event(.text)
            }
            if end - start < 9 && !sourceEnded { return .needMore }
            if hasPrefix("<!DOCTYPE") {
                throw error(at: start, "a document type declaration, which Office files never have")
            }
            throw error(at: start, "\"<!\" that starts no comment or CDATA section")
        default: return try startTag()
        }
    }

    /// A start tag at `start`, with its attributes.
    private mutating func startTag() throws(XlsxError) -> Token {
        var index = start + 1
        guard let nameEnd = try scanName(from: index) else { return .needMore }
        let name = index..<nameEnd
        index = nameEnd
        attributeCount = 0
        if !resolvedValues.isEmpty { resolvedValues.removeAll(keepingCapacity: true) }
        var selfClosing = false
        while true {
            let afterSpace = skipSpace(from: index)
            guard afterSpace < end else { return .needMore }
            let byte = buffer[afterSpace]
            if byte == UInt8(ascii: ">") {
                index = afterSpace + 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard afterSpace + 1 < end else { return .needMore }
                guard buffer[afterSpace + 1] == UInt8(ascii: ">") else {
                    throw error(at: afterSpace, "\"/\" in a tag that is not followed by \">\"")
                }
                index = afterSpace + 2
                selfClosing = true
                break
            }
            guard afterSpace > index else {
                throw error(at: afterSpace, "\(describe(byte)) where a space, \">\" or \"/>\" belongs")
            }
            guard let attributeNameEnd = try scanName(from: afterSpace) else { return .needMore }
            let attributeName = afterSpace..<attributeNameEnd
            var cursor = skipSpace(from: attributeNameEnd)
            guard cursor < end else { return .needMore }
            guard buffer[cursor] == UInt8(ascii: "=") else {
                throw error(at: cursor, "attribute \(text(of: attributeName)) has no \"=\" and value")
            }
            cursor = skipSpace(from: cursor + 1)
            guard cursor < end else { return .needMore }
            let quote = buffer[cursor]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw error(at: cursor, "the value of attribute \(text(of: attributeName)) is not in quotes")
            }
            var close = cursor + 1
            var plain = true
            var high: UInt8 = 0
            while close < end {
                let byte = buffer[close]
                if byte == quote { break }
                switch byte {
                case UInt8(ascii: "<"):
                    throw error(at: close, "\"<\" in the value of attribute \(text(of: attributeName))")
                case UInt8(ascii: "&"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    plain = false
                default:
                    high |= byte
                }
                close += 1
            }
            guard close < end else { return .needMore }
            var value = (cursor + 1)..<close
            if high >= 0x80, let invalid = firstInvalidUTF8(bytes(value)) {
                throw error(
                    at: value.lowerBound + invalid, "the value of attribute \(text(of: attributeName)) is not UTF-8")
            }
            if !plain {
                let from = resolvedValues.count
                if let failure = resolve(bytes(value), attribute: true, into: &resolvedValues) {
                    throw error(at: value.lowerBound + failure.offset, failure.detail)
                }
                value = from..<resolvedValues.count
            }
            for other in spans[0..<attributeCount] where same(other.name, attributeName) {
                throw error(at: afterSpace, "attribute \(text(of: attributeName)) appears twice in the tag")
            }
            let span = AttributeSpan(
                name: attributeName, localStart: localStart(of: attributeName), value: value, resolved: !plain)
            if attributeCount < spans.count {
                spans[attributeCount] = span
            } else {
                spans.append(span)
            }
            attributeCount += 1
            index = close + 1
        }
        if depth == 0 {
            if rootClosed { throw error(at: start, "a second root element, <\(text(of: name))>") }
            sawRoot = true
        }
        pushName(name)
        tagName = name
        tagLocalStart = localStart(of: name)
        start = index
        pendingEnd = selfClosing
        return .event(.start)
    }

    /// An end tag at `start`, which must close the innermost open element.
    private mutating func endTag() throws(XlsxError) -> Token {
        guard let nameEnd = try scanName(from: start + 2) else { return .needMore }
        let name = (start + 2)..<nameEnd
        let close = skipSpace(from: nameEnd)
        guard close < end else { return .needMore }
        guard buffer[close] == UInt8(ascii: ">") else {
            throw error(at: close, "\(describe(buffer[close])) in the end tag </\(text(of: name))>")
        }
        guard let openEnd = openNameEnds.last else {
            throw error(at: start, "</\(text(of: name))> closes no open element")
        }
        let openStart = openNameEnds.count > 1 ? openNameEnds[openNameEnds.count - 2] : 0
        guard openEnd - openStart == name.count,
            memcmp(openNames + openStart, buffer + name.lowerBound, name.count) == 0
        else {
            throw error(at: start, "</\(text(of: name))> where </\(currentOpenName() ?? "")> belongs")
        }
        tagName = name
        tagLocalStart = localStart(of: name)
        popName()
        start = close + 1
        return .event(.end)
    }

    /// Text up to the next `<`, with references resolved.
    private mutating func characterData() throws(XlsxError) -> Token {
        let found = memchr(buffer + start, Int32(UInt8(ascii: "<")), end - start)
        let index = found.map { buffer.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? end
        if found == nil && !sourceEnded { return .needMore }
        let range = start..<index
        if depth == 0 {
            for position in range where !isSpace(buffer[position]) {
                throw error(
                    at: position, sawRoot ? "text after the root element" : "text before the root element")
            }
            start = index
            return .skipped
        }
        let text = bytes(range)
        if !isASCII(text), let invalid = firstInvalidUTF8(text) {
            throw error(at: range.lowerBound + invalid, "the text is not UTF-8")
        }
        if memchr(buffer + start, Int32(UInt8(ascii: "&")), range.count) == nil
            && memchr(buffer + start, Int32(UInt8(ascii: "\r")), range.count) == nil
        {
            textRange = range
            textIsResolved = false
        } else {
            resolvedText.removeAll(keepingCapacity: true)
            if let failure = resolve(text, attribute: false, into: &resolvedText) {
                throw error(at: range.lowerBound + failure.offset, failure.detail)
            }
            textIsResolved = true
        }
        start = index
        return .event(.text)
    }

    // MARK: Names and values

    /// The start of a qualified name's local part: after its first colon, if it has one.
    @inline(__always) private func localStart(of name: Range<Int>) -> Int {
        var index = name.lowerBound
        while index < name.upperBound {
            if buffer[index] == UInt8(ascii: ":") { return index + 1 }
            index += 1
        }
        return name.lowerBound
    }

    /// Whether a range of the buffer holds an ASCII name.
    @inline(__always) private func equals(_ range: Range<Int>, _ name: StaticString) -> Bool {
        let base = buffer + range.lowerBound
        let count = range.count
        return name.withUTF8Buffer { name in
            guard name.count == count else { return false }
            var offset = 0
            while offset < count {
                if base[offset] != name[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// Whether two ranges of the buffer hold the same bytes.
    @inline(__always) private func same(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        first.count == second.count && memcmp(buffer + first.lowerBound, buffer + second.lowerBound, first.count) == 0
    }

    /// The current start tag's first attribute with a local name.
    @inline(__always) private func span(_ localName: StaticString, prefixed: Bool) -> AttributeSpan? {
        var index = 0
        while index < attributeCount {
            let span = spans[index]
            if equals(span.localStart..<span.name.upperBound, localName)
                && (!prefixed || span.localStart > span.name.lowerBound)
            {
                return span
            }
            index += 1
        }
        return nil
    }

    /// Calls a closure with the bytes of an attribute's value.
    @inline(__always) private func withValue<Result>(
        of span: AttributeSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        if span.resolved {
            return resolvedValues.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.value])) }
        }
        return body(bytes(span.value))
    }

    /// Calls a closure with the bytes of the current text.
    @inline(__always) private func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if textIsResolved { return resolvedText.withUnsafeBufferPointer(body) }
        return body(bytes(textRange))
    }

    /// A range of the buffer.
    @inline(__always) private func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer + range.lowerBound, count: range.count)
    }

    /// The text of a range of the buffer, with any invalid UTF-8 repaired (for names).
    private func text(of range: Range<Int>) -> String {
        String(decoding: bytes(range), as: UTF8.self)
    }

    private mutating func pushName(_ name: Range<Int>) {
        let used = openNameEnds.last ?? 0
        if used + name.count > openNamesCapacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: (used + name.count) * 2)
            larger.update(from: openNames, count: used)
            openNames.deallocate()
            openNames = larger
            owner.openNames = larger
            openNamesCapacity = (used + name.count) * 2
        }
        (openNames + used).update(from: buffer + name.lowerBound, count: name.count)
        openNameEnds.append(used + name.count)
    }

    private mutating func popName() {
        openNameEnds.removeLast()
        if openNameEnds.isEmpty { rootClosed = true }
    }

    private func currentOpenName() -> String? {
        guard let last = openNameEnds.last else { return nil }
        let first = openNameEnds.count > 1 ? openNameEnds[openNameEnds.count - 2] : 0
        return String(decoding: UnsafeBufferPointer(start: openNames + first, count: last - first), as: UTF8.self)
    }

    // MARK: Scanning

    /// The end of a name starting at an index; nil if the buffer ends first.
    @inline(__always) private mutating func scanName(from index: Int) throws(XlsxError) -> Int? {
        var cursor = index
        while cursor < end && isNameByte(buffer[cursor]) { cursor += 1 }
        if cursor == end && !sourceEnded { return nil }
        guard cursor > index else {
            let found = cursor < end ? describe(buffer[cursor]) : "the end"
            throw error(at: cursor, "\(found) where a name belongs")
        }
        let first = buffer[index]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || (0x30...0x39).contains(first) {
            throw error(at: index, "a name cannot start with \(describe(first))")
        }
        return cursor
    }

    @inline(__always) private mutating func skipSpace(from index: Int) -> Int {
        var cursor = index
        while cursor < end && isSpace(buffer[cursor]) { cursor += 1 }
        return cursor
    }

    /// Whether the unconsumed input starts with an ASCII text.
    @inline(__always) private func hasPrefix(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard end - start >= count else { return false }
        return equals(start..<(start + count), text)
    }

    /// The index of an ASCII text in the buffer from an index on; nil if the buffer ends first.
    @inline(__always) private func find(_ text: StaticString, from index: Int) -> Int? {
        let count = text.utf8CodeUnitCount
        var cursor = index
        while cursor + count <= end {
            if equals(cursor..<(cursor + count), text) { return cursor }
            cursor += 1
        }
        return nil
    }

    private func describe(_ byte: UInt8) -> String {
        byte < 0x80 && byte >= 0x20 ? "\"\(Character(Unicode.Scalar(byte)))\"" : "byte \(byte)"
    }

    /// What the token at `start` is, for a message about input that ends inside it.
    private func describeToken() -> String {
        if hasPrefix("<!--") { return "a comment" }
        if hasPrefix("<![CDATA[") { return "a CDATA section" }
        if hasPrefix("<?") { return "a processing instruction" }
        if hasPrefix("</") { return "an end tag" }
        if hasPrefix("<") { return "a tag" }
        return "text"
    }

    // MARK: The buffer

    /// Whether `count` bytes are available at `start`, reading more if need be.
    private mutating func available(_ count: Int) throws(XlsxError) -> Bool {
        while end - start < count {
            guard try refill() else { return false }
        }
        return true
    }

    /// Moves the unconsumed input to the front of the buffer, grows it if it is full, and reads more into it.
    /// Returns false at the end of the input.
    private mutating func refill() throws(XlsxError) -> Bool {
        if sourceEnded { return false }
        if start > 0 {
            (baseLine, baseColumn) = position(of: start)
            let unconsumed = end - start
            buffer.update(from: buffer + start, count: unconsumed)
            start = 0
            end = unconsumed
        }
        if end == capacity {
            // A token longer than the buffer: double it, so a long token is scanned a bounded number of times.
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = larger
            owner.buffer = larger
            capacity *= 2
        }
        let read = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
        if read == 0 {
            sourceEnded = true
            return false
        }
        end += read
        return true
    }

    /// The line and column of a buffer index, counting characters (not bytes) from the start of the buffer.
    private func position(of index: Int) -> (line: Int, column: Int) {
        let count = min(index, end)
        var lineFeeds = 0
        var lineStart = 0
        var cursor = 0
        // Line feeds are rare in a sheet (often one long line): find them with memchr.
        while cursor < count, let found = memchr(buffer + cursor, 0x0A, count - cursor) {
            lineFeeds += 1
            cursor = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            lineStart = cursor
        }
        // Characters after the last line feed: the bytes that are no UTF-8 continuation byte (10xxxxxx), eight at
        // a time, each lane of `lanes` counting 1 for such a byte (bit 7 clear, or bit 6 set), summed every 255
        // words before a lane could overflow.
        var column = lineFeeds > 0 ? 1 : baseColumn
        var byte = lineStart
        let raw = UnsafeRawPointer(buffer)
        while byte + 8 <= count {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255 && byte + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                lanes &+= ((~word >> 7) | (word >> 6)) & 0x0101_0101_0101_0101
                byte += 8
                words += 1
            }
            column += Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
        }
        while byte < count {
            if buffer[byte] & 0xC0 != 0x80 { column += 1 }
            byte += 1
        }
        return (baseLine + lineFeeds, column)
    }

    /// A malformed-XML error at a buffer index.
    private func error(at index: Int, _ detail: String) -> XlsxError {
        let (line, column) = position(of: index)
        return .malformedXML(file: file, part: part, line: line, column: column, detail: detail)
    }
}

/// Where an attribute's name and value lie: its name and value in the reader's buffer, or its value among the
/// resolved values.
private struct AttributeSpan {
    var name: Range<Int>
    var localStart: Int
    var value: Range<Int>
    var resolved: Bool
}

/// A reference that cannot be resolved: where in the text, and why.
private struct ResolveFailure {
    var offset: Int
    var detail: String
}

/// Appends character data with the predefined entities and character references replaced, CRLF and CR made LF,
/// and in attribute values tabs and line ends made spaces, as XML requires; a failure says where and why.
private func resolve(_ text: UnsafeBufferPointer<UInt8>, attribute: Bool, into output: inout [UInt8])
    -> ResolveFailure?
{
    var index = 0
    while index < text.count {
        let byte = text[index]
        switch byte {
        case UInt8(ascii: "&"):
            var semicolon = index + 1
            while semicolon < text.count && text[semicolon] != UInt8(ascii: ";") && semicolon - index < 12 {
                semicolon += 1
            }
            guard semicolon < text.count, text[semicolon] == UInt8(ascii: ";") else {
                return ResolveFailure(offset: index, detail: "\"&\" that starts no reference (write it as &amp;)")
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: text[(index + 1)..<semicolon]), as: UTF8.self)
            if let character = XMLEscaping.predefinedEntities[name] {
                output.append(character)
            } else if name.hasPrefix("#") {
                guard let scalar = characterReference(name.dropFirst()) else {
                    return ResolveFailure(
                        offset: index, detail: "the character reference &\(name); is not a character XML allows")
                }
                output.append(contentsOf: String(Character(scalar)).utf8)
            } else {
                return ResolveFailure(
                    offset: index,
                    detail: "the reference &\(name); is unknown (XML knows &lt; &gt; &amp; &quot; &apos;)")
            }
            index = semicolon + 1
        case UInt8(ascii: "\r"):
            output.append(attribute ? UInt8(ascii: " ") : UInt8(ascii: "\n"))
            index += 1
            if index < text.count && text[index] == UInt8(ascii: "\n") { index += 1 }
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
            output.append(attribute ? UInt8(ascii: " ") : byte)
            index += 1
        default:
            output.append(byte)
            index += 1
        }
    }
    return nil
}

/// The character of a reference's digits after `#`: decimal, or hexadecimal after `x`; nil if XML allows none.
private func characterReference(_ digits: Substring) -> Unicode.Scalar? {
    var digits = digits
    var radix = 10
    if digits.first == "x" {
        radix = 16
        digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit }), let value = UInt32(digits, radix: radix),
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    else { return nil }
    return Unicode.Scalar(value)
}

/// Whether bytes are all ASCII, eight at a time.
private func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    var high: UInt64 = 0
    while index + 8 <= bytes.count {
        high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        index += 8
    }
    while index < bytes.count {
        high |= UInt64(bytes[index])
        index += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
}

/// The offset of the first byte that is not part of valid UTF-8 (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF); nil if all are.
func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        var length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return index
        }
        guard index + length <= bytes.count else { return index }
        guard (lower...upper).contains(bytes[index + 1]) else { return index }
        var offset = 2
        while offset < length {
            guard (0x80...0xBF).contains(bytes[index + offset]) else { return index }
            offset += 1
        }
        index += length
    }
    return nil
}

/// Whether a byte can be part of a name (ASCII letters, digits, `_ : - .`, and any byte of a non-ASCII character).
private func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"),
        UInt8(ascii: "."), 0x80...0xFF:
        true
    default: false
    }
}

/// Whether a byte is XML whitespace.
private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

/// The owner of an ``XMLReader``'s two buffers, which frees them when the last reference goes: the reader keeps
/// the pointers itself for speed and tells the owner when it replaces one.
private final class BufferOwner {
    var buffer: UnsafeMutablePointer<UInt8>
    var openNames: UnsafeMutablePointer<UInt8>

    init(buffer: UnsafeMutablePointer<UInt8>, openNames: UnsafeMutablePointer<UInt8>) {
        self.buffer = buffer
        self.openNames = openNames
    }

    deinit {
        buffer.deallocate()
        openNames.deallocate()
    }
}
