import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the tests write: every temporary folder and file a test makes is inside one folder of the test process's
/// own, which is removed when the process ends.
///
/// Tests copy a budget to change it, write summaries and workbooks, run `init` into new folders: hundreds of
/// folders a run. Made straight in the system's temporary folder, and removed by each test only when it ended
/// well, they stayed behind by the thousand on a developer's machine. One folder per process, removed at its exit
/// (however each test ended), leaves nothing behind but what a crashed process had made.
public enum TemporaryFolders {
    /// A new path, not made yet, for a folder or file whose name starts with `prefix` and ends with `suffix` (a
    /// file's extension, say): the caller makes it.
    public static func url(_ prefix: String, suffix: String = "") -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }

    /// The process's folder, made on first use, with its removal registered for the process's exit.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "climate-budget-tests-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TemporaryFolders.root) }
        return root
    }()
}
