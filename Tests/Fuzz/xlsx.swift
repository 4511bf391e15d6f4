// libFuzzer entry point for the xlsx reader (zip, XML, `XlsxWorkbook` and every sheet's rows); built by Tests/Fuzz/build.sh, run by Tests/Fuzz/run.sh xlsx SECONDS.
// What it does with the input is FuzzTargets.xlsx (Tests/ClimateBudgetFilesTests/Fuzz/FuzzTargets.swift).
@testable import ClimateBudget

/// Feeds one input to the target; any crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzTargets.xlsx(bytes)
    return 0
}
