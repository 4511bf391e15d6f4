/// A number as a message shows it: whole numbers without decimals, others with at most `decimals` decimals.
///
/// Messages of the domain layer use this plain form; reports format numbers for their audience.
package func plainNumber(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return String(value) }
    if value == value.rounded() { return String(Int(value)) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}
