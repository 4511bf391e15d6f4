import Testing

@testable import ClimateBudgetFiles

/// The events of a document as short strings: `<p:name a=1>`, text, `</name>`.
private func events(_ bytes: [UInt8], chunkSize: Int = 65_536) throws(XlsxError) -> [String] {
    var reader = XMLReader(XMLBytes(bytes, chunkSize: chunkSize), file: "test.xml", part: "part.xml")
    var found: [String] = []
    while true {
        switch try reader.next() {
        case .start:
            let name = reader.prefix.isEmpty ? reader.localName : "\(reader.prefix):\(reader.localName)"
            let attributes = reader.attributes.map {
                " \($0.prefix.isEmpty ? "" : $0.prefix + ":")\($0.localName)=\($0.value)"
            }
            found.append("<\(name)\(attributes.joined())>")
        case .end: found.append("</\(reader.localName)>")
        case .text: found.append(reader.text())
        case .endOfDocument: return found
        }
    }
}

private func events(_ text: String, chunkSize: Int = 65_536) throws(XlsxError) -> [String] {
    try events(Array(text.utf8), chunkSize: chunkSize)
}

/// The error reading a document gives, at the chunk size (1 splits every token across reads).
private func error(_ bytes: [UInt8], chunkSize: Int) -> XlsxError? {
    do {
        _ = try events(bytes, chunkSize: chunkSize)
        return nil
    } catch {
        return error
    }
}

@Suite("Our streaming XML reader")
struct XMLReaderTests {
    @Test("Elements, attributes in either quotes, text and self-closing tags")
    func elements() throws {
        #expect(
            try events("<a x=\"1\" y='two'><b/>text<c></c></a>")
                == ["<a x=1 y=two>", "<b>", "</b>", "text", "<c>", "</c>", "</a>"])
    }

    @Test("A byte order mark, the declaration, comments and processing instructions are skipped")
    func skipped() throws {
        let document =
            "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n<a><?pi data?>x<!--c--></a>\n"
        #expect(try events(document) == ["<a>", "x", "</a>"])
    }

    @Test("The five predefined entities, character references and CDATA")
    func references() throws {
        let document = "<r a=\"&lt;&amp;&#65;&#x42;\">x &gt; y &quot;&apos; <![CDATA[<raw> &amp;]]>&#xE5;&#8322;</r>"
        #expect(try events(document) == ["<r a=<&AB>", "x > y \"' ", "<raw> &amp;", "å₂", "</r>"])
    }

    @Test("Namespace prefixes are kept apart from local names, which tags are matched on")
    func prefixes() throws {
        #expect(
            try events("<x:a xmlns:x=\"urn:x\"><x:b x:r=\"1\" t=\"s\"/></x:a>")
                == ["<x:a xmlns:x=urn:x>", "<x:b x:r=1 t=s>", "</b>", "</a>"])
        // The reader cannot be copied, so what it says is taken out before the expectations.
        var reader = XMLReader(XMLBytes(Array("<x:c x:r=\"B2\"/>".utf8)), file: "f", part: "p")
        let event = try reader.next()
        let found = (
            reader.isNamed("c"), reader.isNamed("x:c"), reader.attribute("r"), reader.attribute("r", prefixed: true),
            reader.attribute("t")
        )
        #expect(event == .start)
        #expect(found.0 && !found.1)
        #expect(found.2 == "B2" && found.3 == "B2" && found.4 == nil)
    }

    @Test("Line ends become LF in text, and tabs and line ends spaces in attribute values")
    func lineEnds() throws {
        #expect(try events("<a v=\"1\t2\n3\r\n4\">l1\r\nl2\rl3</a>") == ["<a v=1 2 3 4>", "l1\nl2\nl3", "</a>"])
    }

    @Test("Reading a byte at a time gives the same events: every token can be split across reads")
    func chunks() throws {
        let document =
            "\u{FEFF}<?xml version=\"1.0\"?><!-- c --><x:a xmlns:x=\"u\" b='&amp;'>\r\nt&#x2082;<![CDATA[]]>]]><x:b/>æ</x:a>"
        let whole = try events(document)
        #expect(whole == ["<x:a xmlns:x=u b=&>", "\nt₂", "", "]]>", "<x:b>", "</b>", "æ", "</a>"])
        #expect(try events(document, chunkSize: 1) == whole)
        #expect(try events(document, chunkSize: 7) == whole)
    }

    @Test("A token longer than the buffer grows it")
    func longToken() throws {
        let text = String(repeating: "x", count: 200_000)
        #expect(try events("<a>\(text)</a>") == ["<a>", text, "</a>"])
    }

    @Test(
        "Errors name the file, the part, the line and the column in characters",
        arguments: [1, 65_536])
    func errors(chunkSize: Int) {
        func check(_ document: String, _ line: Int, _ column: Int, _ detail: String) {
            #expect(
                error(Array(document.utf8), chunkSize: chunkSize)
                    == .malformedXML(file: "test.xml", part: "part.xml", line: line, column: column, detail: detail),
                "\(document)")
        }
        check("<a>\n  <b></a>", 2, 6, "</a> where </b> belongs")
        check("<a>æøå</b>", 1, 7, "</b> where </a> belongs")
        check("\u{FEFF}<a></b>", 1, 4, "</b> where </a> belongs")
        check("<a>&nbsp;</a>", 1, 4, "the reference &nbsp; is unknown (XML knows &lt; &gt; &amp; &quot; &apos;)")
        check("<a>fish & chips</a>", 1, 9, "\"&\" that starts no reference (write it as &amp;)")
        check("<a>&#0;</a>", 1, 4, "the character reference &#0; is not a character XML allows")
        check("<a><b>", 1, 7, "the XML ends before <b> is closed")
        check("<a><b", 1, 4, "the XML ends in the middle of a tag")
        check("<a><!-- open", 1, 4, "the XML ends in the middle of a comment")
        check("<!DOCTYPE a [<!ENTITY x 'y'>]><a/>", 1, 1, "a document type declaration, which Office files never have")
        check("<a x=1/>", 1, 6, "the value of attribute x is not in quotes")
        check("<a x=\"1\" x='2'/>", 1, 10, "attribute x appears twice in the tag")
        check("<a x=\"1\"y=\"2\"/>", 1, 9, "\"y\" where a space, \">\" or \"/>\" belongs")
        check("<a/>junk", 1, 5, "text after the root element")
        check("junk<a/>", 1, 1, "text before the root element")
        check("<a/><b/>", 1, 5, "a second root element, <b>")
        check("</a>", 1, 1, "</a> closes no open element")
        check("<1a/>", 1, 2, "a name cannot start with \"1\"")
        check("", 1, 1, "there is no element")
        check("<a>\n\n<b>\n</c>", 4, 1, "</c> where </b> belongs")
    }

    @Test("Text that is not UTF-8 and UTF-16 input are errors", arguments: [1, 65_536])
    func encodings(chunkSize: Int) {
        #expect(
            error([0x3C, 0x61, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x61, 0x3E], chunkSize: chunkSize)
                == .malformedXML(
                    file: "test.xml", part: "part.xml", line: 1, column: 4, detail: "the text is not UTF-8"))
        #expect(
            error([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00], chunkSize: chunkSize)
                == .malformedXML(
                    file: "test.xml", part: "part.xml", line: 1, column: 1,
                    detail: "the part is UTF-16, and we read only UTF-8, which Excel writes"))
    }

    @Test("A malformed-XML error's message says where and what to do")
    func message() {
        let error = XlsxError.malformedXML(
            file: "utslipp.xlsx", part: "xl/worksheets/sheet1.xml", line: 2, column: 6,
            detail: "</a> where </b> belongs")
        #expect(
            error.description
                == "utslipp.xlsx, xl/worksheets/sheet1.xml, line 2, column 6: malformed XML: </a> where </b> belongs; the file is damaged; download or save it again"
        )
    }
}
