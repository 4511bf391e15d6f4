import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a file's bytes and decoding them as JSON or CSV, with the load problem when that fails: one place
/// for the loader and for the comparison behind `diff`, so both name the same problem the same way.
package enum FileDecoding {
    /// The file's bytes, or why they cannot be read.
    static func bytes(_ url: URL, file: String) -> Result<Data, LoadError> {
        do {
            return .success(try Data(contentsOf: url))
        } catch {
            return .failure(.unreadableFile(file: file, reason: error.localizedDescription))
        }
    }

    /// The bytes of the regular file at `path`, or `nil` when it is not one or cannot be read (the caller then
    /// finds out why, with the checks that name the problem).
    package static func contents(ofFile path: String) -> Data? {
        contents(of: open(path, O_RDONLY | O_CLOEXEC))
    }

    /// The bytes of the regular file open as `descriptor`, which this closes; `nil` when the file did not open
    /// (a negative descriptor), is not a regular file or cannot be read.
    ///
    /// One `fstat` and, for a small file, one `read` of the size `fstat` gives: the loader reads every measure
    /// file this way, and Foundation's `FileManager.contents(atPath:)` spent half again as long on each of the
    /// thousands of small files of a large budget. A read that returns less (a file over 2 GiB, a network file
    /// system) is followed by another until the size is read or the file ends; what a file gains after `fstat`
    /// is not read.
    static func contents(of descriptor: Int32) -> Data? {
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = max(Int(status.st_size), 0)
        var data = Data(count: size)
        var filled = 0
        while filled < size {
            let wanted = size - filled
            let got = data.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(descriptor, $0 + filled, wanted) } ?? -1
            }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            // The file ended early: it shrank after `fstat`.
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }

    /// How large a buffer ``withContents(of:in:_:)`` reads a file into: a measure file is one or two kilobytes.
    static let bufferSize = 16 * 1024

    /// The buffer ``withContents(of:in:_:)`` reads a file into, made once for many files: one core reads one file
    /// at a time into it.
    package final class ReadBuffer {
        let bytes: UnsafeMutablePointer<UInt8>

        package init() {
            bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: FileDecoding.bufferSize)
        }

        deinit {
            bytes.deallocate()
        }
    }

    /// `body` applied to the bytes of the file open as `descriptor`, which this closes, read into `buffer`; `nil`
    /// when the file did not open (a negative descriptor) or cannot be read.
    ///
    /// A file that fits in ``bufferSize`` bytes is read into the buffer until `read` says it has ended, without
    /// asking its size and without a `Data`: for the thousands of small files of a large budget, a `Data` per file
    /// was two allocations and its bytes zeroed before they were read (the `read` that finds the end costs about
    /// what the `fstat` it replaces did; a short read is not taken for the end, as a network file system may give
    /// one). A file that fills the buffer is read again from its start by ``contents(of:)``, which takes a regular
    /// file only (a device that never ends fills the buffer too). A folder does not read, as with
    /// ``contents(of:)``.
    static func withContents<Value>(
        of descriptor: Int32, in buffer: ReadBuffer = ReadBuffer(), _ body: (UnsafeBufferPointer<UInt8>) -> Value
    ) -> Value? {
        guard descriptor >= 0 else { return nil }
        let base = buffer.bytes
        var filled = 0
        while filled < bufferSize {
            let got = read(descriptor, base + filled, bufferSize - filled)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 {
                close(descriptor)
                guard got == 0 else { return nil }
                return body(UnsafeBufferPointer(start: base, count: filled))
            }
            filled += got
        }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            close(descriptor)
            return nil
        }
        return contents(of: descriptor).map { data in
            data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// ``withContents(of:in:_:)`` for the file at `path`.
    package static func withContents<Value>(
        ofFile path: String, in buffer: ReadBuffer = ReadBuffer(), _ body: (UnsafeBufferPointer<UInt8>) -> Value
    ) -> Value? {
        withContents(of: open(path, O_RDONLY | O_CLOEXEC), in: buffer, body)
    }

    /// The bytes as JSON (``JSONValue/parse(_:file:)``), or the problem with them.
    static func json(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<JSONValue, LoadError> {
        JSONValue.parse(bytes, file: file)
    }

    /// The bytes as JSON (``JSONValue/parse(_:file:)``), or the problem with them.
    static func json(_ data: Data, file: String) -> Result<JSONValue, LoadError> {
        do throws(LoadError) {
            return .success(try JSONValue.parse(data, file: file))
        } catch {
            return .failure(error)
        }
    }

    /// The bytes as UTF-8 CSV, or the problem with them.
    static func csv(_ data: Data, file: String) -> Result<CSVDocument, LoadError> {
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.notUTF8(file: file)) }
        do throws(CSVError) {
            return .success(try CSV.parse(text))
        } catch {
            return .failure(
                .malformedCSV(file: file, line: error.line, column: error.column, detail: error.description))
        }
    }
}

/// A folder held open while many of its files are read: each is opened by its name in the folder (`openat`),
/// which spares the kernel a walk along the folder's whole path for each of the thousands of files of a large
/// budget.
package final class OpenFolder: Sendable {
    private let descriptor: Int32

    /// Opens the folder at `path`, or `nil` when it cannot be opened as a folder.
    package init?(path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit {
        close(descriptor)
    }

    /// The bytes of the regular file `name` in the folder, or `nil` as for ``FileDecoding/contents(ofFile:)``.
    package func contents(of name: String) -> Data? {
        FileDecoding.contents(of: openat(descriptor, name, O_RDONLY | O_CLOEXEC))
    }

    /// `body` applied to the bytes of the file `name` in the folder, read into `buffer`, or `nil` as for
    /// ``FileDecoding/withContents(of:in:_:)``.
    package func withContents<Value>(
        of name: String, in buffer: FileDecoding.ReadBuffer = FileDecoding.ReadBuffer(),
        _ body: (UnsafeBufferPointer<UInt8>) -> Value
    ) -> Value? {
        FileDecoding.withContents(of: openat(descriptor, name, O_RDONLY | O_CLOEXEC), in: buffer, body)
    }
}
