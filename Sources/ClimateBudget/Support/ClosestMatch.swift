/// The candidate closest to a misspelt name by edit distance, if it is close enough to be a likely typo.
///
/// Used wherever a name is looked up and not found: actors, sectors, goals, commands and options,
/// so that every "unknown" message can say what was probably meant.
///
/// A candidate is close enough when it is at most a third of the shorter name's length away (at least one
/// edit). The cost stays linear in the name however long it is: names longer than 100 characters
/// are nobody's typo and get no suggestion (only their first characters are ever read), a candidate whose
/// length differs by more than any allowed distance is skipped without comparing, and the comparison stops
/// as soon as the distance must exceed the allowed one.
package func closestMatch(to name: String, among candidates: [String]) -> String? {
    guard let wanted = typoForm(name) else { return nil }
    let forms = candidates.map(typoForm)
    func allowed(_ candidate: [Character]) -> Int { max(1, min(wanted.count, candidate.count) / 3) }
    // No candidate may be suggested further away than this, so no distance beyond it needs computing.
    guard let limit = forms.compactMap({ $0.map(allowed) }).max() else { return nil }
    var best: (candidate: String, form: [Character], distance: Int)?
    for (candidate, form) in zip(candidates, forms) {
        guard let form, abs(form.count - wanted.count) <= limit,
            let distance = editDistance(wanted, form, atMost: limit),
            distance < (best?.distance ?? .max)
        else { continue }
        best = (candidate, form, distance)
    }
    guard let best, best.distance <= allowed(best.form) else { return nil }
    return best.candidate
}

/// The longest name, in characters, that ``closestMatch(to:among:)`` treats as a possible typo: far above
/// any id, option or actor name, and small enough that comparing two such names costs next to nothing.
let typoLength = 100

/// A name as compared for typos: lower case, as characters; `nil` when longer than ``typoLength``.
private func typoForm(_ name: String) -> [Character]? {
    let head = name.prefix(typoLength + 1)
    guard head.count <= typoLength else { return nil }
    return Array(head.lowercased())
}

/// The edit distance between two character sequences, counting a swap of two neighbours as one edit
/// (optimal string alignment), so that "gpa" is one edit from "gap"; `nil` when it is more than `bound`.
///
/// Keeps three rows over the shorter sequence rather than a full table, and stops once every way on has
/// passed `bound`.
func editDistance(_ first: [Character], _ second: [Character], atMost bound: Int) -> Int? {
    let (a, b) = first.count >= second.count ? (first, second) : (second, first)
    guard a.count - b.count <= bound else { return nil }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    var previousMinimum = 0
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = Swift.min(value, beforePrevious[j - 2] + 1)
            }
            current[j] = value
            rowMinimum = Swift.min(rowMinimum, value)
        }
        // Every later row is at least min(this row, the row before + 1): past the bound, it stays past it.
        if Swift.min(rowMinimum, previousMinimum + 1) > bound { return nil }
        previousMinimum = rowMinimum
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    let distance = previous[b.count]
    return distance <= bound ? distance : nil
}
