// libFuzzer entry point for the CSV reader (`CSV.parse`) and the reading of a CSV table of yearly tonnes; built by Tests/Fuzz/build.sh, run by Tests/Fuzz/run.sh csv SECONDS.
// What it does with the input is FuzzTargets.csv (Tests/ClimateBudgetFilesTests/Fuzz/FuzzTargets.swift).
@testable import ClimateBudget

/// Feeds one input to the target; any crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzTargets.csv(bytes)
    return 0
}
