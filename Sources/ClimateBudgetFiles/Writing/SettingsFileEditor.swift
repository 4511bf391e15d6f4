import ClimateBudget
import Foundation

/// Changes single settings in `Data/budget.json` as text, so every other byte of the file (other fields,
/// their order, the spacing the environment unit chose) stays as it was.
public enum SettingsFileEditor {
    /// The file's text with its `"period"` object replaced by the new period; `nil` when the file has no
    /// period object of the expected shape, or the result would not read back with the new period.
    public static func settingPeriod(_ period: Period, in text: String) -> String? {
        let pattern = #""period"\s*:\s*\{[^{}]*\}"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
        let updated = text.replacingCharacters(
            in: range, with: "\"period\": { \"start\": \(period.start), \"end\": \(period.end) }")
        // Check the edit: the result must be valid JSON whose period is the new one and whose other fields are unchanged.
        guard case .object(var after)? = try? JSONValue.parse(Data(updated.utf8), file: ""),
            case .object(var before)? = try? JSONValue.parse(Data(text.utf8), file: ""),
            after.removeValue(forKey: "period")
                == .object(["start": .number(Double(period.start)), "end": .number(Double(period.end))])
        else { return nil }
        before.removeValue(forKey: "period")
        return before == after ? updated : nil
    }

    /// The file's text with its `"lastHistoricalYear"` set to `year`; `nil` when the file has no such field, or
    /// the result would not read back with the new year and every other field unchanged.
    public static func settingLastHistoricalYear(_ year: Int, in text: String) -> String? {
        let pattern = #""lastHistoricalYear"\s*:\s*[0-9]+"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
        let updated = text.replacingCharacters(in: range, with: "\"lastHistoricalYear\": \(year)")
        guard case .object(var after)? = try? JSONValue.parse(Data(updated.utf8), file: ""),
            case .object(var before)? = try? JSONValue.parse(Data(text.utf8), file: ""),
            after.removeValue(forKey: "lastHistoricalYear") == .number(Double(year))
        else { return nil }
        before.removeValue(forKey: "lastHistoricalYear")
        return before == after ? updated : nil
    }
}
