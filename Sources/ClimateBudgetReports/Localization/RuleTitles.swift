/// The validation rules' titles in each summary language, so the council sees open findings in its language.
///
/// A test checks that every rule of the validator has a title in every language.
public enum RuleTitles {
    /// The title of a rule in a language; the rule id when none is known.
    public static func title(_ rule: String, _ language: Language) -> String {
        titles[rule]?[language] ?? rule
    }

    static let titles: [String: [Language: String]] = [
        "duplicate-measure-id": [.nb: "Samme tiltaksnummer er brukt to ganger", .en: "The same measure number is used twice"],
        "measure-file-name": [.nb: "Filnavnet stemmer ikke med tiltaksnummeret", .en: "The file name does not match the measure number"],
        "missing-implementer": [.nb: "Ingen har gjennomføringsansvar", .en: "No one is named to carry the measure out"],
        "unknown-actor": [.nb: "Ansvarlig aktør er ukjent", .en: "A responsible actor is unknown"],
        "missing-reporter": [.nb: "Filene har ikke registrert hvilket tjenesteområde som rapporterer", .en: "Our files record no reporting service area"],
        "reporter-not-service-area": [.nb: "Rapporteringsansvarlig er ikke et kommunalt tjenesteområde", .en: "The reporter is not a municipal service area"],
        "missing-sector": [.nb: "Tiltaket mangler utslippssektor", .en: "The measure has no emission sector"],
        "unknown-sector": [.nb: "Utslippssektoren er ukjent", .en: "The emission sector is unknown"],
        "missing-effect-year": [.nb: "Effekt mangler for et år i perioden", .en: "An effect is missing for a year of the period"],
        "negative-effect": [.nb: "Effekten er negativ", .en: "The effect is negative"],
        "effect-on-unquantified-measure": [.nb: "Effekt på et tiltak som ikke er kvantifisert", .en: "An effect on a measure that is not quantified"],
        "effect-after-period": [.nb: "Effekt for år etter perioden", .en: "An effect for years after the period"],
        "effect-exceeds-sector-reference": [.nb: "Effekten er større enn sektorens utslipp", .en: "The effect exceeds the sector's emissions"],
        "unknown-goal": [.nb: "Målet er ukjent", .en: "The goal is unknown"],
        "goal-evidence-unlisted": [.nb: "Kildesitat for et mål tiltaket ikke har oppført", .en: "Goal evidence for a goal the measure does not list"],
        "missing-reference-year": [.nb: "Referansebanen mangler år", .en: "The reference pathway lacks years"],
        "missing-target": [.nb: "Målbanen mangler år", .en: "The target pathway lacks years"],
        "cap-breaks-milestone": [.nb: "Utslippstaket stemmer ikke med bystyrets mål", .en: "A cap does not agree with the council's milestone"],
        "milestone-increase": [.nb: "Et mål tillater økte utslipp (glemt minustegn?)", .en: "A milestone allows emissions to grow (a missing minus sign?)"],
    ]
}
