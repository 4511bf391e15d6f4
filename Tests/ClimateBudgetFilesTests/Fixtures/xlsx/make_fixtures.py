#!/usr/bin/env python3
"""Writes the xlsx fixtures the xlsx reader's tests read (run from this folder: python3 make_fixtures.py).

- openpyxl.xlsx: written by openpyxl (pip install openpyxl), as a Python spreadsheet library writes workbooks.
- handmade.xlsx: written by hand with our own small zip writer below, to cover what openpyxl never writes:
  inline strings, a namespace prefix on every element, a byte order mark before the XML declaration, sparse rows
  and cells without references, absolute and relative relationship targets under unusual part names, a stored
  (uncompressed) entry, a data descriptor, rich text and phonetic runs, xml:space, Excel's _xHHHH_ escapes, every
  cell type, CDATA, comments, character references and a chart sheet.
- zip64.xlsx: a small workbook whose zip uses zip64 records throughout.
- bad-crc.xlsx, truncated.xlsx, not-a-zip.xlsx, malformed.xlsx, deflate-damaged.xlsx: broken files.
"""
import datetime
import struct
import zlib

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
BOM = "\ufeff"


def write_zip(path, entries, zip64=False):
    """Writes a zip: entries are dicts with name, data (bytes), and optionally method (0 or 8), descriptor (True
    for sizes in a data descriptor after the data) and crc (a wrong CRC-32 to store)."""
    out = bytearray()
    central = bytearray()
    for entry in entries:
        name = entry["name"].encode("utf-8")
        data = entry["data"]
        method = entry.get("method", 8)
        crc = entry.get("crc", zlib.crc32(data) & 0xFFFFFFFF)
        if method == 8:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            stored = compressor.compress(data) + compressor.flush()
        else:
            stored = data
        descriptor = entry.get("descriptor", False)
        flags = 0x0800 | (0x0008 if descriptor else 0)
        offset = len(out)
        local_crc, local_csize, local_usize = (0, 0, 0) if descriptor else (crc, len(stored), len(data))
        local_extra = b""
        if zip64 and not descriptor:
            local_extra = struct.pack("<HHQQ", 1, 16, len(data), len(stored))
            local_csize = local_usize = 0xFFFFFFFF
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45 if zip64 else 20, flags, method, 0, 0x5821,
                           local_crc, local_csize, local_usize, len(name), len(local_extra))
        out += name + local_extra + stored
        if descriptor:
            if zip64:
                out += struct.pack("<IIQQ", 0x08074B50, crc, len(stored), len(data))
            else:
                out += struct.pack("<IIII", 0x08074B50, crc, len(stored), len(data))
        if zip64:
            extra = struct.pack("<HHQQQ", 1, 24, len(data), len(stored), offset)
            csize = usize = local_offset = 0xFFFFFFFF
        else:
            extra = b""
            csize, usize, local_offset = len(stored), len(data), offset
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 45 if zip64 else 20, flags, method, 0,
                               0x5821, crc, csize, usize, len(name), len(extra), 0, 0, 0, 0o100644 << 16,
                               local_offset)
        central += name + extra
    directory_offset = len(out)
    out += central
    count = len(entries)
    if zip64:
        record_offset = len(out)
        out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(central),
                           directory_offset)
        out += struct.pack("<IIQI", 0x07064B50, 0, record_offset, 1)
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        comment = "written by make_fixtures.py".encode()
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), directory_offset,
                           len(comment)) + comment
    with open(path, "wb") as file:
        file.write(out)
    return bytes(out)


def content_types(overrides):
    parts = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + parts + '</Types>').encode()


def relationships(items):
    external_mode = ' TargetMode="External"'
    body = "".join(
        f'<Relationship Id="{rid}" Type="{RELS}/{kind}" Target="{target}"{external_mode if external else ""}/>'
        for rid, kind, target, external in items)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">{body}'
            '</Relationships>').encode()


# The handmade workbook. Its main part is xl/book.xml (not workbook.xml), its sheets first.xml and second.xml
# listed in the opposite order of their relationship ids, and its shared strings are in xl/strings.xml.
BOOK = (BOM + '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<x:workbook xmlns:x="{MAIN}" xmlns:rel="{RELS}">\n'
        '  <!-- the sheets in tab order -->\n'
        '  <x:sheets>\n'
        '    <x:sheet name="Data" sheetId="4" rel:id="rId3"/>\n'
        '    <x:sheet name="Prefiks &amp; BOM" sheetId="1" rel:id="rId7"/>\n'
        '    <x:sheet name="Diagram" sheetId="2" rel:id="rId9"/>\n'
        '  </x:sheets>\n'
        '</x:workbook>\n')

BOOK_RELS = relationships([
    ("rId7", "worksheet", "/xl/worksheets/second.xml", False),
    ("rId3", "worksheet", "worksheets/../worksheets/first.xml", False),
    ("rId9", "chartsheet", "chartsheets/sheet1.xml", False),
    ("rId5", "sharedStrings", "strings.xml", False),
    ("rId6", "hyperlink", "https://www.miljodirektoratet.no/", True),
])

STRINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<sst xmlns="{MAIN}" count="8" uniqueCount="8">'
           '<si><t>Sektor</t></si>'
           '<si><r><rPr><b/></rPr><t>Vei</t></r><r><t>trafikk</t></r><rPh sb="0" eb="1"><t>VEI</t></rPh></si>'
           '<si><t xml:space="preserve"> padded </t></si>'
           '<si><t>  trimmed\n</t></si>'
           '<si><t>Andre næringer_x000D_</t></si>'
           '<si><t>literal _x005F_x000D_ and _x00e5_ and _xD83D__xDE00_ and _xZZZZ_</t></si>'
           '<si><t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#229;&#x2082;</t></si>'
           '<si><r><t>hello</t></r><r><t> </t></r><r><t>world</t></r></si>'
           '</sst>')

FIRST = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">\n'
         '<dimension ref="A1:F9"/>\n'
         '<sheetData>\n'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>År</t></is></c>'
         '<c r="C1"><v>2009</v></c></row>\n'
         '<row r="3"><c t="inlineStr"><is><t>first without r</t></is></c><c><v>2</v></c>'
         '<c r="E3" t="n"><v>5</v></c><c><v>6</v></c></row>\n'
         '<row r="4"><c r="A4" s="1"/><c r="B4" t="s"/></row>\n'
         '<row><c r="A5" t="b"><v>1</v></c><c r="B5" t="b"><v>0</v></c><c r="C5" t="e"><v>#N/A</v></c>'
         '<c r="D5" t="str"><f>B1&amp;"x"</f><v>Årx</v></c><c r="E5" t="d"><v>2024-03-01T00:00:00</v></c>'
         '<c r="F5"><v>1.5E-3</v></c></row>\n'
         '<row r="6"><c r="A6"><v>-12.5</v></c><c r="B6"><v>17.66142837173263</v></c>'
         '<c r="C6"><v>0.1</v></c><c r="D6"><v>123456789012345678901234</v></c><c r="E6"><v>1e-300</v></c></row>\n'
         '<row r="7"><c r="A7" t="s"><v>1</v></c><c r="B7" t="s"><v>2</v></c><c r="C7" t="s"><v>3</v></c>'
         '<c r="D7" t="s"><v>4</v></c><c r="E7" t="s"><v>5</v></c><c r="F7" t="s"><v>6</v></c></row>\n'
         '<row r="8"><c r="A8" t="s"><v>7</v></c><c r="B8" t="inlineStr"><is><r><t>rich</t></r>'
         '<r><rPr><i/></rPr><t xml:space="preserve"> inline</t></r><rPh><t>ignored</t></rPh></is></c>'
         '<c r="C8" t="inlineStr"><is><t/></is></c></row>\n'
         '<row r="9" spans="1:2"><c r="A9"><f>SUM(A6:B6)</f></c><c r="B9"><v>5.16142837173263</v></c></row>\n'
         '</sheetData>\n'
         '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\n'
         '</worksheet>\n')

SECOND = (BOM + '<?xml version="1.0" encoding="UTF-8"?>\n'
          '<?xml-stylesheet type="text/xsl" href="ignored.xsl"?>\n'
          f'<x:worksheet xmlns:x="{MAIN}">\n'
          '  <!-- every element has the prefix x: -->\n'
          '  <x:sheetData>\n'
          '    <x:row x:r="2">\n'
          '      <x:c x:r="B2" x:t="inlineStr"><x:is><x:t>Hei &#x2082; <![CDATA[<ikke> & tag]]></x:t></x:is></x:c>\n'
          '      <x:c x:r="C2"><x:v>42</x:v></x:c>\n'
          '    </x:row>\n'
          "    <x:row x:r='10'><x:c x:r='A10' x:t='s'><x:v>1</x:v></x:c></x:row>\n"
          '  </x:sheetData>\n'
          '</x:worksheet>\n')

CHART = f'<chartsheet xmlns="{MAIN}"><sheetViews/></chartsheet>'

ROOT_RELS = relationships([("rId1", "officeDocument", "/xl/book.xml", False)])

HANDMADE = [
    {"name": "[Content_Types].xml", "data": content_types([])},
    {"name": "_rels/.rels", "data": ROOT_RELS},
    {"name": "xl/book.xml", "data": BOOK.encode()},
    {"name": "xl/_rels/book.xml.rels", "data": BOOK_RELS},
    {"name": "xl/strings.xml", "data": STRINGS.encode()},
    {"name": "xl/worksheets/first.xml", "data": FIRST.encode(), "descriptor": True},
    {"name": "xl/worksheets/second.xml", "data": SECOND.encode(), "method": 0},
    {"name": "xl/chartsheets/sheet1.xml", "data": CHART.encode()},
]

handmade = write_zip("handmade.xlsx", HANDMADE)
write_zip("zip64.xlsx", [dict(entry, descriptor=entry["name"].endswith("first.xml")) for entry in HANDMADE],
          zip64=True)
write_zip("bad-crc.xlsx", [dict(entry, crc=0x12345678) if entry["name"].endswith("first.xml") else entry
                           for entry in HANDMADE])
with open("truncated.xlsx", "wb") as file:
    file.write(handmade[:len(handmade) // 2])
with open("not-a-zip.xlsx", "wb") as file:
    file.write("Fylke;Kommunenummer;Kommune\nTrøndelag;5001;Trondheim\n".encode())

MALFORMED_SHEET = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                   f'<worksheet xmlns="{MAIN}">\n'
                   '<sheetData>\n'
                   '<row r="1"><c r="A1"><v>1</v></c></row>\n'
                   '<row r="2"><c r="A2"><v>2</v></row>\n'
                   '</sheetData>\n'
                   '</worksheet>\n')
write_zip("malformed.xlsx", [
    HANDMADE[0], HANDMADE[1], HANDMADE[2], HANDMADE[3], HANDMADE[4],
    {"name": "xl/worksheets/first.xml", "data": MALFORMED_SHEET.encode()},
    HANDMADE[6], HANDMADE[7],
])

# A deflated entry whose compressed bytes are damaged in the middle (the CRC would not save us from zlib first).
damaged = bytearray(handmade)
first_offset = bytes(damaged).find(b"xl/worksheets/first.xml") + len("xl/worksheets/first.xml")
for index in range(first_offset + 40, first_offset + 48):
    damaged[index] ^= 0xFF
with open("deflate-damaged.xlsx", "wb") as file:
    file.write(damaged)

# The workbook openpyxl writes: shared strings, numbers, truth values, a formula without a cached value.
import openpyxl  # noqa: E402
from openpyxl.cell.rich_text import CellRichText, TextBlock  # noqa: E402
from openpyxl.cell.text import InlineFont  # noqa: E402

book = openpyxl.Workbook()
book.properties.created = book.properties.modified = datetime.datetime(2026, 1, 1)
first = book.active
first.title = "Info"
first["A1"] = "Datasett:"
first["B1"] = "Eksempelvik"
detail = book.create_sheet("Oversikt - detaljert")
detail.append(["År", "Sektor", "Utslippskilde", "Klimagass", "Utslipp (tonn CO₂-ekvivalenter)"])
detail.append([2009, "Annen mobil forbrenning", "Andre næringer\n", "CO2", 17.7])
detail.append([2024, "Sjøfart", "*Estimat sjøfart ", "CH4", 0.1 + 0.2])
detail.append([None, None, None, None, None])
detail.append([2024, True, False, None, -3])
detail["A6"] = "=SUM(A2:A3)"
detail["C7"] = CellRichText([TextBlock(InlineFont(b=True), "fet"), " og vanlig"])
book.create_sheet("Sjøfart")
book.move_sheet("Sjøfart", offset=-1)
book.save("openpyxl.xlsx")
