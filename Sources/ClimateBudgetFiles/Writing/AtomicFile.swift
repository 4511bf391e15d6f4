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

        /// Creates a planned write.
        public init(url: URL, shownPath: String, data: Data) {
            self.url = url
            self.shownPath = shownPath
            self.data = data
        }
    }

    /// Writes every file, or none when any of them exists and `overwrite` is false.
    ///
    /// All files are checked before the first is written, so a refusal leaves the folder as it was.
    public static func write(_ writes: [Write], overwrite: Bool) throws(WriteError) {
        for write in writes {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: write.url.path, isDirectory: &isDirectory) {
                if isDirectory.boolValue { throw .isFolder(path: write.shownPath) }
                if !overwrite { throw .exists(path: write.shownPath) }
            }
            let folder = write.url.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .noFolder(path: write.shownPath)
            }
        }
        for write in writes { try replace(write) }
    }

    private static func replace(_ write: Write) throws(WriteError) {
        let folder = write.url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(write.url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try write.data.write(to: temporary)
        } catch {
            throw .cannotWrite(path: write.shownPath, reason: error.localizedDescription)
        }
        if rename(temporary.path, write.url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: write.shownPath, reason: reason)
        }
    }
}

/// Why a file was not written.
public enum WriteError: Error, Equatable, CustomStringConvertible {
    /// The file exists and overwriting was not asked for.
    case exists(path: String)
    /// The path names a folder.
    case isFolder(path: String)
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
        case .noFolder(let path):
            "\(path): the folder to write into does not exist; create it first or choose another --output"
        case .cannotWrite(let path, let reason):
            "\(path): could not be written (\(reason)); check that you may write in that folder"
        }
    }
}
