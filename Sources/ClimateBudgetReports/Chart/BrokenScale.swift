/// An axis of one or more linear pieces side by side, with a break between neighbouring pieces: a long history
/// drawn compressed on a fixed share of the width, then the years that matter at full width.
///
/// Within a piece a value maps exactly (linearly) to its pixel, so every point still maps back to its figure.
public struct BrokenScale: Equatable, Sendable {
    /// The pieces, left to right; their domains do not overlap.
    public var pieces: [LinearScale]
    /// Where the axis breaks between neighbouring pieces, in pixels: one fewer than the pieces.
    public var breaks: [Double]

    /// Creates a scale of pieces, left to right, with the pixel of the break between each two.
    public init(_ pieces: [LinearScale], breaks: [Double] = []) {
        self.pieces = pieces
        self.breaks = breaks
    }

    /// The pixel position of a value: by the last piece whose domain starts at or before it (the first piece
    /// for a value before them all).
    public func callAsFunction(_ value: Double) -> Double {
        guard let first = pieces.first else { return value }
        let piece = pieces.last { $0.domain.lowerBound <= value } ?? first
        return piece(value)
    }
}
