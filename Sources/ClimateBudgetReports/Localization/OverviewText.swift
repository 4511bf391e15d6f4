import Foundation

/// Every fixed text of `overview`'s text, Markdown and HTML output, by key, in each language: bokmål, nynorsk and
/// English. CSV and JSON keep their English keys (a contract for CI).
///
/// A test checks that each language has every key, as for ``SummaryText``. Placeholders in braces, such as
/// `{count}`, are filled in by ``OverviewText/format(_:_:)``.
public enum OverviewText: String, CaseIterable, Sendable {
    /// The title, the table's columns, its total row and a budget that does not load.
    case titleOne, titleMany
    case columnFolder, columnMunicipality, columnBaseYear, columnBaseEmissions, columnPeriod, columnEffect,
        columnGapFirst, columnGapLast, columnChange, columnWithoutReporter, columnErrors, columnWarnings
    case total, doesNotLoad, notLoadedHeading, moreProblems
    /// The notes under the table.
    case legend, totalsNote
    /// The HTML page: its title and headline, the sections, the chart.
    case documentTitle, kicker, headline, headlineNoGaps, tableHeading, chartHeading, chartCaption, chartDescription,
        chartAxis, chartFirstYear, chartLastYear, chartOnTarget, chartLeft, chartRight, chartNone, chartLeftOut
    case generatedBy

    /// The text in a language with its placeholders filled in.
    public func format(_ language: Language, _ values: [String: String] = [:]) -> String {
        var text = Self.table(language)[self] ?? ""
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }

    /// All texts of one language.
    public static func table(_ language: Language) -> [OverviewText: String] {
        switch language {
        case .nb: bokmal
        case .nn: nynorsk
        case .en: english
        }
    }

    /// The bokmål texts.
    static let bokmal: [OverviewText: String] = [
        .titleOne: "Oversikt over 1 klimabudsjett (tonn CO2-ekv)",
        .titleMany: "Oversikt over {count} klimabudsjetter (tonn CO2-ekv)",
        .columnFolder: "Mappe",
        .columnMunicipality: "Kommune",
        .columnBaseYear: "Referanseår",
        .columnBaseEmissions: "Utslipp i referanseåret",
        .columnPeriod: "Periode",
        .columnEffect: "Effekt, siste år",
        .columnGapFirst: "Gap, første år",
        .columnGapLast: "Gap, siste år",
        .columnChange: "Tiltaksbane / mål, siste år",
        .columnWithoutReporter: "Uten rapportering",
        .columnErrors: "Feil",
        .columnWarnings: "Advarsler",
        .total: "Sum ({loaded} av {count} lastet)",
        .doesNotLoad: "lastes ikke",
        .notLoadedHeading: "Budsjetter som ikke lastes:",
        .moreProblems: "og {count} problem(er) til; se alle med 'climate-budget validate --budget {folder}'",
        .legend:
            "Effekt: tiltakenes samlede effekt i periodens siste år. Gap: tiltaksbane minus målbane i periodens første og siste år, i tonn og i prosentpoeng av utslippene i referanseåret. Tiltaksbane / mål: endringen fra referanseåret som tiltaksbanen når i siste år, og endringen målet krever der. Uten rapportering: tiltak uten et tjenesteområde som rapporterer. Feil og advarsler: funnene til 'climate-budget validate'. –: holdt tilbake på grunn av feil i dataene, eller ikke i dataene.",
        .totalsNote:
            "Summen legger sammen tonnene og tallene som vises for budsjettene som lastes, hvert budsjett med sine egne år; referanseår, perioder og prosenter summeres ikke.",
        .documentTitle: "Klimabudsjettene: oversikt",
        .kicker: "Oversikt over {count} klimabudsjetter",
        .headline:
            "I periodens siste år mangler {missing} av {loaded} budsjetter kutt: samlet gap {gap} tonn CO2-ekv.",
        .headlineNoGaps: "I periodens siste år har ingen av de {loaded} budsjettene noe gap.",
        .tableHeading: "Budsjettene",
        .chartHeading: "Gapet i periodens første og siste år",
        .chartCaption:
            "Gapet i prosentpoeng av hvert budsjetts utslipp i referanseåret: sirkel for periodens første år, firkant for siste år. Til høyre for nullinjen trengs flere kutt; til venstre går tiltakene lenger enn målbanen.",
        .chartDescription: "Punktdiagram over gapet i første og siste år for {count} budsjetter.",
        .chartAxis: "Gap i prosentpoeng av utslippene i referanseåret",
        .chartFirstYear: "Første år",
        .chartLastYear: "Siste år",
        .chartOnTarget: "på målbanen",
        .chartLeft: "tiltakene går lenger",
        .chartRight: "flere kutt trengs",
        .chartNone: "Ingen budsjetter har et gap å vise.",
        .chartLeftOut: "Uten gap i diagrammet: {folders}.",
        .generatedBy: "Laget med climate-budget fra budsjettenes data.",
    ]

    /// The nynorsk texts.
    static let nynorsk: [OverviewText: String] = [
        .titleOne: "Oversikt over 1 klimabudsjett (tonn CO2-ekv)",
        .titleMany: "Oversikt over {count} klimabudsjett (tonn CO2-ekv)",
        .columnFolder: "Mappe",
        .columnMunicipality: "Kommune",
        .columnBaseYear: "Referanseår",
        .columnBaseEmissions: "Utslepp i referanseåret",
        .columnPeriod: "Periode",
        .columnEffect: "Effekt, siste år",
        .columnGapFirst: "Gap, første år",
        .columnGapLast: "Gap, siste år",
        .columnChange: "Tiltaksbane / mål, siste år",
        .columnWithoutReporter: "Utan rapportering",
        .columnErrors: "Feil",
        .columnWarnings: "Åtvaringar",
        .total: "Sum ({loaded} av {count} lasta)",
        .doesNotLoad: "vert ikkje lasta",
        .notLoadedHeading: "Budsjett som ikkje vert lasta:",
        .moreProblems: "og {count} problem til; sjå alle med 'climate-budget validate --budget {folder}'",
        .legend:
            "Effekt: den samla effekten av tiltaka i det siste året i perioden. Gap: tiltaksbane minus målbane i det første og det siste året i perioden, i tonn og i prosentpoeng av utsleppa i referanseåret. Tiltaksbane / mål: endringa frå referanseåret som tiltaksbanen når i det siste året, og endringa målet krev der. Utan rapportering: tiltak utan eit tenesteområde som rapporterer. Feil og åtvaringar: funna til 'climate-budget validate'. –: halde tilbake på grunn av feil i tala, eller ikkje i tala.",
        .totalsNote:
            "Summen legg saman tonna og tala som er viste for budsjetta som vert lasta, kvart budsjett med sine eigne år; referanseår, periodar og prosentar vert ikkje summerte.",
        .documentTitle: "Klimabudsjetta: oversikt",
        .kicker: "Oversikt over {count} klimabudsjett",
        .headline:
            "I det siste året i perioden manglar {missing} av {loaded} budsjett kutt: samla gap {gap} tonn CO2-ekv.",
        .headlineNoGaps: "I det siste året i perioden har ingen av dei {loaded} budsjetta noko gap.",
        .tableHeading: "Budsjetta",
        .chartHeading: "Gapet i det første og det siste året i perioden",
        .chartCaption:
            "Gapet i prosentpoeng av utsleppa i referanseåret for kvart budsjett: sirkel for det første året i perioden, firkant for det siste. Til høgre for nullinja trengst fleire kutt; til venstre går tiltaka lenger enn målbanen.",
        .chartDescription: "Punktdiagram over gapet i det første og det siste året for {count} budsjett.",
        .chartAxis: "Gap i prosentpoeng av utsleppa i referanseåret",
        .chartFirstYear: "Første år",
        .chartLastYear: "Siste år",
        .chartOnTarget: "på målbanen",
        .chartLeft: "tiltaka går lenger",
        .chartRight: "fleire kutt trengst",
        .chartNone: "Ingen budsjett har eit gap å vise.",
        .chartLeftOut: "Utan gap i diagrammet: {folders}.",
        .generatedBy: "Laga med climate-budget frå talgrunnlaget i budsjetta.",
    ]

    /// The English texts.
    static let english: [OverviewText: String] = [
        .titleOne: "Overview of 1 climate budget (tCO2e)",
        .titleMany: "Overview of {count} climate budgets (tCO2e)",
        .columnFolder: "Folder",
        .columnMunicipality: "Municipality",
        .columnBaseYear: "Base year",
        .columnBaseEmissions: "Base-year emissions",
        .columnPeriod: "Period",
        .columnEffect: "Effect, last year",
        .columnGapFirst: "Gap, first year",
        .columnGapLast: "Gap, last year",
        .columnChange: "Pathway / target, last year",
        .columnWithoutReporter: "No reporter",
        .columnErrors: "Errors",
        .columnWarnings: "Warnings",
        .total: "Total ({loaded} of {count} loaded)",
        .doesNotLoad: "does not load",
        .notLoadedHeading: "Budgets that do not load:",
        .moreProblems: "and {count} more problem(s); see them all with 'climate-budget validate --budget {folder}'",
        .legend:
            "Effect: the measures' summed effect in the period's last year. Gap: measure pathway minus target pathway in the period's first and last year, in tonnes and in percentage points of the base year's emissions. Pathway / target: the change against the base year the measure pathway reaches in the last year, and the change the target requires there. No reporter: measures without a reporting service area. Errors and warnings: the findings of 'climate-budget validate'. –: withheld for errors in the data, or not in the data.",
        .totalsNote:
            "The total adds up the tonnes and counts shown for the budgets that load, each budget with its own years; base years, periods and percentages are not summed.",
        .documentTitle: "Climate budgets: overview",
        .kicker: "Overview of {count} climate budgets",
        .headline:
            "In the period's last year, {missing} of {loaded} budgets lack cuts: a total gap of {gap} tonnes CO2e.",
        .headlineNoGaps: "In the period's last year, none of the {loaded} budgets has a gap.",
        .tableHeading: "The budgets",
        .chartHeading: "The gap in the period's first and last year",
        .chartCaption:
            "The gap in percentage points of each budget's base-year emissions: a circle for the period's first year, a square for its last. Right of the zero line further cuts are needed; left of it the measures go further than the target pathway.",
        .chartDescription: "Dot plot of the gap in the first and last year for {count} budgets.",
        .chartAxis: "Gap in percentage points of base-year emissions",
        .chartFirstYear: "First year",
        .chartLastYear: "Last year",
        .chartOnTarget: "on target",
        .chartLeft: "measures go further",
        .chartRight: "further cuts needed",
        .chartNone: "No budget has a gap to show.",
        .chartLeftOut: "Without a gap in the chart: {folders}.",
        .generatedBy: "Made with climate-budget from the budgets' data.",
    ]
}
