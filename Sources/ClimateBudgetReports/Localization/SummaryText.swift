import Foundation

/// Every fixed text of the council summary, by key, in both languages.
///
/// A test checks that each language has every key, so no label can fall back to the other language.
/// Placeholders in braces, such as `{year}`, are filled in by ``SummaryText/format(_:_:)``.
public enum SummaryText: String, CaseIterable, Sendable {
    /// The document's title and the sentences of its headline.
    case documentTitle
    case headlineBelowTarget, headlineMeetsTarget, headlineMissing, headlineMissingOneYear, headlineMissingLater,
        headlineAhead
    case lower, higher, and
    /// The emission budget table.
    case tableHeading, tableCaption
    case rowReference, rowChange, rowEffect, rowMeasurePathway, rowTarget, rowGap, rowGapPoints
    /// The rows and notes of the overlap between measures and of the band from low and high effects.
    case rowOverlap, rowRangeHigh, rowRangeLow
    case overlapNote, overlapPair, overlapShare, overlapTonnes, bandNote, cumulativeBand
    /// The footnote on where the reference comes from: the sentence, a group of years and each origin.
    case referenceNote, referenceYears
    case referenceHistory, referenceExplicit, referenceHold, referenceLinearTrend, referencePercentChange,
        referenceSumOfSectors
    /// The footnotes on where the targets come from: the sentence, each source and the points a path runs between.
    case targetsNote
    case targetNone, targetExplicit, targetExplicitPercent, targetMilestone, targetLine, targetConstantRate,
        targetYearlyChange, targetSumOfSectors
    case pointInventory, pointMilestone, pointLevel
    /// The chart.
    case chartHeading, chartCaption, chartDescription, chartAxisTonnes, chartNextMilestone
    case seriesReference, seriesMeasurePathway, seriesTarget, seriesGap, seriesRange
    case chartCaptionRange, chartDescriptionRange
    /// The effects of the quantified measures.
    case effectHeading, effectBySector, effectByMeasure, columnSector, columnMeasure, columnTotal, columnID,
        noKnownSector
    /// The measures and their responsibility.
    case measuresHeading, measuresIntro, columnTitle, columnImplementers, columnReporter, noReporter
    case kindQuantified, kindUnquantified, kindOtherGoals, kindEnabling
    /// The open findings.
    case findingsHeading, findingsIntro, findingsNone, findingMeasure, responsibilityAsPrinted
    /// A finding's specifics (see ``FindingDetails``): the years after the rule's title, a cap against its milestone.
    case findingYears, findingCap
    /// The status of the measures.
    case statusHeading, statusDue, statusNone, columnStatus, columnCount, overdueIntro, overdueNone
    case statusNotStarted, statusOnTrack, statusDelayed, statusDone, statusCancelled, statusNoReport
    /// The cumulative view and the footer.
    case cumulativeHeading, cumulativeText, cumulativeAhead, cumulativeNoGap
    case generatedBy

    /// The text in a language with its placeholders filled in.
    public func format(_ language: Language, _ values: [String: String] = [:]) -> String {
        var text = Self.table(language)[self] ?? ""
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }

    /// All texts of one language.
    public static func table(_ language: Language) -> [SummaryText: String] {
        switch language {
        case .nb: norwegian
        case .en: english
        }
    }

    static let norwegian: [SummaryText: String] = [
        .documentTitle: "{budget}: sammendrag for bystyret",
        .headlineBelowTarget:
            "Tiltakene i klimabudsjettet gir {change} {direction} utslipp i {year} enn i {baseYear}, ikke {target} som målet krever.",
        .headlineMeetsTarget:
            "Tiltakene i klimabudsjettet gir {change} {direction} utslipp i {year} enn i {baseYear}, og målet krever {target}.",
        .headlineMissing: "Det mangler {gap} tonn CO2-ekv i {year} og {lastGap} tonn i {lastYear}.",
        .headlineMissingOneYear: "Det mangler {gap} tonn CO2-ekv i {year}.",
        .headlineMissingLater: "Likevel mangler det {gap} tonn CO2-ekv i {lastYear}.",
        .headlineAhead: "Tiltakene går {gap} tonn CO2-ekv lenger enn målbanen i {lastYear}.",
        .lower: "lavere",
        .higher: "høyere",
        .and: "og",
        .tableHeading: "Utslippsramme {period}",
        .tableCaption: "Tonn CO2-ekv per år. Prosentene er endring fra referanseåret {baseYear}.",
        .rowReference: "Referansebane",
        .rowChange: "endring fra {baseYear}",
        .rowEffect: "Samlet effekt av tiltakene",
        .rowMeasurePathway: "Tiltaksbane",
        .rowTarget: "Målbane (årlig utslippstak)",
        .rowGap: "Gap: behov for ytterligere tiltak",
        .rowGapPoints: "i prosentpoeng",
        .rowOverlap: "Overlapp mellom tiltak",
        .rowRangeHigh: "spenn, høy effekt",
        .rowRangeLow: "spenn, lav effekt",
        .overlapNote:
            "Overlapp mellom tiltak er tonn som to tiltak begge regner med, og som trekkes fra én gang: {pairs}.",
        .overlapPair: "tiltak {first} og {second}, {amount}: {tonnes} tonn i {years}",
        .overlapShare: "{percent} av den minste effekten",
        .overlapTonnes: "oppgitt i tonn",
        .bandNote:
            "Spennet viser tiltaksbanen og gapet med høy og med lav effekt for tiltak {measures}; de andre tiltakene regnes med forventet effekt i begge ender.",
        .cumulativeBand: "Med lav og høy effekt er det samlede gapet fra {low} til {high} tonn.",
        .chartHeading: "Referansebane, tiltaksbane og målbane",
        .chartCaption:
            "Direkte klimagassutslipp, tonn CO2-ekv per år. Det skraverte feltet er gapet mellom tiltaksbanen og målbanen.",
        .chartDescription:
            "Linjediagram over utslippene {firstYear}–{lastYear}: referansebanen, tiltaksbanen og målbanen, med gapet skravert.",
        .chartAxisTonnes: "Tonn CO2-ekv",
        .chartNextMilestone: "Neste mål: {change} i {year} = {tonnes} tonn",
        .seriesReference: "Referansebane",
        .seriesMeasurePathway: "Tiltaksbane",
        .seriesTarget: "Målbane",
        .seriesGap: "Gap",
        .seriesRange: "Spenn i tiltaksbanen",
        .chartCaptionRange:
            "Det grå feltet med stiplede kanter er spennet i tiltaksbanen, fra høy til lav effekt av tiltakene.",
        .chartDescriptionRange: "Spennet i tiltaksbanen er et grått felt.",
        .effectHeading: "Effekt av de kvantifiserte tiltakene",
        .effectBySector: "Etter sektor",
        .effectByMeasure: "Etter tiltak",
        .columnSector: "Sektor",
        .columnMeasure: "Tiltak",
        .columnTotal: "Sum",
        .columnID: "Nr.",
        .noKnownSector: "Uten kjent sektor",
        .measuresHeading: "Tiltakene og hvem som har ansvaret",
        .measuresIntro:
            "Gjennomføringsansvar er hvem som gjennomfører tiltaket; rapporteringsansvar er tjenesteområdet som rapporterer til bystyret.",
        .columnTitle: "Tiltak",
        .columnImplementers: "Gjennomføring",
        .columnReporter: "Rapportering",
        .noReporter: "ikke registrert; miljøenheten må registrere det",
        .kindQuantified: "Kvantifiserte tiltak som reduserer utslipp",
        .kindUnquantified: "Ikke kvantifiserte tiltak som reduserer utslipp",
        .kindOtherGoals: "Tiltak som bidrar til andre energi- og klimamål",
        .kindEnabling: "Tiltak som legger til rette for videre klimaomstilling",
        .findingsHeading: "Åpne funn",
        .findingsIntro: "Valideringen av budsjettet har disse åpne funnene, som bør avklares:",
        .findingsNone: "Valideringen av budsjettet har ingen åpne funn.",
        .findingMeasure: "Tiltak {id}",
        .findingYears: "{title}: {years}",
        .findingCap: "Utslippstaket for {year} er {cap} tonn, men målet tillater {allowed}",
        .responsibilityAsPrinted: "ansvar i budsjettet",
        .statusHeading: "Status for tiltakene",
        .statusDue: "Rapportering for {period}, etter siste statusrapport for hvert tiltak:",
        .statusNone: "Ingen tiltak har statusrapporter ennå.",
        .columnStatus: "Status",
        .columnCount: "Antall tiltak",
        .overdueIntro: "Disse tiltakene mangler rapport for {period}:",
        .overdueNone: "Alle åpne tiltak har rapport for {period}.",
        .statusNotStarted: "ikke startet",
        .statusOnTrack: "i rute",
        .statusDelayed: "forsinket",
        .statusDone: "gjennomført",
        .statusCancelled: "avsluttet uten gjennomføring",
        .statusNoReport: "ingen rapport",
        .cumulativeHeading: "Samlet gap i perioden",
        .cumulativeText:
            "Over perioden {period} gir tiltaksbanen {measure} tonn CO2-ekv mot et samlet utslippstak på {target} tonn. Samlet mangler det {gap} tonn.",
        .cumulativeAhead:
            "Over perioden {period} gir tiltaksbanen {measure} tonn CO2-ekv mot et samlet utslippstak på {target} tonn. Samlet går tiltakene {gap} tonn lenger enn målbanen.",
        .cumulativeNoGap: "Samlet gap for perioden {period} kan ikke beregnes fordi ikke alle år har et mål.",
        .referenceNote: "Referansebanen: {origins}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "utslippsregnskapet",
        .referenceExplicit: "framskriving gitt i budsjettet",
        .referenceHold: "utslippene i {from} holdt uendret",
        .referenceLinearTrend: "lineær trend gjennom de {count} siste tallene i utslippsregnskapet fram til {from}",
        .referencePercentChange: "utslippene i {from} endret med {percent} i året",
        .referenceSumOfSectors: "summen av sektorenes framskrivinger",
        .targetsNote: "Målbanen for {years}: {source}.",
        .targetNone: "ingen mål, fordi budsjettet verken gir et utslippstak eller en regel for året",
        .targetExplicit: "gitt som årlig utslippstak",
        .targetExplicitPercent: "gitt som et utslippstak på {percent} fra {baseYear}",
        .targetMilestone: "bystyrets mål for året, {percent} fra {baseYear}",
        .targetLine: "på linja fra {from} til {to}",
        .targetConstantRate: "fra {from} til {to} med en fast årlig rate",
        .targetYearlyChange: "{percent} i året fra {from}",
        .targetSumOfSectors: "summen av sektorenes mål",
        .pointInventory: "utslippsregnskapet for {year}",
        .pointMilestone: "målet for {year}",
        .pointLevel: "nivået på {tonnes} tonn i {year}",
        .generatedBy: "Laget med climate-budget fra budsjettets data.",
    ]

    static let english: [SummaryText: String] = [
        .documentTitle: "{budget}: summary for the city council",
        .headlineBelowTarget:
            "With the measures in the climate budget, emissions in {year} are {change} {direction} than in {baseYear}, not the {target} the target requires.",
        .headlineMeetsTarget:
            "With the measures in the climate budget, emissions in {year} are {change} {direction} than in {baseYear}, and the target requires {target}.",
        .headlineMissing: "{gap} tonnes CO2e are missing in {year} and {lastGap} tonnes in {lastYear}.",
        .headlineMissingOneYear: "{gap} tonnes CO2e are missing in {year}.",
        .headlineMissingLater: "Still, {gap} tonnes CO2e are missing in {lastYear}.",
        .headlineAhead: "The measures go {gap} tonnes CO2e beyond the target pathway in {lastYear}.",
        .lower: "lower",
        .higher: "higher",
        .and: "and",
        .tableHeading: "Emission budget {period}",
        .tableCaption: "Tonnes CO2e per year. Percentages are the change from the base year {baseYear}.",
        .rowReference: "Reference pathway",
        .rowChange: "change from {baseYear}",
        .rowEffect: "Effect of the measures",
        .rowMeasurePathway: "Measure pathway",
        .rowTarget: "Target pathway (yearly cap)",
        .rowGap: "Gap: further cuts needed",
        .rowGapPoints: "in percentage points",
        .rowOverlap: "Overlap between measures",
        .rowRangeHigh: "range, high effects",
        .rowRangeLow: "range, low effects",
        .overlapNote: "Overlap between measures is tonnes that two measures both count, subtracted once: {pairs}.",
        .overlapPair: "measures {first} and {second}, {amount}: {tonnes} tonnes in {years}",
        .overlapShare: "{percent} of the smaller effect",
        .overlapTonnes: "given in tonnes",
        .bandNote:
            "The range shows the measure pathway and the gap with high and with low effects for measures {measures}; the other measures count with their expected effect at both ends.",
        .cumulativeBand: "With low and high effects the cumulative gap is {low} to {high} tonnes.",
        .chartHeading: "Reference, measure and target pathways",
        .chartCaption:
            "Direct greenhouse gas emissions, tonnes CO2e per year. The hatched area is the gap between the measure pathway and the target pathway.",
        .chartDescription:
            "Line chart of emissions {firstYear}–{lastYear}: the reference, measure and target pathways, with the gap hatched.",
        .chartAxisTonnes: "Tonnes CO2e",
        .chartNextMilestone: "Next milestone: {change} in {year} = {tonnes} tonnes",
        .seriesReference: "Reference pathway",
        .seriesMeasurePathway: "Measure pathway",
        .seriesTarget: "Target pathway",
        .seriesGap: "Gap",
        .seriesRange: "Range of the measure pathway",
        .chartCaptionRange:
            "The grey area with dashed edges is the range of the measure pathway, from high to low effects of the measures.",
        .chartDescriptionRange: "The range of the measure pathway is a grey area.",
        .effectHeading: "Effect of the quantified measures",
        .effectBySector: "By sector",
        .effectByMeasure: "By measure",
        .columnSector: "Sector",
        .columnMeasure: "Measure",
        .columnTotal: "Total",
        .columnID: "No.",
        .noKnownSector: "No known sector",
        .measuresHeading: "The measures and who answers for them",
        .measuresIntro:
            "Implementers carry a measure out; the reporter is the service area that reports on it to the council.",
        .columnTitle: "Measure",
        .columnImplementers: "Implementers",
        .columnReporter: "Reporter",
        .noReporter: "not recorded; the environment unit must record it",
        .kindQuantified: "Quantified measures that cut emissions",
        .kindUnquantified: "Unquantified measures that cut emissions",
        .kindOtherGoals: "Measures for other energy and climate goals",
        .kindEnabling: "Measures that prepare further transition",
        .findingsHeading: "Open findings",
        .findingsIntro: "Validation of the budget has these open findings, which should be settled:",
        .findingsNone: "Validation of the budget has no open findings.",
        .findingMeasure: "Measure {id}",
        .findingYears: "{title}: {years}",
        .findingCap: "The cap for {year} is {cap} tonnes, but the milestone allows {allowed}",
        .responsibilityAsPrinted: "responsibility as printed",
        .statusHeading: "Status of the measures",
        .statusDue: "Reports for {period}, by each measure's latest status report:",
        .statusNone: "No measure has a status report yet.",
        .columnStatus: "Status",
        .columnCount: "Measures",
        .overdueIntro: "These measures have no report for {period}:",
        .overdueNone: "Every open measure has a report for {period}.",
        .statusNotStarted: "not started",
        .statusOnTrack: "on track",
        .statusDelayed: "delayed",
        .statusDone: "done",
        .statusCancelled: "cancelled",
        .statusNoReport: "no report",
        .cumulativeHeading: "Cumulative gap over the period",
        .cumulativeText:
            "Over the period {period} the measure pathway emits {measure} tonnes CO2e against a total cap of {target} tonnes. In all, {gap} tonnes are missing.",
        .cumulativeAhead:
            "Over the period {period} the measure pathway emits {measure} tonnes CO2e against a total cap of {target} tonnes. In all, the measures go {gap} tonnes beyond the target pathway.",
        .cumulativeNoGap: "The cumulative gap for {period} cannot be computed because not every year has a target.",
        .referenceNote: "Reference pathway: {origins}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "the emission inventory",
        .referenceExplicit: "a projection given in the budget",
        .referenceHold: "the {from} emissions held unchanged",
        .referenceLinearTrend: "a linear trend through the last {count} inventory figures up to {from}",
        .referencePercentChange: "the {from} emissions changed by {percent} a year",
        .referenceSumOfSectors: "the sum of the sectors' projections",
        .targetsNote: "Target pathway for {years}: {source}.",
        .targetNone: "no target, since the budget gives neither a cap nor a rule for the year",
        .targetExplicit: "given as a yearly cap",
        .targetExplicitPercent: "given as a cap of {percent} from {baseYear}",
        .targetMilestone: "the council's target for the year, {percent} from {baseYear}",
        .targetLine: "on the line from {from} to {to}",
        .targetConstantRate: "from {from} to {to} at a constant yearly rate",
        .targetYearlyChange: "{percent} a year from {from}",
        .targetSumOfSectors: "the sum of the sectors' targets",
        .pointInventory: "the {year} inventory",
        .pointMilestone: "the {year} target",
        .pointLevel: "the level of {tonnes} tonnes in {year}",
        .generatedBy: "Made with climate-budget from the budget's data.",
    ]
}
