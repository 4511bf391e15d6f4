/// Our own small CSV reader and writer (RFC 4180 with the habits of spreadsheets), kept in one place.
///
/// It reads comma- or semicolon-separated text, with or without a byte order mark, with LF or CRLF line
/// ends, and quoted fields that hold separators, newlines and doubled quotes. Every field keeps the line
/// and column it started at, so that errors can point at the cell.
public enum CSV {
    /// Parses CSV text into records. The delimiter is detected from the first line when not given.
    public static func parse(_ text: String, delimiter: Character? = nil) throws(CSVError) -> CSVDocument {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = delimiter.flatMap { $0.unicodeScalars.first } ?? detectDelimiter(scalars)

        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var value = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var recordLine = 1
        var index = 0
        var quoted = false
        var afterQuote = false
        var fieldStarted = false

        func endField() {
            fields.append(CSVField(value: String(value), line: fieldLine, column: fieldColumn, wasQuoted: quoted))
            value = String.UnicodeScalarView()
            quoted = false
            afterQuote = false
            fieldStarted = false
        }
        func endRecord() {
            endField()
            // A line with nothing on it is not a record.
            if !(fields.count == 1 && fields[0].value.isEmpty && !fields[0].wasQuoted) {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if !fieldStarted {
                fieldStarted = true
                fieldLine = line
                fieldColumn = column
                if fields.isEmpty { recordLine = line }
                if scalar == "\"" {
                    quoted = true
                    index += 1
                    column += 1
                    continue
                }
            }
            if quoted && !afterQuote {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        value.append("\"")
                        index += 2
                        column += 2
                    } else {
                        afterQuote = true
                        index += 1
                        column += 1
                    }
                    continue
                }
                value.append(scalar)
                if scalar == "\n" || (scalar == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n")) {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            if scalar == separator {
                endField()
                fieldStarted = false
                index += 1
                column += 1
                continue
            }
            if scalar == "\r" || scalar == "\n" {
                endRecord()
                fieldStarted = false
                index += (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                line += 1
                column = 1
                continue
            }
            if afterQuote {
                throw .textAfterClosingQuote(line: line, column: column)
            }
            if scalar == "\"" {
                throw .quoteInsideUnquotedField(line: line, column: column)
            }
            value.append(scalar)
            index += 1
            column += 1
        }
        if quoted && !afterQuote {
            throw .unclosedQuote(line: fieldLine, column: fieldColumn)
        }
        if fieldStarted || !fields.isEmpty { endRecord() }
        return CSVDocument(records: records, delimiter: Character(separator))
    }

    /// Writes rows as CSV, quoting a field only where it holds the delimiter, a quote or a line break.
    public static func write(_ rows: [[String]], delimiter: Character = ",", lineEnding: String = "\n") -> String {
        rows.map { row in
            row.map { field in
                let needsQuotes =
                    field.contains(delimiter) || field.contains("\"") || field.contains("\n") || field.contains("\r")
                guard needsQuotes else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: String(delimiter))
        }.joined(separator: lineEnding) + lineEnding
    }

    /// Semicolon when the first line has more semicolons than commas (as Norwegian Excel saves), else comma.
    private static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0
        var semicolons = 0
        for scalar in scalars {
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}

/// A parsed CSV text: its records and the delimiter it used.
public struct CSVDocument: Equatable, Sendable {
    /// The records in order; the first is usually the header.
    public var records: [CSVRecord]
    /// The delimiter the text used: "," or ";".
    public var delimiter: Character
}

/// One record (row) of a CSV text.
public struct CSVRecord: Equatable, Sendable {
    /// The fields of the record, in order.
    public var fields: [CSVField]
    /// The line the record starts on, counted from 1.
    public var line: Int
}

/// One field (cell) of a CSV record, with the place it starts at.
public struct CSVField: Equatable, Sendable {
    /// The field's text, unquoted.
    public var value: String
    /// The line the field starts on, counted from 1.
    public var line: Int
    /// The column the field starts at, counted from 1.
    public var column: Int
    /// Whether the field was written in quotes (an empty quoted field is still a field).
    public var wasQuoted: Bool = false
}

/// A structural error in CSV text, at a line and column counted from 1.
public enum CSVError: Error, Equatable, CustomStringConvertible {
    /// A quoted field is never closed.
    case unclosedQuote(line: Int, column: Int)
    /// Text follows the closing quote of a field before the next delimiter.
    case textAfterClosingQuote(line: Int, column: Int)
    /// A quote appears in the middle of a field that did not start with one.
    case quoteInsideUnquotedField(line: Int, column: Int)

    /// The line of the error.
    public var line: Int {
        switch self {
        case .unclosedQuote(let line, _), .textAfterClosingQuote(let line, _), .quoteInsideUnquotedField(let line, _):
            line
        }
    }

    /// The column of the error.
    public var column: Int {
        switch self {
        case .unclosedQuote(_, let column), .textAfterClosingQuote(_, let column),
            .quoteInsideUnquotedField(_, let column):
            column
        }
    }

    /// What is wrong, in words.
    public var description: String {
        switch self {
        case .unclosedQuote:
            "a quoted cell starts here but its closing quote is missing; add the closing \""
        case .textAfterClosingQuote:
            "text follows a closing quote; put the whole cell inside the quotes"
        case .quoteInsideUnquotedField:
            "a quote inside a cell that does not start with one; put the cell in quotes and double the inner quote (\"\")"
        }
    }
}
