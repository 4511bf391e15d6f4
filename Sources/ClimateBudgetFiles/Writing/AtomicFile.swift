import Foundation

/// Writes files so that nothing is lost by accident: an existing file is replaced only when asked, and a
/// file is written to a temporary file in the same folder and renamed into place, so a reader never sees
/// half a file and a failed write leaves the old file as it was.
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
    /// All files are checked before the first is written, so a refusal leaves the folder as it was. Only
    /// regular files are ever replaced (never a folder, a link, a device or a pipe), a replaced file keeps
    /// its permissions, and without `overwrite` a file that appears meanwhile is still not replaced.
    public static func write(_ writes: [Write], overwrite: Bool) throws(WriteError) {
        for write in writes {
            guard !write.url.lastPathComponent.isEmpty, !write.url.hasDirectoryPath else { throw .isFolder(path: write.shownPath) }
            switch kind(of: write.url) {
            case .none: break
            case .regular: if !(write.replacing ?? overwrite) { throw .exists(path: write.shownPath) }
            case .directory: throw .isFolder(path: write.shownPath)
            case .other: throw .notRegularFile(path: write.shownPath)
            }
            if kind(of: write.url.deletingLastPathComponent()) != .directory { throw .noFolder(path: write.shownPath) }
        }
        for write in writes { try replace(write, overwrite: write.replacing ?? overwrite) }
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

    private static func replace(_ write: Write, overwrite: Bool) throws(WriteError) {
        let folder = write.url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(write.url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try write.data.write(to: temporary)
        } catch {
            throw .cannotWrite(path: write.shownPath, reason: error.localizedDescription)
        }
        defer { unlink(temporary.path) }
        var existing = stat()
        if lstat(write.url.path, &existing) == 0 {
            chmod(temporary.path, existing.st_mode & 0o7777)
        }
        if overwrite {
            if rename(temporary.path, write.url.path) != 0 { throw .cannotWrite(path: write.shownPath, reason: String(cString: strerror(errno))) }
        } else if link(temporary.path, write.url.path) != 0 {
            // link(2) never replaces: a file that appeared since the check stays as it is.
            if errno == EEXIST { throw .exists(path: write.shownPath) }
            throw .cannotWrite(path: write.shownPath, reason: String(cString: strerror(errno)))
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

    /// One line: the path, what happened and what to do.
    public var description: String {
        switch self {
        case .exists(let path):
            "\(path): the file exists already and was left as it is; pass --force to replace it, or choose another --output"
        case .isFolder(let path):
            "\(path): is a folder; name a file to write, such as summary.html"
        case .notRegularFile(let path):
            "\(path): is a link, a device or a pipe, not a file, and is never replaced; name a file to write"
        case .noFolder(let path):
            "\(path): the folder to write into does not exist; create it first or choose another --output"
        case .cannotWrite(let path, let reason):
            "\(path): could not be written (\(reason)); check that you may write in that folder"
        }
    }
}
