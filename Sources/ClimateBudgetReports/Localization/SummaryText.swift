import Foundation

/// Every fixed text of the council summary, by key, in each language: bokmål, nynorsk and English.
///
/// A test checks that each language has every key, so no label can fall back to another language.
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
    case targetsNote, pastGoals
    case targetNone, targetExplicit, targetExplicitPercent, targetMilestone, targetLine, targetConstantRate,
        targetYearlyChange, targetSumOfSectors
    case pointInventory, pointMilestone, pointLevel
    /// The chart.
    case chartHeading, chartCaption, chartDescription, chartAxisTonnes, chartNextMilestone
    case seriesReference, seriesMeasurePathway, seriesTarget, seriesGap, seriesRange
    case chartCaptionRange, chartDescriptionRange
    /// Actual emissions against the budget: the table's rows, the chart's points and the section's sentences.
    case rowActual, rowActualAgainstTarget, rowActualAgainstTargetPercent, rowActualAgainstMeasurePathway
    case seriesActual, chartActuals, chartCaptionActuals
    case followUpHeading, followUpIntro, followUpWithheld, followUpOver, followUpUnder, followUpOn,
        followUpOverZeroCap, followUpNoTarget, followUpLess, followUpMore, followUpAsExpected, followUpInventory,
        followUpBelowOnePercent
    /// The effects of the quantified measures.
    case sectorPathwaysHeading, columnReference, columnEffect, columnMeasurePathway, columnShare, columnSectorTarget,
        columnGap
    case effectHeading, effectBySector, effectByMeasure, columnSector, columnMeasure, columnTotal, columnID,
        noKnownSector
    /// The measures and their responsibility.
    case measuresHeading, measuresIntro, columnTitle, columnImplementers, columnReporter, noReporter
    case kindQuantified, kindUnquantified, kindOtherGoals, kindEnabling
    /// The open findings.
    case findingsHeading, findingsIntro, findingsNone, findingMeasure, responsibilityAsPrinted
    /// A finding's specifics (see ``FindingDetails``): the years after the rule's title, a cap against its milestone.
    case findingYears, findingCap, findingMoney
    /// The financing of the measures, the changes against last year's budget and the cost per tonne.
    case moneyHeading, moneyIntro, columnLine, columnServiceArea, moneyPot, moneySeveral, moneyTotalOperating,
        moneyTotalInvestment, moneyTotalAll, moneyPrinted, moneyFollows, changesHeading, changesNet
    case costHeading, costIntro, costCounted, columnLines, columnWholePeriod
    /// The status of the measures.
    case statusHeading, statusDue, statusNone, columnStatus, columnCount, overdueIntro, overdueNone
    case statusNotStarted, statusOnTrack, statusDelayed, statusDone, statusCancelled, statusNoReport
    /// The cumulative view and the footer.
    case cumulativeHeading, cumulativeText, cumulativeAhead, cumulativeNoGap
    /// The carbon budget: its sum, what is used and left, the run-out year and the catch-up rate.
    case carbonHeading, carbonBudget, carbonMissingTargets, carbonBackwards, carbonNoActuals, carbonNothingUsed
    case carbonUsedOver, carbonUsedUnder, carbonUsedEqual, carbonLeft, carbonOverspent
    case carbonRunsOut, carbonRanOut, carbonLasts
    case carbonCatchUpCut, carbonCatchUpNone, carbonCatchUpUsedUp, carbonCatchUpSpanOver, carbonCatchUpPathway,
        carbonCatchUpNoPathway
    /// The pathways derived from carbon budgets, beside the council's target pathway.
    case carbonPathwaysIntro, carbonPathwayLine, carbonPathwayExponential, carbonPathwayRate, carbonPathwayZero,
        carbonPathwayLevel, carbonPathwayLevelNoTarget, carbonPathwayStartsLate, carbonPathwaySumWithin,
        carbonPathwaySumOver, carbonPathwayNoStart, carbonPathwayBelowStart, carbonStartActual
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
        case .nn: nynorsk
        case .en: english
        }
    }

    /// The bokmål texts.
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
        .rowActual: "Faktiske utslipp",
        .rowActualAgainstTarget: "over (+) eller under (−) utslippstaket",
        .rowActualAgainstTargetPercent: "i % av utslippstaket",
        .rowActualAgainstMeasurePathway: "over (+) eller under (−) tiltaksbanen",
        .seriesActual: "Faktiske utslipp",
        .chartActuals: "Faktiske utslipp er vist som kryss for {years}.",
        .chartCaptionActuals: "Kryssene er faktiske utslipp fra utslippsregnskapet.",
        .followUpHeading: "Faktiske utslipp mot budsjettet",
        .followUpIntro:
            "Utslippsregnskapet viser hvor mye som faktisk ble sluppet ut. Her er det sammenlignet med utslippstaket for året og med tiltaksbanen, det budsjettet ventet med tiltakene:",
        .followUpWithheld:
            "De faktiske utslippene for {years} vises ikke, fordi dataene for dem har feil som må rettes først; se åpne funn.",
        .followUpOver: "{year}: {actual} tonn CO2-ekv, {difference} tonn ({percent}) over utslippstaket",
        .followUpUnder: "{year}: {actual} tonn CO2-ekv, {difference} tonn ({percent}) under utslippstaket",
        .followUpOn: "{year}: {actual} tonn CO2-ekv, akkurat på utslippstaket",
        .followUpOverZeroCap: "{year}: {actual} tonn CO2-ekv, {difference} tonn over utslippstaket på 0 tonn",
        .followUpNoTarget: "{year}: {actual} tonn CO2-ekv; året har ikke noe utslippstak å sammenligne med",
        .followUpLess: "tiltakene ga {difference} tonn mindre kutt enn budsjettet ventet",
        .followUpMore: "tiltakene ga {difference} tonn mer kutt enn budsjettet ventet",
        .followUpAsExpected: "tiltakene ga de kuttene budsjettet ventet",
        .followUpInventory:
            "tallet er utslippsregnskapet ført i referansebanen, som tiltaksbanen også regnes fra, så de sammenlignes ikke",
        .followUpBelowOnePercent: "under 1\u{00A0}%",
        .seriesRange: "Spenn i tiltaksbanen",
        .chartCaptionRange:
            "Det grå feltet med stiplede kanter er spennet i tiltaksbanen, fra høy til lav effekt av tiltakene.",
        .chartDescriptionRange: "Spennet i tiltaksbanen er et grått felt.",
        .effectHeading: "Effekt av de kvantifiserte tiltakene",
        .sectorPathwaysHeading: "Utslipp per sektor i {year}",
        .columnReference: "Referansebane",
        .columnEffect: "Effekt av tiltakene",
        .columnMeasurePathway: "Tiltaksbane",
        .columnShare: "Andel av samlet referansebane",
        .columnSectorTarget: "Sektormål",
        .columnGap: "Gap",
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
        .findingMoney: "{title}: trykt {printed}, beregnet {computed} mill. kr",
        .moneyHeading: "Finansiering av klimatiltakene",
        .moneyIntro:
            "Millioner kroner per år til tiltak kommunen selv har regi over. Alle summer er regnet ut fra postene; ekstern finansiering regnes med i driften.",
        .columnLine: "Post",
        .columnServiceArea: "Tjenesteområde",
        .moneyPot: "pott",
        .moneySeveral: "flere ({printed})",
        .moneyTotalOperating: "Sum drift, med ekstern finansiering",
        .moneyTotalInvestment: "Sum investering",
        .moneyTotalAll: "Sum finansiering",
        .moneyPrinted: "Det trykte budsjettet viser {printed} for «{what}», {when}; postene gir {computed}.",
        .moneyFollows: "Avviket følger av det trykte tallet {from}.",
        .changesHeading: "Endring i driftsmidler mot {against}",
        .changesNet: "Netto endring",
        .costHeading: "Kostnad per tonn",
        .costIntro:
            "Kroner per tonn CO2-ekv kuttet, der en post kan knyttes til et tallfestet tiltak. Koblingene er utledet fra budsjetteksten, som ikke knytter poster til tiltak direkte.",
        .costCounted:
            "Regnet med: pengene på postene som er knyttet til tiltaket, delt på tiltakets egen effekt samme år. Ikke regnet med: poster knyttet til tiltak uten tallfestet effekt, poster uten tiltak, og tiltak andre aktører finansierer.",
        .columnLines: "Poster",
        .columnWholePeriod: "Hele perioden",
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
        .carbonHeading: "Karbonbudsjett",
        .carbonBudget: "Karbonbudsjettet for {span} er {budget} tonn CO2-ekv, summen av målbanens årlige utslippstak.",
        .carbonMissingTargets:
            "Karbonbudsjettet for {span} kan ikke beregnes fordi målbanen ikke har noe utslippstak for {years}.",
        .carbonBackwards: "Karbonbudsjettet kan ikke beregnes fordi perioden {span} slutter før den begynner.",
        .carbonNoActuals:
            "Det finnes ennå ingen faktiske utslipp fram til {to}, så verken året budsjettet er brukt opp eller hvor raskt utslippene må ned kan beregnes.",
        .carbonNothingUsed: "Ingenting er brukt ennå: det finnes ingen faktiske utslipp for {span}.",
        .carbonUsedOver:
            "De faktiske utslippene i {years} var {used} tonn, {difference} tonn over utslippstakene for de samme årene ({allowed} tonn).",
        .carbonUsedUnder:
            "De faktiske utslippene i {years} var {used} tonn, {difference} tonn under utslippstakene for de samme årene ({allowed} tonn).",
        .carbonUsedEqual:
            "De faktiske utslippene i {years} var {used} tonn, akkurat utslippstakene for de samme årene.",
        .carbonLeft: "Igjen av karbonbudsjettet: {left} tonn.",
        .carbonOverspent: "Karbonbudsjettet er overskredet med {over} tonn.",
        .carbonRunsOut:
            "Blir utslippene liggende på nivået fra {year} ({level} tonn i året), er karbonbudsjettet brukt opp i {runOut}.",
        .carbonRanOut: "De faktiske utslippene brukte opp karbonbudsjettet i {runOut}.",
        .carbonLasts:
            "Blir utslippene liggende på nivået fra {year} ({level} tonn i året), holder karbonbudsjettet ut {to}, med {left} tonn igjen.",
        .carbonCatchUpCut:
            "For å holde {years} innenfor det som er igjen, må utslippene ned {percent} i året fra nivået i {year}.",
        .carbonCatchUpNone:
            "Ligger utslippene på nivået fra {year}, bruker {years} {usedAtLevel} av de {left} tonnene som er igjen, så det trengs ikke raskere kutt.",
        .carbonCatchUpUsedUp: "Ingen kutt kan holde {years} innenfor karbonbudsjettet, fordi det er brukt opp.",
        .carbonCatchUpSpanOver:
            "Karbonbudsjettet slutter med det siste året med faktiske utslipp ({year}), så det er ingen år igjen å ta inn.",
        .carbonCatchUpPathway:
            "Målbanen går ned {percent} i året over de samme årene, fra {fromTonnes} tonn i {fromYear} til {toTonnes} tonn i {toYear}.",
        .carbonCatchUpNoPathway:
            "Målbanen har ikke utslippstak både i {fromYear} og i {toYear}, så den har ingen årlig rate å sammenligne med.",
        .carbonPathwaysIntro: "Utslippsbaner avledet av et karbonbudsjett, ved siden av bystyrets målbane:",
        .carbonPathwayLine:
            "{tonnes} tonn fra {from}, rett linje mot null fra {start} tonn ({startSource}): ned {slope} tonn i året.",
        .carbonPathwayExponential:
            "{tonnes} tonn fra {from}, eksponentiell nedgang fra {start} tonn ({startSource}): ned {percent} i året.",
        .carbonPathwayRate: "{tonnes} tonn fra {from}, fast rate fra {start} tonn ({startSource}): {percent} i året.",
        .carbonPathwayZero: "Banen når null i {year}.",
        .carbonPathwayLevel: "I {year} gir banen {level} tonn, mot {council} tonn i bystyrets målbane.",
        .carbonPathwayLevelNoTarget: "I {year} gir banen {level} tonn; bystyrets målbane har ikke noe tak det året.",
        .carbonPathwayStartsLate: "Banen begynner etter {year}, målåret.",
        .carbonPathwaySumWithin:
            "Fra {from} til {year} slipper banen ut {sum} tonn, {difference} tonn innenfor budsjettet.",
        .carbonPathwaySumOver: "Fra {from} til {year} slipper banen ut {sum} tonn, {difference} tonn over budsjettet.",
        .carbonPathwayNoStart:
            "{tonnes} tonn fra {from}: banen kan ikke tegnes, fordi det verken finnes faktiske utslipp for {year} eller et utslippsregnskap å starte fra.",
        .carbonPathwayBelowStart:
            "{tonnes} tonn fra {from}: banen kan ikke tegnes, fordi budsjettet er mindre enn ett år på startnivået, {start} tonn ({startSource}).",
        .carbonStartActual: "de faktiske utslippene i {year}",
        .referenceNote: "Referansebanen: {origins}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "utslippsregnskapet",
        .referenceExplicit: "framskriving gitt i budsjettet",
        .referenceHold: "utslippene i {from} holdt uendret",
        .referenceLinearTrend: "lineær trend gjennom de {count} siste tallene i utslippsregnskapet fram til {from}",
        .referencePercentChange: "utslippene i {from} endret med {percent} i året",
        .referenceSumOfSectors: "summen av sektorenes framskrivinger",
        .targetsNote: "Målbanen for {years}: {source}.",
        .pastGoals: "Tidligere mål før perioden, som målbanen ikke er trukket gjennom: {goals}.",
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

    /// The nynorsk texts, in the wording a nynorsk-writing municipality uses: "utslepp", "ikkje", "desse",
    /// "kommunestyret", no s-genitive ("målet til kommunestyret", not "kommunestyrets mål").
    static let nynorsk: [SummaryText: String] = [
        .documentTitle: "{budget}: samandrag for kommunestyret",
        .headlineBelowTarget:
            "Tiltaka i klimabudsjettet gjev {change} {direction} utslepp i {year} enn i {baseYear}, ikkje {target} som målet krev.",
        .headlineMeetsTarget:
            "Tiltaka i klimabudsjettet gjev {change} {direction} utslepp i {year} enn i {baseYear}, og målet krev {target}.",
        .headlineMissing: "Det manglar {gap} tonn CO2-ekv i {year} og {lastGap} tonn i {lastYear}.",
        .headlineMissingOneYear: "Det manglar {gap} tonn CO2-ekv i {year}.",
        .headlineMissingLater: "Likevel manglar det {gap} tonn CO2-ekv i {lastYear}.",
        .headlineAhead: "Tiltaka går {gap} tonn CO2-ekv lenger enn målbanen i {lastYear}.",
        .lower: "lågare",
        .higher: "høgare",
        .and: "og",
        .tableHeading: "Utsleppsramme {period}",
        .tableCaption: "Tonn CO2-ekv per år. Prosentane er endring frå referanseåret {baseYear}.",
        .rowReference: "Referansebane",
        .rowChange: "endring frå {baseYear}",
        .rowEffect: "Samla effekt av tiltaka",
        .rowMeasurePathway: "Tiltaksbane",
        .rowTarget: "Målbane (årleg utsleppstak)",
        .rowGap: "Gap: behov for ytterlegare tiltak",
        .rowGapPoints: "i prosentpoeng",
        .rowOverlap: "Overlapp mellom tiltak",
        .rowRangeHigh: "spenn, høg effekt",
        .rowRangeLow: "spenn, låg effekt",
        .overlapNote:
            "Overlapp mellom tiltak er tonn som to tiltak begge reknar med, og som vert trekte frå éin gong: {pairs}.",
        .overlapPair: "tiltak {first} og {second}, {amount}: {tonnes} tonn i {years}",
        .overlapShare: "{percent} av den minste effekten",
        .overlapTonnes: "oppgjeve i tonn",
        .bandNote:
            "Spennet viser tiltaksbanen og gapet med høg og med låg effekt for tiltak {measures}; dei andre tiltaka er rekna med forventa effekt i begge endar.",
        .cumulativeBand: "Med låg og høg effekt er det samla gapet frå {low} til {high} tonn.",
        .chartHeading: "Referansebane, tiltaksbane og målbane",
        .chartCaption:
            "Direkte klimagassutslepp, tonn CO2-ekv per år. Det skraverte feltet er gapet mellom tiltaksbanen og målbanen.",
        .chartDescription:
            "Linjediagram over utsleppa {firstYear}–{lastYear}: referansebanen, tiltaksbanen og målbanen, med gapet skravert.",
        .chartAxisTonnes: "Tonn CO2-ekv",
        .chartNextMilestone: "Neste mål: {change} i {year} = {tonnes} tonn",
        .seriesReference: "Referansebane",
        .seriesMeasurePathway: "Tiltaksbane",
        .seriesTarget: "Målbane",
        .seriesGap: "Gap",
        .rowActual: "Faktiske utslepp",
        .rowActualAgainstTarget: "over (+) eller under (−) utsleppstaket",
        .rowActualAgainstTargetPercent: "i % av utsleppstaket",
        .rowActualAgainstMeasurePathway: "over (+) eller under (−) tiltaksbanen",
        .seriesActual: "Faktiske utslepp",
        .chartActuals: "Kryssa viser dei faktiske utsleppa for {years}.",
        .chartCaptionActuals: "Kryssa er faktiske utslepp frå utsleppsrekneskapen.",
        .followUpHeading: "Faktiske utslepp mot budsjettet",
        .followUpIntro:
            "Utsleppsrekneskapen viser kor mykje som faktisk vart sleppt ut. Her er det samanlikna med utsleppstaket for året og med tiltaksbanen, det budsjettet venta med tiltaka:",
        .followUpWithheld:
            "Dei faktiske utsleppa for {years} vert ikkje viste, fordi tala for dei har feil som må rettast først; sjå opne funn.",
        .followUpOver: "{year}: {actual} tonn CO2-ekv, {difference} tonn ({percent}) over utsleppstaket",
        .followUpOverZeroCap: "{year}: {actual} tonn CO2-ekv, {difference} tonn over utsleppstaket på 0 tonn",
        .followUpUnder: "{year}: {actual} tonn CO2-ekv, {difference} tonn ({percent}) under utsleppstaket",
        .followUpOn: "{year}: {actual} tonn CO2-ekv, akkurat på utsleppstaket",
        .followUpNoTarget: "{year}: {actual} tonn CO2-ekv; året har ikkje noko utsleppstak å samanlikne med",
        .followUpLess: "tiltaka gav {difference} tonn mindre kutt enn budsjettet venta",
        .followUpMore: "tiltaka gav {difference} tonn meir kutt enn budsjettet venta",
        .followUpAsExpected: "tiltaka gav dei kutta budsjettet venta",
        .followUpInventory:
            "talet er utsleppsrekneskapen ført i referansebanen, som tiltaksbanen òg er rekna frå, så dei vert ikkje samanlikna",
        .followUpBelowOnePercent: "under 1\u{00A0}%",
        .seriesRange: "Spenn i tiltaksbanen",
        .chartCaptionRange:
            "Det grå feltet med stipla kantar er spennet i tiltaksbanen, frå høg til låg effekt av tiltaka.",
        .chartDescriptionRange: "Spennet i tiltaksbanen er eit grått felt.",
        .effectHeading: "Effekt av dei kvantifiserte tiltaka",
        .sectorPathwaysHeading: "Utslepp per sektor i {year}",
        .columnReference: "Referansebane",
        .columnEffect: "Effekt av tiltaka",
        .columnMeasurePathway: "Tiltaksbane",
        .columnShare: "Del av samla referansebane",
        .columnSectorTarget: "Sektormål",
        .columnGap: "Gap",
        .effectBySector: "Etter sektor",
        .effectByMeasure: "Etter tiltak",
        .columnSector: "Sektor",
        .columnMeasure: "Tiltak",
        .columnTotal: "Sum",
        .columnID: "Nr.",
        .noKnownSector: "Utan kjend sektor",
        .measuresHeading: "Tiltaka og kven som har ansvaret",
        .measuresIntro:
            "Gjennomføringsansvar er kven som gjennomfører tiltaket; rapporteringsansvar er tenesteområdet som rapporterer til kommunestyret.",
        .columnTitle: "Tiltak",
        .columnImplementers: "Gjennomføring",
        .columnReporter: "Rapportering",
        .noReporter: "ikkje registrert; miljøeininga må registrere det",
        .kindQuantified: "Kvantifiserte tiltak som reduserer utslepp",
        .kindUnquantified: "Ikkje kvantifiserte tiltak som reduserer utslepp",
        .kindOtherGoals: "Tiltak som bidreg til andre energi- og klimamål",
        .kindEnabling: "Tiltak som legg til rette for vidare klimaomstilling",
        .findingsHeading: "Opne funn",
        .findingsIntro: "Valideringa av budsjettet har desse opne funna, som bør avklarast:",
        .findingsNone: "Valideringa av budsjettet har ingen opne funn.",
        .findingMeasure: "Tiltak {id}",
        .findingYears: "{title}: {years}",
        .findingCap: "Utsleppstaket for {year} er {cap} tonn, men målet tillèt {allowed}",
        .findingMoney: "{title}: trykt {printed}, rekna ut {computed} mill. kr",
        .moneyHeading: "Finansiering av klimatiltaka",
        .moneyIntro:
            "Millionar kroner per år til tiltak kommunen sjølv har regi over. Alle summar er rekna ut frå postane; ekstern finansiering er rekna med i drifta.",
        .columnLine: "Post",
        .columnServiceArea: "Tenesteområde",
        .moneyPot: "pott",
        .moneySeveral: "fleire ({printed})",
        .moneyTotalOperating: "Sum drift, med ekstern finansiering",
        .moneyTotalInvestment: "Sum investering",
        .moneyTotalAll: "Sum finansiering",
        .moneyPrinted: "Det trykte budsjettet viser {printed} for «{what}», {when}; postane gir {computed}.",
        .moneyFollows: "Avviket følgjer av det trykte talet {from}.",
        .changesHeading: "Endring i driftsmidlar mot {against}",
        .changesNet: "Netto endring",
        .costHeading: "Kostnad per tonn",
        .costIntro:
            "Kroner per tonn CO2-ekv kutta, der ein post kan knytast til eit talfesta tiltak. Koplingane er utleidde frå budsjetteksten, som ikkje knyter postar til tiltak direkte.",
        .costCounted:
            "Rekna med: pengane på postane som er knytte til tiltaket, delte på tiltaket sin eigen verknad same år. Ikkje rekna med: postar knytte til tiltak utan talfesta verknad, postar utan tiltak, og tiltak andre aktørar finansierer.",
        .columnLines: "Postar",
        .columnWholePeriod: "Heile perioden",
        .responsibilityAsPrinted: "ansvar i budsjettet",
        .statusHeading: "Status for tiltaka",
        .statusDue: "Rapportering for {period}, etter siste statusrapport for kvart tiltak:",
        .statusNone: "Ingen tiltak har statusrapportar enno.",
        .columnStatus: "Status",
        .columnCount: "Tal på tiltak",
        .overdueIntro: "Desse tiltaka manglar rapport for {period}:",
        .overdueNone: "Alle opne tiltak har rapport for {period}.",
        .statusNotStarted: "ikkje starta",
        .statusOnTrack: "i rute",
        .statusDelayed: "forseinka",
        .statusDone: "gjennomført",
        .statusCancelled: "avslutta utan gjennomføring",
        .statusNoReport: "ingen rapport",
        .cumulativeHeading: "Samla gap i perioden",
        .cumulativeText:
            "Over perioden {period} gjev tiltaksbanen {measure} tonn CO2-ekv mot eit samla utsleppstak på {target} tonn. Samla manglar det {gap} tonn.",
        .cumulativeAhead:
            "Over perioden {period} gjev tiltaksbanen {measure} tonn CO2-ekv mot eit samla utsleppstak på {target} tonn. Samla går tiltaka {gap} tonn lenger enn målbanen.",
        .cumulativeNoGap: "Samla gap for perioden {period} kan ikkje reknast ut fordi ikkje alle år har eit mål.",
        .carbonHeading: "Karbonbudsjett",
        .carbonBudget:
            "Karbonbudsjettet for {span} er {budget} tonn CO2-ekv, summen av dei årlege utsleppstaka i målbanen.",
        .carbonMissingTargets:
            "Karbonbudsjettet for {span} kan ikkje reknast ut fordi målbanen ikkje har noko utsleppstak for {years}.",
        .carbonBackwards: "Karbonbudsjettet kan ikkje reknast ut fordi perioden {span} sluttar før han byrjar.",
        .carbonNoActuals:
            "Det finst enno ingen faktiske utslepp fram til {to}, så verken året budsjettet er brukt opp eller kor raskt utsleppa må ned, kan reknast ut.",
        .carbonNothingUsed: "Ingenting er brukt enno: det finst ingen faktiske utslepp for {span}.",
        .carbonUsedOver:
            "Dei faktiske utsleppa i {years} var {used} tonn, {difference} tonn over utsleppstaka for dei same åra ({allowed} tonn).",
        .carbonUsedUnder:
            "Dei faktiske utsleppa i {years} var {used} tonn, {difference} tonn under utsleppstaka for dei same åra ({allowed} tonn).",
        .carbonUsedEqual:
            "Dei faktiske utsleppa i {years} var {used} tonn, akkurat utsleppstaka for dei same åra.",
        .carbonLeft: "Att av karbonbudsjettet: {left} tonn.",
        .carbonOverspent: "Karbonbudsjettet er overskride med {over} tonn.",
        .carbonRunsOut:
            "Vert utsleppa liggjande på nivået frå {year} ({level} tonn i året), er karbonbudsjettet brukt opp i {runOut}.",
        .carbonRanOut: "Dei faktiske utsleppa brukte opp karbonbudsjettet i {runOut}.",
        .carbonLasts:
            "Vert utsleppa liggjande på nivået frå {year} ({level} tonn i året), held karbonbudsjettet ut {to}, med {left} tonn att.",
        .carbonCatchUpCut:
            "For å halde {years} innanfor det som er att, må utsleppa ned {percent} i året frå nivået i {year}.",
        .carbonCatchUpNone:
            "Ligg utsleppa på nivået frå {year}, brukar {years} {usedAtLevel} av dei {left} tonna som er att, så det trengst ikkje raskare kutt.",
        .carbonCatchUpUsedUp: "Ingen kutt kan halde {years} innanfor karbonbudsjettet, fordi det er brukt opp.",
        .carbonCatchUpSpanOver:
            "Karbonbudsjettet sluttar med det siste året med faktiske utslepp ({year}), så det er ingen år att å ta inn.",
        .carbonCatchUpPathway:
            "Målbanen går ned {percent} i året over dei same åra, frå {fromTonnes} tonn i {fromYear} til {toTonnes} tonn i {toYear}.",
        .carbonCatchUpNoPathway:
            "Målbanen har ikkje utsleppstak både i {fromYear} og i {toYear}, så han har inga årleg rate å samanlikne med.",
        .carbonPathwaysIntro: "Utsleppsbanar avleidde av eit karbonbudsjett, ved sida av målbanen til kommunestyret:",
        .carbonPathwayLine:
            "{tonnes} tonn frå {from}, rett linje mot null frå {start} tonn ({startSource}): ned {slope} tonn i året.",
        .carbonPathwayExponential:
            "{tonnes} tonn frå {from}, eksponentiell nedgang frå {start} tonn ({startSource}): ned {percent} i året.",
        .carbonPathwayRate: "{tonnes} tonn frå {from}, fast rate frå {start} tonn ({startSource}): {percent} i året.",
        .carbonPathwayZero: "Banen når null i {year}.",
        .carbonPathwayLevel: "I {year} gjev banen {level} tonn, mot {council} tonn i målbanen til kommunestyret.",
        .carbonPathwayLevelNoTarget:
            "I {year} gjev banen {level} tonn; målbanen til kommunestyret har ikkje noko tak det året.",
        .carbonPathwayStartsLate: "Banen byrjar etter {year}, målåret.",
        .carbonPathwaySumWithin:
            "Frå {from} til {year} slepper banen ut {sum} tonn, {difference} tonn innanfor budsjettet.",
        .carbonPathwaySumOver: "Frå {from} til {year} slepper banen ut {sum} tonn, {difference} tonn over budsjettet.",
        .carbonPathwayNoStart:
            "{tonnes} tonn frå {from}: banen kan ikkje teiknast, fordi det verken finst faktiske utslepp for {year} eller ein utsleppsrekneskap å starte frå.",
        .carbonPathwayBelowStart:
            "{tonnes} tonn frå {from}: banen kan ikkje teiknast, fordi budsjettet er mindre enn eitt år på startnivået, {start} tonn ({startSource}).",
        .carbonStartActual: "dei faktiske utsleppa i {year}",
        .referenceNote: "Referansebanen: {origins}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "utsleppsrekneskapen",
        .referenceExplicit: "framskriving gjeven i budsjettet",
        .referenceHold: "utsleppa i {from} haldne uendra",
        .referenceLinearTrend: "lineær trend gjennom dei {count} siste tala i utsleppsrekneskapen fram til {from}",
        .referencePercentChange: "utsleppa i {from} endra med {percent} i året",
        .referenceSumOfSectors: "summen av framskrivingane for sektorane",
        .targetsNote: "Målbanen for {years}: {source}.",
        .pastGoals: "Tidlegare mål før perioden, som målbanen ikkje er trekt gjennom: {goals}.",
        .targetNone: "ingen mål, fordi budsjettet verken gjev eit utsleppstak eller ein regel for året",
        .targetExplicit: "gjeven som årleg utsleppstak",
        .targetExplicitPercent: "gjeven som eit utsleppstak på {percent} frå {baseYear}",
        .targetMilestone: "målet til kommunestyret for året, {percent} frå {baseYear}",
        .targetLine: "på linja frå {from} til {to}",
        .targetConstantRate: "frå {from} til {to} med ein fast årleg rate",
        .targetYearlyChange: "{percent} i året frå {from}",
        .targetSumOfSectors: "summen av måla for sektorane",
        .pointInventory: "utsleppsrekneskapen for {year}",
        .pointMilestone: "målet for {year}",
        .pointLevel: "nivået på {tonnes} tonn i {year}",
        .generatedBy: "Laga med climate-budget frå talgrunnlaget i budsjettet.",
    ]

    /// The English texts.
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
        .rowActual: "Actual emissions",
        .rowActualAgainstTarget: "over (+) or under (−) the cap",
        .rowActualAgainstTargetPercent: "in % of the cap",
        .rowActualAgainstMeasurePathway: "over (+) or under (−) the measure pathway",
        .seriesActual: "Actual emissions",
        .chartActuals: "Actual emissions are shown as crosses for {years}.",
        .chartCaptionActuals: "The crosses are actual emissions from the emission inventory.",
        .followUpHeading: "Actual emissions against the budget",
        .followUpIntro:
            "The emission inventory shows what was actually emitted. Here it is compared with the year's cap and with the measure pathway, what the budget expected with its measures:",
        .followUpWithheld:
            "The actual emissions for {years} are not shown, because their data has errors that must be fixed first; see the open findings.",
        .followUpOver: "{year}: {actual} tonnes CO2e, over the limit by {difference} tonnes ({percent})",
        .followUpUnder: "{year}: {actual} tonnes CO2e, under the limit by {difference} tonnes ({percent})",
        .followUpOn: "{year}: {actual} tonnes CO2e, exactly on the limit",
        .followUpOverZeroCap: "{year}: {actual} tonnes CO2e, over the limit of 0 tonnes by {difference} tonnes",
        .followUpNoTarget: "{year}: {actual} tonnes CO2e; the year has no cap to compare with",
        .followUpLess: "the measures delivered {difference} tonnes less than the budget expected",
        .followUpMore: "the measures delivered {difference} tonnes more than the budget expected",
        .followUpAsExpected: "the measures delivered what the budget expected",
        .followUpInventory:
            "the figure is the inventory entered in the reference pathway, which the measure pathway is computed from too, so the two are not compared",
        .followUpBelowOnePercent: "less than 1%",
        .seriesRange: "Range of the measure pathway",
        .chartCaptionRange:
            "The grey area with dashed edges is the range of the measure pathway, from high to low effects of the measures.",
        .chartDescriptionRange: "The range of the measure pathway is a grey area.",
        .effectHeading: "Effect of the quantified measures",
        .sectorPathwaysHeading: "Emissions by sector in {year}",
        .columnReference: "Reference pathway",
        .columnEffect: "Effect of measures",
        .columnMeasurePathway: "Measure pathway",
        .columnShare: "Share of the total reference",
        .columnSectorTarget: "Sector target",
        .columnGap: "Gap",
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
        .findingMoney: "{title}: printed {printed}, computed {computed} MNOK",
        .moneyHeading: "Financing of the climate measures",
        .moneyIntro:
            "Million kroner per year for measures the municipality runs itself. Every sum is computed from the lines; external funding counts in operating.",
        .columnLine: "Line",
        .columnServiceArea: "Service area",
        .moneyPot: "pot",
        .moneySeveral: "several ({printed})",
        .moneyTotalOperating: "Operating total, with external funding",
        .moneyTotalInvestment: "Investment total",
        .moneyTotalAll: "Total financing",
        .moneyPrinted: "The printed budget shows {printed} for “{what}”, {when}; the lines give {computed}.",
        .moneyFollows: "The difference follows from the printed figure {from}.",
        .changesHeading: "Change in operating funds against {against}",
        .changesNet: "Net change",
        .costHeading: "Cost per tonne",
        .costIntro:
            "Kroner per tonne CO2e cut, where a line can be tied to a quantified measure. The ties are inferred from the budget's text, which does not tie lines to measures directly.",
        .costCounted:
            "Counted: the money of the lines tied to the measure, divided by the measure's own effect in the same year. Not counted: lines tied to measures without a quantified effect, lines without a measure, and measures other actors pay for.",
        .columnLines: "Lines",
        .columnWholePeriod: "Whole period",
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
        .carbonHeading: "Carbon budget",
        .carbonBudget:
            "The carbon budget for {span} is {budget} tonnes CO2e, the sum of the target pathway's yearly caps.",
        .carbonMissingTargets:
            "The carbon budget for {span} cannot be computed because the target pathway has no cap for {years}.",
        .carbonBackwards: "The carbon budget cannot be computed because its span {span} ends before it starts.",
        .carbonNoActuals:
            "There are no actual emissions up to {to} yet, so neither the year the budget runs out nor how fast emissions must fall can be computed.",
        .carbonNothingUsed: "Nothing is used yet: there are no actual emissions for {span}.",
        .carbonUsedOver:
            "Actual emissions in {years} were {used} tonnes, {difference} tonnes over the caps for the same years ({allowed} tonnes).",
        .carbonUsedUnder:
            "Actual emissions in {years} were {used} tonnes, {difference} tonnes under the caps for the same years ({allowed} tonnes).",
        .carbonUsedEqual: "Actual emissions in {years} were {used} tonnes, exactly the caps for the same years.",
        .carbonLeft: "Left of the carbon budget: {left} tonnes.",
        .carbonOverspent: "The carbon budget is overspent by {over} tonnes.",
        .carbonRunsOut:
            "If emissions stay at the {year} level ({level} tonnes a year), the carbon budget runs out in {runOut}.",
        .carbonRanOut: "The actual emissions used the carbon budget up in {runOut}.",
        .carbonLasts:
            "If emissions stay at the {year} level ({level} tonnes a year), the carbon budget lasts through {to}, with {left} tonnes left.",
        .carbonCatchUpCut:
            "To keep {years} within what is left, emissions must fall {percent} a year from the {year} level.",
        .carbonCatchUpNone:
            "At the {year} level, {years} use {usedAtLevel} of the {left} tonnes left, so no faster cut is needed.",
        .carbonCatchUpUsedUp: "No cut can keep {years} within the carbon budget, since it is used up.",
        .carbonCatchUpSpanOver:
            "The carbon budget ends with the last year of actual emissions ({year}), so no years remain to catch up.",
        .carbonCatchUpPathway:
            "The target pathway falls {percent} a year over the same years, from {fromTonnes} tonnes in {fromYear} to {toTonnes} tonnes in {toYear}.",
        .carbonCatchUpNoPathway:
            "The target pathway lacks a cap in {fromYear} or in {toYear}, so it has no yearly rate to compare with.",
        .carbonPathwaysIntro: "Pathways derived from a carbon budget, beside the council's target pathway:",
        .carbonPathwayLine:
            "{tonnes} tonnes from {from}, a straight line towards zero from {start} tonnes ({startSource}): down {slope} tonnes a year.",
        .carbonPathwayExponential:
            "{tonnes} tonnes from {from}, an exponential decline from {start} tonnes ({startSource}): down {percent} a year.",
        .carbonPathwayRate:
            "{tonnes} tonnes from {from}, a constant rate from {start} tonnes ({startSource}): {percent} a year.",
        .carbonPathwayZero: "It reaches zero in {year}.",
        .carbonPathwayLevel:
            "In {year} it allows {level} tonnes, against {council} tonnes on the council's target pathway.",
        .carbonPathwayLevelNoTarget:
            "In {year} it allows {level} tonnes; the council's target pathway has no cap that year.",
        .carbonPathwayStartsLate: "It starts after {year}, the target year.",
        .carbonPathwaySumWithin: "From {from} to {year} it emits {sum} tonnes, {difference} tonnes within the budget.",
        .carbonPathwaySumOver: "From {from} to {year} it emits {sum} tonnes, {difference} tonnes over the budget.",
        .carbonPathwayNoStart:
            "{tonnes} tonnes from {from}: the pathway cannot be drawn, since there are neither actual emissions for {year} nor an inventory to start from.",
        .carbonPathwayBelowStart:
            "{tonnes} tonnes from {from}: the pathway cannot be drawn, since the budget is less than one year at the start level, {start} tonnes ({startSource}).",
        .carbonStartActual: "the actual emissions of {year}",
        .referenceNote: "Reference pathway: {origins}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "the emission inventory",
        .referenceExplicit: "a projection given in the budget",
        .referenceHold: "the {from} emissions held unchanged",
        .referenceLinearTrend: "a linear trend through the last {count} inventory figures up to {from}",
        .referencePercentChange: "the {from} emissions changed by {percent} a year",
        .referenceSumOfSectors: "the sum of the sectors' projections",
        .targetsNote: "Target pathway for {years}: {source}.",
        .pastGoals: "Earlier targets before the period, which the target pathway is not drawn through: {goals}.",
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
