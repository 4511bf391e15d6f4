/// The fields of a JSON object, in the order the file writes them, each name once.
///
/// Not a `Dictionary`: a measure file is a dozen small objects of a few fields each, and hashing every name to
/// store it and again to read it, with a hash table allocated per object, was a third of reading such a file. The
/// fields are a list; a name is found by comparing it with each (a handful of comparisons for the objects a budget
/// has), and an object of more than ``indexedFrom`` fields also keeps an index by name, so no object is slow to
/// read, build or compare, however many fields a file gives it (removing a field costs a pass over the fields, as
/// removing from a list does).
///
/// Two objects are equal when they have the same names with equal values, in any order, as for a dictionary.
public struct JSONObject: Equatable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// One field: its name and its value.
    public typealias Element = (key: String, value: JSONValue)

    /// One field as it is kept: a structure rather than the ``Element`` tuple, because freeing a list of tuples goes
    /// through the run time's description of the tuple for every field, a structure through its own compiled code
    /// (freeing the trees of 9 999 measure files was a tenth of reading them).
    fileprivate struct Member {
        var key: String
        var value: JSONValue
    }

    /// The fields, in the order they were read or added.
    private var members: [Member] = []
    /// The position of each field in ``members`` by name, kept for an object of more than ``indexedFrom``
    /// fields only.
    private var index: [String: Int]?

    /// Whether every name is ASCII: then a name of another length in bytes cannot be equal to an ASCII name
    /// looked for, and most names compared in a search are told apart by their lengths alone (Swift's comparison
    /// of two texts is a call that checks for canonically equivalent characters, such as the Kelvin sign U+212A,
    /// which is equal to "K" though it is three bytes long; no two ASCII texts of different lengths are equal).
    private var asciiNames = true

    /// An object of more fields than this keeps an index by name.
    static let indexedFrom = 16

    /// An object without fields.
    public init() {}

    /// An object of the fields of a dictionary, in the order of their names.
    public init(_ dictionary: [String: JSONValue]) {
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) { self[key] = value }
    }

    /// An object of the fields written in the literal; of a name written twice, the later value counts.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (key, value) in elements { self[key] = value }
    }

    private mutating func buildIndex() {
        var index: [String: Int] = [:]
        index.reserveCapacity(members.count)
        for (position, member) in members.enumerated() { index[member.key] = position }
        self.index = index
    }

    /// The position of the field `key`, if the object has it.
    ///
    /// Names are compared as Swift compares texts: "å" written as one character and as "a" with a combining ring
    /// are one name, though their bytes (and lengths) differ, as they are one key of the dictionaries the readers
    /// fill.
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        // Through the buffer, each name compared where it stands: `firstIndex` copied every field it passed
        // (retaining its name and value, then releasing them), a tenth of reading a measure file.
        return members.withUnsafeBufferPointer { fields in
            guard asciiNames else {
                for position in fields.indices where fields[position].key == key { return position }
                return nil
            }
            let length = key.utf8.count
            // Whether the name looked for is ASCII, found out when a name of another length is first met.
            var asciiKey: Bool?
            for position in fields.indices {
                if fields[position].key.utf8.count != length {
                    if asciiKey == nil { asciiKey = key.isASCII }
                    if asciiKey == true { continue }
                }
                if fields[position].key == key { return position }
            }
            return nil
        }
    }

    /// The value of the field `key`; setting a value adds the field at the end or replaces its value where it is,
    /// and setting `nil` removes it.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { members[$0].value } }
        set {
            if let newValue { updateValue(newValue, forKey: key) } else { removeValue(forKey: key) }
        }
    }

    /// Sets the value of the field `key`, replacing its value where it stands or adding the field at the end, and
    /// returns the value it replaced; `nil` when the field is new. The reader stores each field this way and
    /// learns with the same search whether the name is repeated.
    @discardableResult
    public mutating func updateValue(_ value: JSONValue, forKey key: String) -> JSONValue? {
        updateValue(value, forKey: key, isASCII: nil)
    }

    /// ``updateValue(_:forKey:)`` for a reader that knows whether the name is ASCII (`nil`: find out if needed).
    @discardableResult
    mutating func updateValue(_ value: JSONValue, forKey key: String, isASCII: Bool?) -> JSONValue? {
        if let found = position(of: key) {
            defer { members[found].value = value }
            return members[found].value
        }
        if asciiNames && !(isASCII ?? key.isASCII) { asciiNames = false }
        append(value, forNewKey: key)
        return nil
    }

    /// Adds a field whose name the caller knows the object does not have yet, without searching for it (the reader
    /// knows it of a known name, see ``JSONNames/Places``); whether every name is ASCII is for the caller to note
    /// first, as ``updateValue(_:forKey:isASCII:)`` does (a known name is ASCII).
    mutating func append(_ value: JSONValue, forNewKey key: String) {
        members.append(Member(key: key, value: value))
        if index != nil {
            index?[key] = members.count - 1
        } else if members.count > Self.indexedFrom {
            buildIndex()
        }
    }

    /// Removes the field `key` and returns its value; `nil` when the object has no such field.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let found = position(of: key) else { return nil }
        let removed = members.remove(at: found).value
        if index != nil { buildIndex() }
        return removed
    }

    /// Makes room for `count` fields, so a small object is not moved as it grows.
    mutating func reserveCapacity(_ count: Int) {
        members.reserveCapacity(count)
    }

    /// The names of the fields, in order.
    public var keys: [String] { members.map(\.key) }

    /// The values of the fields, in order.
    public var values: [JSONValue] { members.map(\.value) }

    /// How many fields the object has.
    public var count: Int { members.count }

    /// Whether the object has no fields.
    public var isEmpty: Bool { members.isEmpty }

    public func makeIterator() -> Iterator {
        Iterator(members: members.makeIterator())
    }

    /// The fields in order, each as a name and its value.
    public struct Iterator: IteratorProtocol {
        fileprivate var members: IndexingIterator<[Member]>

        public mutating func next() -> Element? {
            members.next().map { ($0.key, $0.value) }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }
}

extension String {
    /// Whether every byte of the text is ASCII: then it equals another text exactly when their bytes are equal
    /// (see ``JSONObject``, and the names ``JSONNames`` keeps).
    var isASCII: Bool {
        var text = self
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
    }
}
