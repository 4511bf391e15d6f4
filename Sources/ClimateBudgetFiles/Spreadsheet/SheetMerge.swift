import ClimateBudget

extension MeasureSheet {
    /// Which side wins where a value was changed both in the files and in the sheet since the export.
    public enum Side: String, Sendable, CaseIterable {
        /// The value in the files now.
        case files
        /// The value in the sheet.
        case sheet
    }

    /// A value changed both in the files and in the sheet since the sheet was exported, to different values.
    public struct Conflict: Sendable, Equatable {
        /// The measure.
        public var measure: Int
        /// Its title in the files (or, when its file is gone, as exported).
        public var title: String
        /// The change made in the files since the export; `nil` when the measure's file was removed.
        public var inFiles: FieldChange?
        /// The change made in the sheet; `nil` when the file was removed and the row was changed.
        public var inSheet: FieldChange?
    }

    /// A value changed in the files since the export and left as exported in the sheet: the files' value is
    /// kept, so an old sheet does not turn newer values back.
    public struct NewerInFiles: Sendable, Equatable {
        /// The measure.
        public var measure: Int
        /// Its title in the files (or, when its file is gone, as exported).
        public var title: String
        /// The change made in the files since the export; `nil` when the measure's file was removed.
        public var change: FieldChange?
    }

    /// The three-way merge of one row: for each cell, what it held at export (the base), what the files hold
    /// now and what the sheet holds now.
    struct Merge {
        /// The row's export record, as exported.
        let exported: ExportRecord?
        /// The same record as the sheet's cells read it back, to see whether the user changed a cell.
        let exportedAsRead: ExportRecord?
        let take: Side?
        let measure: Int
        let title: String
        var conflicts: [Conflict] = []
        var newerInFiles: [NewerInFiles] = []
        /// Whether any cell of the row differs from the export.
        var sheetChanged = false

        /// The value to keep of a field the record holds; the sheet's value when the row has no record.
        mutating func value<T: Equatable>(
            _ field: KeyPath<ExportRecord, T>, files: T, sheet: T, change: (T, T) -> FieldChange
        ) -> T {
            guard let exported, let exportedAsRead else { return sheet }
            return resolve(
                base: exported[keyPath: field], baseAsRead: exportedAsRead[keyPath: field], files: files, sheet: sheet,
                change: change)
        }

        /// The effect to keep for a year; the sheet's when the row has no record or the year was not exported.
        mutating func effect(_ year: Int, files: Double?, sheet: Double?) -> Double? {
            guard let base = exported?.effect[year], let baseAsRead = exportedAsRead?.effect[year] else { return sheet }
            return resolve(base: base, baseAsRead: baseAsRead, files: files, sheet: sheet) {
                .effect(year: year, old: $0, new: $1)
            }
        }

        /// Sheet unchanged: the files' value, noted when it changed. Files unchanged, or both the same: the
        /// sheet's. Both changed differently: a conflict, settled by `take` (the files' value until it is).
        private mutating func resolve<T: Equatable>(
            base: T, baseAsRead: T, files: T, sheet: T, change: (T, T) -> FieldChange
        ) -> T {
            if sheet == baseAsRead {
                if files != base {
                    newerInFiles.append(NewerInFiles(measure: measure, title: title, change: change(base, files)))
                }
                return files
            }
            sheetChanged = true
            if files == base || files == sheet { return sheet }
            conflicts.append(
                Conflict(measure: measure, title: title, inFiles: change(base, files), inSheet: change(base, sheet)))
            return take == .sheet ? sheet : files
        }
    }
}
