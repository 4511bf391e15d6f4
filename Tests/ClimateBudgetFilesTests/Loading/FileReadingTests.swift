import Foundation
import TestSupport
import Testing

@testable import ClimateBudgetFiles

@Suite("Reading a file's bytes")
struct FileReadingTests {
    /// Writes the files into a new temporary folder, runs `body` with the folder's path, and removes the folder.
    func withFolder(_ files: [String: [UInt8]], _ body: (String) throws -> Void) throws {
        let folder = TemporaryFolders.url("file-reading")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        try body(folder.path)
    }

    /// The bytes `withContents` hands over, copied out.
    func read(_ path: String) -> [UInt8]? {
        FileDecoding.withContents(ofFile: path) { Array($0) }
    }

    /// `count` bytes that differ from their neighbours, so that a piece read twice or out of place shows.
    func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 % 251) }
    }

    @Test("A small file is read whole, and an empty one as no bytes")
    func small() throws {
        let text = Array(#"{"id": 7, "title": "Fjernvarme på Tiller"}"#.utf8)
        try withFolder(["07-a.json": text, "empty.json": []]) { folder in
            #expect(read(folder + "/07-a.json") == text)
            #expect(read(folder + "/empty.json") == [])
        }
    }

    @Test(
        "A file as large as the buffer or larger is read whole, from its start",
        arguments: [FileDecoding.bufferSize - 1, FileDecoding.bufferSize, FileDecoding.bufferSize + 1, 40_000])
    func large(count: Int) throws {
        try withFolder(["large.json": pattern(count)]) { folder in
            #expect(read(folder + "/large.json") == pattern(count))
        }
    }

    @Test("A folder and a missing file do not read")
    func notFiles() throws {
        try withFolder([:]) { folder in
            try FileManager.default.createDirectory(
                atPath: folder + "/07-folder.json", withIntermediateDirectories: true)
            #expect(read(folder + "/07-folder.json") == nil)
            #expect(read(folder + "/missing.json") == nil)
        }
    }

    @Test("A device that never ends fills the buffer and is then refused, as it is no regular file")
    func endless() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/zero"))
        #expect(read("/dev/zero") == nil)
    }

    @Test("A file is read by its name in a folder held open")
    func openFolder() throws {
        let text = Array("[1, 2]".utf8)
        try withFolder(["list.json": text, "large.json": pattern(40_000)]) { folder in
            let open = try #require(OpenFolder(path: folder))
            #expect(open.withContents(of: "list.json") { Array($0) } == text)
            #expect(open.withContents(of: "large.json") { Array($0) } == pattern(40_000))
            #expect(open.withContents(of: "missing.json") { Array($0) } == nil)
        }
    }
}
