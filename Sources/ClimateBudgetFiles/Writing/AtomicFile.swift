import Foundation

/// Writes files so that nothing is lost by accident: an existing file is replaced only when asked, and a
/// file is written to a temporary file in the same folder and renamed into place, so a reader never sees
/// half a file and a failed write leaves the old file as it was. Several files are written all or none.
public enum AtomicFile {
    /// A planned write: the bytes and where they go, with the path as the user should see it.
    public struct Write: Sendable {
        /// The file to write.
        public var url: URL
        /// The path as shown in messages.
        public var shownPath: String
        /// The contents.
        public var data: Data
        /// Whether this file may replace an existing one; `nil` leaves it to the call's `overwrite`.
        public var replacing: Bool?

        /// Creates a planned write.
        public init(url: URL, shownPath: String, data: Data, replacing: Bool? = nil) {
            self.url = url
            self.shownPath = shownPath
            self.data = data
            self.replacing = replacing
        }
    }

    /// Writes every file, or none when any of them exists and `overwrite` is false.
    ///
    /// All files are checked before the first is written, so a refusal leaves the folder as it was, and they
    /// are written as one ``FileTransaction``, so an error half way puts back every file already replaced. Only
    /// regular files are ever replaced (never a folder, a link, a device or a pipe), a replaced file keeps
    /// its permissions, and without `overwrite` a file that appears meanwhile is still not replaced.
    public static func write(_ writes: [Write], overwrite: Bool) throws(WriteError) {
        for write in writes {
            guard !write.url.lastPathComponent.isEmpty, !write.url.hasDirectoryPath else {
                throw .isFolder(path: write.shownPath)
            }
            switch kind(of: write.url) {
            case .none: break
            case .regular: if !(write.replacing ?? overwrite) { throw .exists(path: write.shownPath) }
            case .directory: throw .isFolder(path: write.shownPath)
            case .other: throw .notRegularFile(path: write.shownPath)
            }
            if kind(of: write.url.deletingLastPathComponent()) != .directory { throw .noFolder(path: write.shownPath) }
        }
        try FileTransaction.write(writes, overwrite: overwrite)
    }

    private enum Kind { case none, regular, directory, other }

    /// What is at a path, without following a link.
    private static func kind(of url: URL) -> Kind {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return .none }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}

/// Why a file was not written.
public enum WriteError: Error, Equatable, CustomStringConvertible {
    /// The file exists and overwriting was not asked for.
    case exists(path: String)
    /// The path names a folder.
    case isFolder(path: String)
    /// The path names a link, a device or a pipe, which is never replaced.
    case notRegularFile(path: String)
    /// The folder the file should go in does not exist.
    case noFolder(path: String)
    /// The system refused the write.
    case cannotWrite(path: String, reason: String)
    /// A backup left by an earlier write that was cut off (a crash) is in the way.
    case backupExists(path: String, backup: String)
    /// An error stopped the write half way, and a file already replaced could not be put back.
    case notRestored(path: String, backup: String, reason: String)

    /// One line: the path, what happened and what to do, in terms of files (the command line names its own
    /// options for "allow replacing it" and "another file").
    public var description: String {
        switch self {
        case .exists(let path):
            "\(path): the file exists already and was left as it is; allow replacing it, or write to another file"
        case .isFolder(let path):
            "\(path): is a folder; name a file to write, such as summary.html"
        case .notRegularFile(let path):
            "\(path): is a link, a device or a pipe, not a file, and is never replaced; name a file to write"
        case .noFolder(let path):
            "\(path): the folder to write into does not exist; create it first or write to another file"
        case .cannotWrite(let path, let reason):
            "\(path): could not be written (\(reason)); check that you may write in that folder"
        case .backupExists(let path, let backup):
            "\(path): nothing was written, because \(backup) is in the way: it is the original of \(path), kept by a write that was cut off (see the README on crashes). Compare the two; rename \(backup) to \(path) to put the original back, or delete \(backup) to keep \(path) as it is, then run the command again"
        case .notRestored(let path, let backup, let reason):
            "\(path): the write stopped half way (\(reason)), and \(path) could not be put back as it was; its original is in \(backup): rename \(backup) to \(path) to restore it"
        }
    }
}
