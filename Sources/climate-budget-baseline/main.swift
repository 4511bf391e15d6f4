import Foundation

// The benchmark's baseline: the least a Foundation program that reads one JSON file does (start, read the file,
// JSONSerialization). `climate-budget gap` on the bundled budget is timed against it. Usage:
// climate-budget-baseline FILE
let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Data/budget.json"
guard let data = FileManager.default.contents(atPath: path),
    let value = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
else {
    FileHandle.standardError.write(Data("climate-budget-baseline: cannot read \(path) as a JSON object\n".utf8))
    exit(1)
}
print(value.count)
