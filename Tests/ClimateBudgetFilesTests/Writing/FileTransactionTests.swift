import ClimateBudgetFiles
import Foundation
import TestSupport
import Testing

@Suite("Writing several files all or none")
struct FileTransactionTests {
    let folder: URL

    init() throws {
        folder = TemporaryFolders.url("transaction")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in [("01-a.json", "original a\n"), ("02-b.json", "original b\n")] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    func write(_ name: String, _ text: String, replacing: Bool = true) -> AtomicFile.Write {
        AtomicFile.Write(
            url: folder.appendingPathComponent(name), shownPath: "Measures/" + name, data: Data(text.utf8),
            replacing: replacing)
    }

    /// Every file under the folder (hidden ones too) with its bytes.
    func everything() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                files[name] = isDirectory.boolValue ? Data("(folder)".utf8) : try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("All files are written, and no temporary file or backup stays behind")
    func allWritten() throws {
        try FileTransaction.write(
            [
                write("01-a.json", "new a\n"), write("02-b.json", "new b\n"),
                write("03-c.json", "new c\n", replacing: false),
            ], overwrite: false)
        #expect(
            try everything() == [
                "01-a.json": Data("new a\n".utf8), "02-b.json": Data("new b\n".utf8), "03-c.json": Data("new c\n".utf8),
            ])
    }

    @Test("An error half way puts back every file already replaced and removes every file already created")
    func failureHalfWay() throws {
        // The third target is a folder (as if it appeared after the checks): keeping a backup of it fails, after
        // 03-new.json was created and 01-a.json and 02-b.json were replaced.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("04-folder.json"), withIntermediateDirectories: false)
        try Data("inside\n".utf8).write(to: folder.appendingPathComponent("04-folder.json/note.txt"))
        let before = try everything()
        #expect(throws: WriteError.cannotWrite(path: "Measures/04-folder.json", reason: "Operation not permitted")) {
            try FileTransaction.write(
                [
                    write("03-new.json", "new\n", replacing: false), write("01-a.json", "new a\n"),
                    write("02-b.json", "new b\n"),
                    write("04-folder.json", "new folder\n"), write("05-last.json", "last\n", replacing: false),
                ], overwrite: false)
        }
        #expect(try everything() == before)
        #expect(before.keys.sorted() == ["01-a.json", "02-b.json", "04-folder.json", "04-folder.json/note.txt"])
    }

    @Test("An error while the new contents are staged replaces nothing")
    func failureWhileStaging() throws {
        let before = try everything()
        let missing = AtomicFile.Write(
            url: folder.appendingPathComponent("missing/x.json"), shownPath: "missing/x.json", data: Data("x".utf8))
        do {
            try FileTransaction.write([write("01-a.json", "new a\n"), missing], overwrite: true)
            Issue.record("the write should have failed")
        } catch {
            guard case .cannotWrite(let path, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "missing/x.json")
        }
        #expect(try everything() == before)
    }

    @Test("A backup left by a write that was cut off is never overwritten: nothing is written until it is dealt with")
    func leftoverBackup() throws {
        try Data("original a, kept by a crashed import\n".utf8).write(
            to: folder.appendingPathComponent("01-a.json.backup"))
        let before = try everything()
        #expect(throws: WriteError.backupExists(path: "Measures/01-a.json", backup: "Measures/01-a.json.backup")) {
            try FileTransaction.write([write("02-b.json", "new b\n"), write("01-a.json", "new a\n")], overwrite: true)
        }
        #expect(try everything() == before)
        #expect(
            WriteError.backupExists(path: "Measures/01-a.json", backup: "Measures/01-a.json.backup").description
                == "Measures/01-a.json: nothing was written, because Measures/01-a.json.backup is in the way: it is the original of Measures/01-a.json, kept by a write that was cut off (see the README on crashes). Compare the two; rename Measures/01-a.json.backup to Measures/01-a.json to put the original back, or delete Measures/01-a.json.backup to keep Measures/01-a.json as it is, then run the command again"
        )
    }

    @Test("A file that appears after the checks is not replaced, and the files already written are put back")
    func appearedMeanwhile() throws {
        try Data("someone else's\n".utf8).write(to: folder.appendingPathComponent("03-new.json"))
        let before = try everything()
        #expect(throws: WriteError.exists(path: "Measures/03-new.json")) {
            try FileTransaction.write(
                [write("01-a.json", "new a\n"), write("03-new.json", "mine\n", replacing: false)], overwrite: false)
        }
        #expect(try everything() == before)
    }
}
