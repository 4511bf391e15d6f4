import CZlib

/// Our own small zip writer (PKWARE's APPNOTE), the counterpart of ``ZipArchive``: each entry stored or deflated
/// by the system's zlib, with its CRC-32 from zlib, a local header before its data, the central directory and
/// the end record after the last entry. No zip64: an archive or entry of 4 GB or more is refused with an error,
/// never written wrong. Names are UTF-8 (flag 11); every entry carries the same time, so the same contents always
/// give the same bytes.
package struct ZipWriter {
    /// How an entry's data is kept.
    package enum Method: Sendable {
        /// As it is (method 0).
        case stored
        /// Deflated by zlib (method 8), or stored where deflating would not make it smaller.
        case deflated
    }

    /// The file being written, as messages name it.
    package let file: String
    /// The archive so far: local headers and data.
    private var bytes: [UInt8] = []
    /// The central directory so far, one header per entry.
    private var directory: [UInt8] = []
    /// How many entries were added.
    private var count = 0
    /// The largest size or offset the fields hold (0xFFFFFFFF means "see zip64", so it is one less); tests
    /// lower it to see large archives refused without writing gigabytes.
    let limit: UInt64

    /// The DOS date and time every entry carries: 1980-01-01 00:00, the earliest a zip can state.
    static let dosDate: UInt16 = 1 << 5 | 1
    static let dosTime: UInt16 = 0
    /// Flag 11: the name is UTF-8.
    static let utf8Flag: UInt16 = 0x0800

    /// Starts an empty archive.
    /// - Parameter file: The file as messages name it.
    package init(file: String) {
        self.init(file: file, limit: 0xFFFF_FFFE)
    }

    init(file: String, limit: UInt64) {
        self.file = file
        self.limit = limit
    }

    /// Adds an entry.
    /// - Parameters:
    ///   - name: The entry's path, with `/`, such as `xl/workbook.xml`.
    ///   - data: Its bytes.
    ///   - method: Stored or deflated.
    package mutating func add(_ name: String, _ data: [UInt8], method: Method = .deflated) throws(XlsxError) {
        guard UInt64(data.count) <= limit else {
            throw .tooLarge(file: file, detail: "the part \(name) holds \(data.count) bytes")
        }
        let nameBytes = Array(name.utf8)
        guard nameBytes.count <= 0xFFFF, count < 0xFFFF else {
            throw .tooLarge(file: file, detail: "too many parts, or a part's name too long")
        }
        let crc = Self.crc32(data)
        var stored = data
        var methodNumber: UInt16 = 0
        if method == .deflated, let deflated = try Self.deflate(data, file: file), deflated.count < data.count {
            stored = deflated
            methodNumber = 8
        }
        let offset = UInt64(bytes.count)
        guard offset + 30 + UInt64(nameBytes.count) + UInt64(stored.count) <= limit else {
            throw .tooLarge(file: file, detail: "the archive grows past 4 GB at the part \(name)")
        }
        // The local header.
        bytes.append(le32: ZipArchive.Signature.localHeader)
        bytes.append(le16: 20)  // version needed to extract: 2.0 (deflate)
        bytes.append(le16: Self.utf8Flag)
        bytes.append(le16: methodNumber)
        bytes.append(le16: Self.dosTime)
        bytes.append(le16: Self.dosDate)
        bytes.append(le32: crc)
        bytes.append(le32: UInt32(stored.count))
        bytes.append(le32: UInt32(data.count))
        bytes.append(le16: UInt16(nameBytes.count))
        bytes.append(le16: 0)  // no extra field
        bytes.append(contentsOf: nameBytes)
        bytes.append(contentsOf: stored)
        // Its central directory header.
        directory.append(le32: ZipArchive.Signature.centralHeader)
        directory.append(le16: 20)  // made by: MS-DOS attributes, version 2.0
        directory.append(le16: 20)
        directory.append(le16: Self.utf8Flag)
        directory.append(le16: methodNumber)
        directory.append(le16: Self.dosTime)
        directory.append(le16: Self.dosDate)
        directory.append(le32: crc)
        directory.append(le32: UInt32(stored.count))
        directory.append(le32: UInt32(data.count))
        directory.append(le16: UInt16(nameBytes.count))
        directory.append(le16: 0)  // extra field
        directory.append(le16: 0)  // comment
        directory.append(le16: 0)  // disk
        directory.append(le16: 0)  // internal attributes
        directory.append(le32: 0)  // external attributes
        directory.append(le32: UInt32(offset))
        directory.append(contentsOf: nameBytes)
        count += 1
    }

    /// The whole archive: the entries, the central directory and the end record.
    package func finish() throws(XlsxError) -> [UInt8] {
        let directoryOffset = UInt64(bytes.count)
        guard directoryOffset + UInt64(directory.count) + 22 <= limit else {
            throw .tooLarge(file: file, detail: "the archive's table of contents would end past 4 GB")
        }
        var archive = bytes
        archive.reserveCapacity(bytes.count + directory.count + 22)
        archive.append(contentsOf: directory)
        archive.append(le32: ZipArchive.Signature.endOfCentralDirectory)
        archive.append(le16: 0)  // this disk
        archive.append(le16: 0)  // the disk the directory starts on
        archive.append(le16: UInt16(count))
        archive.append(le16: UInt16(count))
        archive.append(le32: UInt32(directory.count))
        archive.append(le32: UInt32(directoryOffset))
        archive.append(le16: 0)  // no comment
        return archive
    }

    /// The CRC-32 of bytes, by zlib.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return UInt32(truncatingIfNeeded: CZlib.crc32(0, base, uInt(buffer.count)))
        }
    }

    /// Raw deflate data (no zlib header or trailer, as zip wants) of bytes, by zlib; nil if zlib refused to start.
    static func deflate(_ data: [UInt8], file: String) throws(XlsxError) -> [UInt8]? {
        var stream = z_stream()
        let status = deflateInit2_(
            &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))))
        var input = data
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else {
            throw .tooLarge(file: file, detail: "zlib could not deflate a part (status \(result))")
        }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}

extension [UInt8] {
    /// Appends a 16-bit number, little-endian, as zip stores numbers.
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    /// Appends a 32-bit number, little-endian.
    mutating func append(le32 value: UInt32) {
        append(le16: UInt16(value & 0xFFFF))
        append(le16: UInt16(value >> 16))
    }
}
