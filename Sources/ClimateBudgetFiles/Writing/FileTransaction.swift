import Foundation

/// Writes several files all or none: a command that changes five measure files never leaves two of them
/// changed and three not.
///
/// First every new content is written to a temporary file beside its target (`.NAME.<random>.tmp`), so a
/// full disk or a folder that cannot be written stops the transaction before anything is replaced. Then the
/// files are put in place one by one: an existing file is first kept as `NAME.backup` (a second name for the
/// same bytes, so the file is never missing), then the new content is renamed over it in one step. On any
/// error every file already replaced gets its original back, every file already created is removed, and
/// the temporary files are deleted. Only when all are in place, and on the disk (fsync), are the backups deleted.
///
/// A crash (power loss, `kill -9`) half way through the second step can leave some files new and some old,
/// with a `NAME.backup` beside each new one and `.NAME.<random>.tmp` files beside the old ones; the README
/// says how to put the budget back. A `NAME.backup` left from such a crash is never overwritten: the
/// transaction refuses to start until it is dealt with.
public enum FileTransaction {
    /// The suffix of the backup kept of a replaced file while the transaction runs.
    public static let backupSuffix = ".backup"

    /// Writes every file or none. `Write.replacing` (or `overwrite` where it is `nil`) says whether a file may
    /// replace an existing one; one that may not is created with link(2), which never replaces, so a file that
    /// appeared since the caller's checks is still not overwritten. A replaced file keeps its permissions.
    public static func write(_ writes: [AtomicFile.Write], overwrite: Bool) throws(WriteError) {
        var status = stat()
        if let blocked = writes.first(where: { lstat(backup(of: $0.url).path, &status) == 0 }) {
            throw .backupExists(path: blocked.shownPath, backup: blocked.shownPath + backupSuffix)
        }
        var staged: [URL] = []
        defer { for temporary in staged { unlink(temporary.path) } }
        for write in writes {
            let temporary = write.url.deletingLastPathComponent()
                .appendingPathComponent(".\(write.url.lastPathComponent).\(UUID().uuidString).tmp")
            do {
                try write.data.write(to: temporary)
            } catch {
                throw .cannotWrite(path: write.shownPath, reason: error.localizedDescription)
            }
            staged.append(temporary)
            // On the disk before any original is touched: after a power loss a renamed file is never empty.
            sync(temporary.path)
            var existing = stat()
            if lstat(write.url.path, &existing) == 0 {
                chmod(temporary.path, existing.st_mode & 0o7777)
            }
        }

        var done: [Done] = []
        for (write, temporary) in zip(writes, staged) {
            do throws(WriteError) {
                done.append(try put(temporary, in: write, replacing: write.replacing ?? overwrite))
            } catch {
                let notRestored = done.reversed().compactMap(undo)
                if let first = notRestored.first {
                    throw .notRestored(
                        path: first.shownPath, backup: first.shownPath + backupSuffix, reason: error.description)
                }
                throw error
            }
        }
        // The renames on the disk before the backups go: a power loss now leaves the new files or the backups.
        for folder in Set(writes.map { $0.url.deletingLastPathComponent().path }) { sync(folder) }
        for case .replaced(let write) in done { unlink(backup(of: write.url).path) }
    }

    /// Asks the system to put a file's or a folder's contents on the disk (fsync); a failure here is not an
    /// error of the write, which has happened, so it is not reported.
    private static func sync(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// What was done to one file, so that it can be undone.
    private enum Done {
        case replaced(AtomicFile.Write)
        case created(AtomicFile.Write)
    }

    private static func backup(of url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + backupSuffix)
    }

    private static func put(_ temporary: URL, in write: AtomicFile.Write, replacing: Bool) throws(WriteError) -> Done {
        func failure() -> WriteError { .cannotWrite(path: write.shownPath, reason: String(cString: strerror(errno))) }
        var status = stat()
        guard replacing, lstat(write.url.path, &status) == 0 else {
            // link(2) never replaces: a file that appeared since the check stays as it is.
            guard link(temporary.path, write.url.path) == 0 else {
                throw errno == EEXIST && !replacing ? .exists(path: write.shownPath) : failure()
            }
            return .created(write)
        }
        let backup = backup(of: write.url)
        if link(write.url.path, backup.path) != 0 {
            if errno == EEXIST { throw .backupExists(path: write.shownPath, backup: write.shownPath + backupSuffix) }
            throw failure()
        }
        guard rename(temporary.path, write.url.path) == 0 else {
            let error = failure()
            unlink(backup.path)
            throw error
        }
        return .replaced(write)
    }

    /// Undoes one step; returns the write when its original could not be put back (it is then in its backup).
    private static func undo(_ done: Done) -> AtomicFile.Write? {
        switch done {
        case .replaced(let write):
            return rename(backup(of: write.url).path, write.url.path) == 0 ? nil : write
        case .created(let write):
            unlink(write.url.path)
            return nil
        }
    }
}
