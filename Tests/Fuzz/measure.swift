// libFuzzer entry point for the measure loader (one measure file's bytes as `Measures/` files are read); built by Tests/Fuzz/build.sh, run by Tests/Fuzz/run.sh measure SECONDS.
// What it does with the input is FuzzTargets.measure (Tests/ClimateBudgetFilesTests/Fuzz/FuzzTargets.swift).
@testable import ClimateBudget

/// Feeds one input to the target; any crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // The fast way through a plain file must read it as the tree does: a difference stops the fuzzer.
    precondition(FuzzTargets.plainAgrees(FuzzTargets.measure(bytes)), "the fast way read a file otherwise")
    return 0
}
