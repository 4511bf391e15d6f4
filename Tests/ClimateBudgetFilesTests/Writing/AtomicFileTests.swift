import ClimateBudgetFiles
import Foundation
import TestSupport
import Testing

@Suite("Writing files without losing any")
struct AtomicFileTests {
    let folder: URL

    init() throws {
        folder = TemporaryFolders.url("atomic")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) -> AtomicFile.Write {
        AtomicFile.Write(url: folder.appendingPathComponent(name), shownPath: name, data: Data(text.utf8))
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("A new file is written, and no temporary file stays behind")
    func newFile() throws {
        try AtomicFile.write([write("summary.html", "one")], overwrite: false)
        #expect(try contents("summary.html") == "one")
        #expect(try listing() == ["summary.html"])
    }

    @Test("An existing file is refused without overwrite, and stays byte for byte")
    func refuses() throws {
        try AtomicFile.write([write("summary.html", "original")], overwrite: false)
        #expect(throws: WriteError.exists(path: "summary.html")) {
            try AtomicFile.write([write("summary.html", "new")], overwrite: false)
        }
        #expect(try contents("summary.html") == "original")
        #expect(
            WriteError.exists(path: "summary.html").description
                == "summary.html: the file exists already and was left as it is; allow replacing it, or write to another file"
        )
    }

    @Test("With overwrite the file is replaced")
    func replaces() throws {
        try AtomicFile.write([write("summary.html", "original")], overwrite: false)
        try AtomicFile.write([write("summary.html", "new")], overwrite: true)
        #expect(try contents("summary.html") == "new")
        #expect(try listing() == ["summary.html"])
    }

    @Test("Several files are written all or none: one refusal writes nothing")
    func allOrNone() throws {
        try AtomicFile.write([write("summary-chart.svg", "old chart")], overwrite: false)
        #expect(throws: WriteError.exists(path: "summary-chart.svg")) {
            try AtomicFile.write([write("summary.md", "text"), write("summary-chart.svg", "chart")], overwrite: false)
        }
        #expect(try listing() == ["summary-chart.svg"])
        #expect(try contents("summary-chart.svg") == "old chart")
    }

    @Test("A link, a pipe or a device is never replaced, even with overwrite")
    func notRegular() throws {
        try AtomicFile.write([write("target.html", "kept")], overwrite: false)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.html").path, withDestinationPath: "target.html")
        #expect(throws: WriteError.notRegularFile(path: "link.html")) {
            try AtomicFile.write([write("link.html", "new")], overwrite: true)
        }
        #expect(try contents("target.html") == "kept")
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o644) == 0)
        #expect(throws: WriteError.notRegularFile(path: "pipe")) {
            try AtomicFile.write([write("pipe", "new")], overwrite: true)
        }
    }

    @Test("A replaced file keeps its permissions")
    func permissions() throws {
        try AtomicFile.write([write("private.html", "old")], overwrite: false)
        let path = folder.appendingPathComponent("private.html").path
        #expect(chmod(path, 0o600) == 0)
        try AtomicFile.write([write("private.html", "new")], overwrite: true)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("A missing folder or a folder in the way is named")
    func folders() throws {
        #expect(throws: WriteError.noFolder(path: "missing/summary.html")) {
            try AtomicFile.write(
                [
                    AtomicFile.Write(
                        url: folder.appendingPathComponent("missing/summary.html"), shownPath: "missing/summary.html",
                        data: Data())
                ], overwrite: true)
        }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        #expect(throws: WriteError.isFolder(path: "out")) {
            try AtomicFile.write([write("out", "x")], overwrite: true)
        }
    }
}
