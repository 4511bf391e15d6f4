/// Finds object fields that appear twice in JSON text.
///
/// Foundation's parser keeps only the last of two equal keys and says nothing, so a measure file with two
/// `"effect"` blocks would lose one without a word. This scan runs on text that has already parsed.
enum JSONDuplicateKeys {
    /// Each repeated key with the line and column (from 1) where it appears again.
    static func find(in bytes: [UInt8]) -> [(key: String, line: Int, column: Int)] {
        var found: [(key: String, line: Int, column: Int)] = []
        var objects: [Set<String>?] = []  // one entry per open bracket: the keys seen, or nil for a list
        var expectingKey = false
        var line = 1
        // A place on the current line whose column is known, so that each column is counted on from the
        // last one: many repeated keys on one long line must not each count the line from its start.
        var known = (offset: 0, column: 1)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                objects.append([])
                expectingKey = true
            case UInt8(ascii: "["):
                objects.append(nil)
                expectingKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = objects.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                expectingKey = objects.last.map { $0 != nil } ?? false
            case UInt8(ascii: "\n"):
                line += 1
                known = (index + 1, 1)
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                if expectingKey, let last = objects.indices.last, var keys = objects[last] {
                    // Take the set out of the list first, so that inserting into it does not copy it.
                    objects[last] = nil
                    let key = String(decoding: bytes[(start + 1)..<min(index, bytes.count)], as: UTF8.self)
                    if !keys.insert(key).inserted {
                        // Characters, not bytes, so "ø" moves the column by one.
                        let column = known.column + String(decoding: bytes[known.offset..<start], as: UTF8.self).count
                        known = (start, column)
                        found.append((key, line, column))
                    }
                    objects[last] = keys
                    expectingKey = false
                }
            default:
                break
            }
            index += 1
        }
        return found
    }
}
