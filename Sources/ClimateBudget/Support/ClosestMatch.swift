/// The candidate closest to a misspelt name by edit distance, if it is close enough to be a likely typo.
///
/// Used wherever a name is looked up and not found: actors, sectors, goals, commands and options,
/// so that every "unknown" message can say what was probably meant.
public func closestMatch(to name: String, among candidates: [String]) -> String? {
    let wanted = Array(name.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(wanted, Array(candidate.lowercased()))
        if distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(1, min(wanted.count, best.candidate.count) / 3)
    return best.distance <= allowed ? best.candidate : nil
}

/// The Levenshtein distance between two character sequences.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
