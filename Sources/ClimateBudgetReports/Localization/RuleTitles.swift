import ClimateBudget

/// The titles of problems in each summary language, so the council sees open findings in its language.
///
/// Each rule keeps its titles in its own file (``ValidationRule/summaryTitles``); a test checks that every rule
/// has a title in every language.
public enum RuleTitles {
    /// The title of a rule in a language; the rule id when none is known.
    public static func title(_ rule: String, _ language: Language) -> String {
        titles[rule]?[language] ?? rule
    }

    /// Every rule's titles by language.
    static let titles: [String: [Language: String]] = Dictionary(
        uniqueKeysWithValues: Validator.rules.map { rule in
            (
                rule.id,
                Dictionary(
                    uniqueKeysWithValues: Language.allCases.compactMap { language in
                        rule.summaryTitles[language.rawValue].map { (language, $0) }
                    })
            )
        })
}
