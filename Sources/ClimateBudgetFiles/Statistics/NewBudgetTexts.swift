/// The words of the templates `climate-budget init` writes, in the budget's language: bokmål, nynorsk (as a
/// nynorsk municipality writes it) or English. The budget's data is the municipality's own text from the first
/// edit, so the templates are written in the language its summary and reports will be in.
struct NewBudgetTexts: Sendable {
    /// The language code written as the budget's `language`: "nb", "nn" or "en".
    let language: String
    /// The budget's name before its first year: "Klimabudsjett".
    let budgetName: String
    /// The service areas of the template, for the user to replace with the municipality's own.
    let serviceAreas: [(id: String, name: String)]
    /// The group of every service area.
    let allServiceAreas: String
    /// The county, outside the municipality's organisation.
    let county: String
    /// A milestone's goal in words: municipality, year, "reduced"/"increased", percent and base year are filled in.
    let goal: @Sendable (_ municipality: String, _ year: Int, _ cut: Bool, _ percent: String, _ baseYear: Int) -> String
    /// The unit a goal is measured in.
    let indicator: String
    /// The example measures' titles and descriptions, one of each kind in the order of ``MeasureKind/allCases``.
    let examples: [(title: String, description: String)]

    /// The texts in a language; bokmål for any code but "nn" and "en".
    static func of(_ language: String) -> NewBudgetTexts {
        switch language {
        case "nn": nynorsk
        case "en": english
        default: bokmaal
        }
    }

    static let bokmaal = NewBudgetTexts(
        language: "nb", budgetName: "Klimabudsjett",
        serviceAreas: [
            ("ADM", "administrasjon og økonomi"), ("TEK", "teknisk drift og eiendom"),
            ("PLAN", "plan, byggesak og miljø"), ("OPP", "oppvekst og kultur"), ("HO", "helse og omsorg"),
        ],
        allServiceAreas: "alle tjenesteområder", county: "fylkeskommunen",
        goal: { municipality, year, cut, percent, baseYear in
            "I \(year) er de direkte klimagassutslippene i \(municipality) \(cut ? "redusert" : "økt") med \(percent) % i forhold til \(baseYear)"
        },
        indicator: "Tonn CO2ekv/år",
        examples: [
            (
                "Eksempel: tallfestet tiltak",
                "Et eksempel på et tallfestet tiltak (tabell 7-2): det kutter direkte utslipp med et anslått antall tonn CO2-ekvivalenter hvert år. Skriv anslaget for hvert år i perioden under effect (0 til det finnes et anslag), velg sektor og ansvarlige, eller slett filen."
            ),
            (
                "Eksempel: tiltak uten tallfestet effekt",
                "Et eksempel på et tiltak som kutter direkte utslipp, men uten tallfestet effekt (tabell 7-3). Det har sektor, men ingen effect. Endre eller slett filen."
            ),
            (
                "Eksempel: tiltak for andre klimamål",
                "Et eksempel på et tiltak for andre klimamål enn direkte utslipp, som energibruk eller indirekte utslipp (tabell 7-4). Det har ingen sektor. Endre eller slett filen."
            ),
            (
                "Eksempel: tilretteleggende tiltak",
                "Et eksempel på et tilretteleggende tiltak: utredning, plan eller kommunikasjon som forbereder videre omstilling (tabell 7-5). Endre eller slett filen."
            ),
        ])

    static let nynorsk = NewBudgetTexts(
        language: "nn", budgetName: "Klimabudsjett",
        serviceAreas: [
            ("ADM", "administrasjon og økonomi"), ("TEK", "teknisk drift og eigedom"),
            ("PLAN", "plan, byggjesak og miljø"), ("OPP", "oppvekst og kultur"), ("HO", "helse og omsorg"),
        ],
        allServiceAreas: "alle tenesteområda", county: "fylkeskommunen",
        goal: { municipality, year, cut, percent, baseYear in
            "I \(year) er dei direkte klimagassutsleppa i \(municipality) \(cut ? "reduserte" : "auka") med \(percent) % samanlikna med \(baseYear)"
        },
        indicator: "Tonn CO2ekv/år",
        examples: [
            (
                "Døme: talfesta tiltak",
                "Eit døme på eit talfesta tiltak (tabell 7-2): det kuttar direkte utslepp med eit anslått tal tonn CO2-ekvivalentar kvart år. Skriv anslaget for kvart år i perioden under effect (0 til det finst eit anslag), vel sektor og ansvarlege, eller slett fila."
            ),
            (
                "Døme: tiltak utan talfesta effekt",
                "Eit døme på eit tiltak som kuttar direkte utslepp, men utan talfesta effekt (tabell 7-3). Det har sektor, men ingen effect. Endre eller slett fila."
            ),
            (
                "Døme: tiltak for andre klimamål",
                "Eit døme på eit tiltak for andre klimamål enn direkte utslepp, som energibruk eller indirekte utslepp (tabell 7-4). Det har ingen sektor. Endre eller slett fila."
            ),
            (
                "Døme: tilretteleggjande tiltak",
                "Eit døme på eit tilretteleggjande tiltak: utgreiing, plan eller kommunikasjon som førebur vidare omstilling (tabell 7-5). Endre eller slett fila."
            ),
        ])

    static let english = NewBudgetTexts(
        language: "en", budgetName: "Climate budget",
        serviceAreas: [
            ("ADM", "administration and finance"), ("TEK", "technical services and property"),
            ("PLAN", "planning, building and environment"), ("OPP", "education and culture"),
            ("HO", "health and care"),
        ],
        allServiceAreas: "all service areas", county: "the county",
        goal: { municipality, year, cut, percent, baseYear in
            "By \(year) direct greenhouse gas emissions in \(municipality) are \(cut ? "reduced" : "increased") by \(percent) % compared with \(baseYear)"
        },
        indicator: "Tonnes CO2e/year",
        examples: [
            (
                "Example: quantified measure",
                "An example of a quantified measure (table 7-2): it cuts direct emissions by an estimated number of tonnes CO2 equivalent each year. Write the estimate for each year of the period under effect (0 until there is an estimate), choose the sector and those responsible, or delete the file."
            ),
            (
                "Example: measure without a quantified effect",
                "An example of a measure that cuts direct emissions but has no quantified effect (table 7-3). It has a sector but no effect. Change or delete the file."
            ),
            (
                "Example: measure for other climate goals",
                "An example of a measure for climate goals other than direct emissions, such as energy use or indirect emissions (table 7-4). It has no sector. Change or delete the file."
            ),
            (
                "Example: enabling measure",
                "An example of an enabling measure: a study, plan or communication that prepares further change (table 7-5). Change or delete the file."
            ),
        ])
}

extension NewBudget {
    /// Every text of the templates in a language, with a municipality's name and sample figures filled in: for the
    /// test that the nynorsk templates hold no bokmål or English word.
    public static func templateTexts(language: String) -> [String] {
        let texts = NewBudgetTexts.of(language)
        return [texts.budgetName, texts.allServiceAreas, texts.county, texts.indicator]
            + texts.serviceAreas.map(\.name) + texts.examples.flatMap { [$0.title, $0.description] }
            + [true, false].map { texts.goal("Eksempelvik", 2030, $0, "80", 2009) }
    }
}
