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

/// The edit distance between two character sequences, counting a swap of two neighbours as one edit
/// (optimal string alignment), so that "gpa" is one edit from "gap".
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { distance[i][0] = i }
    for j in 0...b.count { distance[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            distance[i][j] = Swift.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                distance[i][j] = Swift.min(distance[i][j], distance[i - 2][j - 2] + 1)
            }
        }
    }
    return distance[a.count][b.count]
}
