import Foundation

/// `base` raised to `exponent`, for the constant-rate pathways: a constant yearly change compounds over years,
/// and a constant rate between two milestones needs fractional powers. The one place the library uses Foundation's
/// mathematics.
package func power(_ base: Double, _ exponent: Double) -> Double {
    Foundation.pow(base, exponent)
}
