import Foundation

/// Reading a file's bytes and decoding them as JSON or CSV, with the load problem when that fails: one place
/// for the loader and for the comparison behind `diff`, so both name the same problem the same way.
enum FileDecoding {
    /// The file's bytes, or why they cannot be read.
    static func bytes(_ url: URL, file: String) -> Result<Data, LoadError> {
        do {
            return .success(try Data(contentsOf: url))
        } catch {
            return .failure(.unreadableFile(file: file, reason: error.localizedDescription))
        }
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
