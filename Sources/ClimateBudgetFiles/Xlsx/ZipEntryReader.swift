import CZlib

/// Reads one zip entry's data in chunks, inflating deflated data with the system's zlib and checking the CRC-32
/// and the size when the data ends. Only a chunk of compressed data (64 KiB) and zlib's window are held at a time.
///
/// The CRC-32 can only be checked at the end, so a damaged entry is reported when it has been read to its end;
/// whoever reads an entry in chunks must read it to the end (``read(into:)`` returning 0) and discard what it
/// made of the data if that throws.
package final class ZipEntryReader {
    /// The entry being read.
    package let entry: ZipEntry
    private let handle: ZipFileHandle
    /// The compressed bytes not yet read from the file.
    private var compressedLeft: UInt64
    /// The uncompressed bytes handed out so far.
    private var produced: UInt64 = 0
    /// The CRC-32 of the bytes handed out so far.
    private var crc: UInt = 0
    /// Whether the data has ended and been checked.
    private var finished = false
    /// zlib's state; it must not move once initialised, so it lives on the heap.
    private let stream: UnsafeMutablePointer<z_stream>?
    /// The chunk of compressed input zlib reads from.
    private let input: UnsafeMutableRawBufferPointer

    /// The size of a chunk of compressed data read from the file.
    private static let chunkSize = 65_536

    /// Prepares to read an entry: checks its local header and sets up the inflater.
    init(handle: ZipFileHandle, entry: ZipEntry) throws(XlsxError) {
        self.handle = handle
        self.entry = entry
        self.compressedLeft = entry.compressedSize
        let file = handle.file
        func damaged(_ detail: String) -> XlsxError {
            .damagedEntry(file: file, entry: entry.name, detail: detail)
        }
        if entry.flags & 0x0001 != 0 {
            throw damaged("the entry is encrypted, which we do not read (remove the workbook's password in Excel)")
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw damaged(
                "compression method \(entry.method) is not supported (only stored and deflate, which Excel writes)")
        }
        // The local header repeats the name and may carry a different extra field, so its own lengths tell where
        // the data starts. With flag 3 its sizes and CRC are zero and a data descriptor follows the data; the
        // central directory holds the same values, so we use those throughout.
        let header = try handle.read(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30 else {
            throw .truncated(file: file, detail: "entry \(entry.name) lies past the end of the file")
        }
        guard header.uint32(at: 0) == ZipArchive.Signature.localHeader else {
            throw damaged("its local header is missing")
        }
        let dataOffset =
            entry.localHeaderOffset + 30 + UInt64(header.uint16(at: 26)) + UInt64(header.uint16(at: 28))
        guard dataOffset <= handle.size, entry.compressedSize <= handle.size - dataOffset else {
            throw .truncated(file: file, detail: "the data of entry \(entry.name) runs past the end of the file")
        }
        try handle.seek(to: dataOffset)
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        if entry.method == 8 {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            // Negative window bits: raw deflate data, without the zlib header and trailer (zip has its own).
            let status = inflateInit2_(stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else {
                stream.deallocate()
                input.deallocate()
                throw damaged("zlib cannot start inflating (status \(status))")
            }
            self.stream = stream
        } else {
            self.stream = nil
        }
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
        input.deallocate()
    }

    /// Fills a buffer with the next uncompressed bytes; returns how many, less than the buffer only at the end,
    /// and 0 once the data has ended (and its size and CRC-32 have been checked).
    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(XlsxError) -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        var count = 0
        if let stream {
            count = try inflate(stream, into: buffer)
        } else {
            let wanted = Int(min(UInt64(buffer.count), compressedLeft))
            while count < wanted {
                let read = try handle.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count..<wanted]))
                guard read > 0 else {
                    throw .truncated(file: handle.file, detail: "the data of entry \(entry.name) ends early")
                }
                count += read
            }
            compressedLeft -= UInt64(count)
            if compressedLeft == 0 { finished = true }
        }
        if count > 0, let base = buffer.baseAddress {
            crc = CZlib.crc32(crc, base.assumingMemoryBound(to: Bytef.self), uInt(count))
        }
        produced += UInt64(count)
        if produced > entry.uncompressedSize {
            throw .damagedEntry(
                file: handle.file, entry: entry.name,
                detail: "it inflates to more than the \(entry.uncompressedSize) bytes the archive states")
        }
        if finished { try check() }
        return count
    }

    /// Inflates until the buffer is full or the data ends.
    private func inflate(_ stream: UnsafeMutablePointer<z_stream>, into buffer: UnsafeMutableRawBufferPointer)
        throws(XlsxError) -> Int
    {
        stream.pointee.next_out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(buffer.count)
        while stream.pointee.avail_out > 0 {
            if stream.pointee.avail_in == 0 && compressedLeft > 0 {
                let wanted = Int(min(UInt64(Self.chunkSize), compressedLeft))
                let read = try handle.read(into: UnsafeMutableRawBufferPointer(rebasing: input[0..<wanted]))
                guard read > 0 else {
                    throw .truncated(file: handle.file, detail: "the data of entry \(entry.name) ends early")
                }
                compressedLeft -= UInt64(read)
                stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_in = uInt(read)
            }
            let before = stream.pointee.avail_out
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                finished = true
                break
            }
            switch status {
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.pointee.avail_in == 0 && compressedLeft == 0:
                throw .damagedEntry(
                    file: handle.file, entry: entry.name, detail: "its compressed data ends before the data does")
            case Z_BUF_ERROR where stream.pointee.avail_out < before:
                continue
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
                throw .damagedEntry(
                    file: handle.file, entry: entry.name, detail: "its compressed data is damaged (zlib: \(message))")
            }
        }
        return buffer.count - Int(stream.pointee.avail_out)
    }

    /// Checks the size and CRC-32 once the data has ended.
    private func check() throws(XlsxError) {
        guard produced == entry.uncompressedSize else {
            throw .damagedEntry(
                file: handle.file, entry: entry.name,
                detail: "it holds \(produced) bytes where the archive states \(entry.uncompressedSize)")
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
            throw .damagedEntry(
                file: handle.file, entry: entry.name,
                detail:
                    "its checksum is wrong (CRC-32 \(hex(UInt32(truncatingIfNeeded: crc))) where the archive states \(hex(entry.crc32)))"
            )
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
