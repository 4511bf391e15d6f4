import Foundation

/// One file in a zip archive, as the archive's central directory describes it.
package struct ZipEntry: Sendable, Equatable {
    /// The entry's name, a path with `/` such as `xl/worksheets/sheet1.xml`.
    package var name: String
    /// The compression method: 0 stored, 8 deflate; we read no other.
    package var method: UInt16
    /// The general-purpose flags (bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name).
    package var flags: UInt16
    /// The CRC-32 of the uncompressed data.
    package var crc32: UInt32
    /// The size of the data as stored in the archive.
    package var compressedSize: UInt64
    /// The size of the data once inflated.
    package var uncompressedSize: UInt64
    /// Where the entry's local header starts in the file.
    package var localHeaderOffset: UInt64
}

/// Our own small reader of zip archives (PKWARE's APPNOTE), enough for xlsx files: stored and deflated entries,
/// data descriptors, UTF-8 names and zip64. The table of contents (the central directory) is read once; an entry's
/// data is read on demand and streamed in chunks (see ``ZipEntryReader``), so a large sheet is never held whole.
package struct ZipArchive: Sendable {
    /// The file as named in messages.
    package let file: String
    /// The file on disk.
    package let url: URL
    /// The entries in the order of the central directory.
    package let entries: [ZipEntry]
    /// The index of each entry by name.
    private let byName: [String: Int]
    /// The index of each entry by its name in lower case: part names in an Office package ignore case.
    private let byLowercaseName: [String: Int]

    /// Opens an archive and reads its central directory.
    /// - Parameters:
    ///   - url: The file.
    ///   - file: The file as messages name it (by default the path).
    package init(url: URL, shownAs file: String? = nil) throws(XlsxError) {
        let file = file ?? url.path
        self.file = file
        self.url = url
        let handle = try ZipFileHandle(url: url, file: file)
        let entries = try Self.readCentralDirectory(handle)
        self.entries = entries
        var byName: [String: Int] = [:]
        var byLowercaseName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if byName[entry.name] == nil { byName[entry.name] = index }
            if byLowercaseName[entry.name.lowercased()] == nil { byLowercaseName[entry.name.lowercased()] = index }
        }
        self.byName = byName
        self.byLowercaseName = byLowercaseName
    }

    /// The entry with a name, matched exactly or else ignoring case; a leading `/` is ignored.
    package func entry(named name: String) -> ZipEntry? {
        let name = name.hasPrefix("/") ? String(name.dropFirst()) : name
        guard let index = byName[name] ?? byLowercaseName[name.lowercased()] else { return nil }
        return entries[index]
    }

    /// Opens an entry for reading its data in chunks.
    package func open(_ entry: ZipEntry) throws(XlsxError) -> ZipEntryReader {
        try ZipEntryReader(handle: ZipFileHandle(url: url, file: file), entry: entry)
    }

    /// An entry's whole data, for small entries and tests; large parts are better streamed with ``open(_:)``.
    package func contents(of entry: ZipEntry) throws(XlsxError) -> [UInt8] {
        let reader = try open(entry)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            var result: Result<Int, XlsxError> = .success(0)
            chunk.withUnsafeMutableBytes { buffer in
                result = Result { () throws(XlsxError) -> Int in try reader.read(into: buffer) }
            }
            let count = try result.get()
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    // MARK: The central directory

    /// The signatures that begin the zip's records, as the little-endian numbers they are.
    enum Signature {
        static let localHeader: UInt32 = 0x0403_4b50
        static let centralHeader: UInt32 = 0x0201_4b50
        static let endOfCentralDirectory: UInt32 = 0x0605_4b50
        static let zip64EndOfCentralDirectory: UInt32 = 0x0606_4b50
        static let zip64Locator: UInt32 = 0x0706_4b50
        static let dataDescriptor: UInt32 = 0x0807_4b50
    }

    /// Reads the entries from the central directory that the end record points at.
    private static func readCentralDirectory(_ handle: ZipFileHandle) throws(XlsxError) -> [ZipEntry] {
        let file = handle.file
        let size = handle.size
        // The end of central directory record is the last thing in a zip: 22 bytes and then a comment of up to
        // 65,535 bytes. Its position is not recorded anywhere, so we search backwards from the end for its
        // signature, taking the last one whose comment length fits what follows it (the comment could itself hold
        // the signature's bytes, which searching backwards and checking the length guards against).
        let tailLength = Int(min(size, 22 + 65_535))
        let tailStart = size - UInt64(tailLength)
        let tail = try handle.read(at: tailStart, count: tailLength)
        var found: Int?
        var position = tailLength - 22
        while position >= 0 {
            if tail.uint32(at: position) == Signature.endOfCentralDirectory,
                position + 22 + Int(tail.uint16(at: position + 20)) <= tailLength
            {
                found = position
                break
            }
            position -= 1
        }
        guard let end = found else {
            // A zip starts with a local header; if this one does, its end was lost.
            let start = try handle.read(at: 0, count: Int(min(size, 4)))
            if start.count == 4 && start.uint32(at: 0) == Signature.localHeader {
                throw .truncated(file: file, detail: "the zip's table of contents at its end is missing")
            }
            throw .notAZip(file: file)
        }
        let diskNumber = tail.uint16(at: end + 4)
        let directoryDisk = tail.uint16(at: end + 6)
        var entryCount = UInt64(tail.uint16(at: end + 10))
        var directorySize = UInt64(tail.uint32(at: end + 12))
        var directoryOffset = UInt64(tail.uint32(at: end + 16))
        if diskNumber != directoryDisk {
            throw .damagedZip(file: file, detail: "the archive is split across several files, which we do not read")
        }

        // Zip64: when a count, size or offset does not fit, the record holds all ones and a zip64 end record,
        // found through the locator just before the end record, holds the real values.
        let endOffset = tailStart + UInt64(end)
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF, endOffset >= 20 {
            let locator = try handle.read(at: endOffset - 20, count: 20)
            if locator.uint32(at: 0) == Signature.zip64Locator {
                let recordOffset = locator.uint64(at: 8)
                guard recordOffset <= endOffset, endOffset - recordOffset >= 56 else {
                    throw .damagedZip(file: file, detail: "the zip64 end record is out of place")
                }
                let record = try handle.read(at: recordOffset, count: 56)
                guard record.uint32(at: 0) == Signature.zip64EndOfCentralDirectory else {
                    throw .damagedZip(file: file, detail: "the zip64 end record is missing")
                }
                entryCount = record.uint64(at: 32)
                directorySize = record.uint64(at: 40)
                directoryOffset = record.uint64(at: 48)
            }
        }
        guard directoryOffset <= endOffset, directorySize <= endOffset - directoryOffset else {
            throw .truncated(file: file, detail: "the table of contents points past the end of the file")
        }
        guard directorySize <= UInt64(Int.max), entryCount <= directorySize / 46 else {
            throw .damagedZip(file: file, detail: "the table of contents claims more entries than it can hold")
        }
        let directory = try handle.read(at: directoryOffset, count: Int(directorySize))

        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(entryCount))
        var offset = 0
        for index in 0..<entryCount {
            let damaged = XlsxError.damagedZip(
                file: file, detail: "entry \(index + 1) of \(entryCount) in the table of contents is damaged")
            guard offset + 46 <= directory.count, directory.uint32(at: offset) == Signature.centralHeader else {
                throw damaged
            }
            let flags = directory.uint16(at: offset + 8)
            let method = directory.uint16(at: offset + 10)
            let crc = directory.uint32(at: offset + 16)
            var compressedSize = UInt64(directory.uint32(at: offset + 20))
            var uncompressedSize = UInt64(directory.uint32(at: offset + 24))
            let nameLength = Int(directory.uint16(at: offset + 28))
            let extraLength = Int(directory.uint16(at: offset + 30))
            let commentLength = Int(directory.uint16(at: offset + 32))
            var localOffset = UInt64(directory.uint32(at: offset + 42))
            let nameStart = offset + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= directory.count else { throw damaged }
            let name = entryName(directory[nameStart..<extraStart], utf8: flags & 0x0800 != 0)

            // The zip64 extra field (id 1) holds, in this order, those of the sizes and the offset that are all
            // ones in the fixed fields, as 8-byte numbers.
            var extra = extraStart
            while extra + 4 <= extraStart + extraLength {
                let id = directory.uint16(at: extra)
                let length = Int(directory.uint16(at: extra + 2))
                let dataStart = extra + 4
                guard dataStart + length <= extraStart + extraLength else { break }
                if id == 1 {
                    var field = dataStart
                    func next64() throws(XlsxError) -> UInt64 {
                        guard field + 8 <= dataStart + length else {
                            throw .damagedZip(file: file, detail: "the zip64 sizes of entry \(name) are missing")
                        }
                        defer { field += 8 }
                        return directory.uint64(at: field)
                    }
                    if uncompressedSize == 0xFFFF_FFFF { uncompressedSize = try next64() }
                    if compressedSize == 0xFFFF_FFFF { compressedSize = try next64() }
                    if localOffset == 0xFFFF_FFFF { localOffset = try next64() }
                }
                extra = dataStart + length
            }
            if uncompressedSize == 0xFFFF_FFFF || compressedSize == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                throw .damagedZip(file: file, detail: "entry \(name) needs zip64 sizes, and they are missing")
            }
            entries.append(
                ZipEntry(
                    name: name, method: method, flags: flags, crc32: crc, compressedSize: compressedSize,
                    uncompressedSize: uncompressedSize, localHeaderOffset: localOffset))
            offset = next
        }
        return entries
    }

    /// An entry's name: UTF-8 when flag 11 says so or the bytes are valid UTF-8, else the old DOS code page 437.
    private static func entryName(_ bytes: ArraySlice<UInt8>, utf8: Bool) -> String {
        if let name = String(validating: bytes, as: UTF8.self) { return name }
        if utf8 { return String(decoding: bytes, as: UTF8.self) }
        return String(String.UnicodeScalarView(bytes.map { codePage437($0) }))
    }

    /// A byte of code page 437 as a Unicode scalar.
    private static func codePage437(_ byte: UInt8) -> Unicode.Scalar {
        if byte < 0x80 { return Unicode.Scalar(byte) }
        let upper = Array(
            "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}"
                .unicodeScalars)
        return upper[Int(byte) - 0x80]
    }
}

/// An open file of a zip archive, read at offsets.
final class ZipFileHandle {
    /// The file as named in messages.
    let file: String
    /// The file's size in bytes.
    let size: UInt64
    private let handle: FileHandle

    /// Opens the file for reading.
    init(url: URL, file: String) throws(XlsxError) {
        self.file = file
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadable(file: file, reason: "it is a folder")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .unreadable(file: file, reason: "no such file")
        }
        do {
            handle = try FileHandle(forReadingFrom: url)
            size = try handle.seekToEnd()
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
    }

    deinit {
        try? handle.close()
    }

    /// Reads up to `count` bytes at an offset: fewer only at the end of the file.
    func read(at offset: UInt64, count: Int) throws(XlsxError) -> [UInt8] {
        do {
            try handle.seek(toOffset: offset)
            guard count > 0, let data = try handle.read(upToCount: count) else { return [] }
            return [UInt8](data)
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
    }

    /// Reads up to `buffer.count` bytes from the current position into a buffer; returns how many (0 at the end).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(XlsxError) -> Int {
        do {
            guard buffer.count > 0, let data = try handle.read(upToCount: buffer.count) else { return 0 }
            return data.copyBytes(to: buffer)
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
    }

    /// Moves to an offset for ``read(into:)``.
    func seek(to offset: UInt64) throws(XlsxError) {
        do {
            try handle.seek(toOffset: offset)
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
    }
}

extension Collection<UInt8> where Index == Int {
    /// The little-endian 16-bit number at an index.
    func uint16(at index: Int) -> UInt16 {
        UInt16(self[index]) | UInt16(self[index + 1]) << 8
    }

    /// The little-endian 32-bit number at an index.
    func uint32(at index: Int) -> UInt32 {
        UInt32(uint16(at: index)) | UInt32(uint16(at: index + 2)) << 16
    }

    /// The little-endian 64-bit number at an index.
    func uint64(at index: Int) -> UInt64 {
        UInt64(uint32(at: index)) | UInt64(uint32(at: index + 4)) << 32
    }
}
