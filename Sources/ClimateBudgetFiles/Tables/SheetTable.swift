import ClimateBudget

/// A table of cells as a spreadsheet holds it, whatever the file: an xlsx worksheet, or a CSV file saved from
/// one. Readers of tabular data (the national emission statistics, a measure sheet) read this, so one piece of
/// code serves every format, and every problem can be named by sheet, row and column as the user sees them.
package struct SheetCell: Sendable, Equatable {
    /// The column, counted from 1 (A is 1), as the file places the cell; sparse rows skip columns.
    package var column: Int
    /// The cell's value.
    package var value: SheetValue

    /// Creates a cell.
    package init(column: Int, value: SheetValue) {
        self.column = column
        self.value = value
    }
}

/// A cell's value: text, a number, a truth value (xlsx's `b` type), a date or an error value.
///
/// xlsx stores a date as a number that a date format shows as a date: the reader gives such a cell as a date,
/// as the spreadsheet shows it, so that a date typed where a number belongs is not read as a number of days.
package enum SheetValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A date (or date and time) as ISO 8601 text: "2023-05-01", "2023-05-01T12:30".
    case date(String)
    /// An error value, such as `#N/A` or `#DIV/0!`, where a formula failed.
    case error(String)

    /// The value as text, as a person sees it in the sheet: a number without a needless ".0".
    package var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): plainNumber(number)
        case .bool(let value): value ? "TRUE" : "FALSE"
        case .date(let text), .error(let text): text
        }
    }
}

/// One row of a sheet: its number (from 1, as the spreadsheet shows it) and the cells it has, in column order.
package struct SheetRow: Sendable, Equatable {
    /// The row number, counted from 1.
    package var number: Int
    /// The cells present, in column order; a column without a cell is absent, not empty text.
    package var cells: [SheetCell]

    /// Creates a row.
    package init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in a column, if the row has one.
    package func cell(_ column: Int) -> SheetCell? {
        cells.first { $0.column == column }
    }
}

/// The column letters a spreadsheet shows for a column number counted from 1: 1 → "A", 27 → "AA".
package func sheetColumnLetters(_ column: Int) -> String {
    MeasureSheet.columnLetter(column - 1)
}
