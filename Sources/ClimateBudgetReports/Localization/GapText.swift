import ClimateBudget

/// Every fixed text of `gap`'s text and Markdown output, by key, in each language: the title, the row labels and
/// the notes under the table. CSV and JSON keep their English keys and sentences (a contract for CI).
///
/// A test checks that each language has every key, as for ``SummaryText``. Placeholders in braces, such as
/// `{year}`, are filled in by ``GapText/format(_:_:)``. The figures are written the same in every language (grouped
/// with a space, "-19 %", as Tabell 7-1 prints them); only a decimal is written with a comma in Norwegian.
public enum GapText: String, CaseIterable, Sendable {
    /// The title and the row labels, with the words after a withheld row's label.
    case title, rowReference, rowChange, rowEffect, rowMeasurePathway, rowTarget, rowGap, rowGapPoints, rowOverlap,
        rowRangeHigh, rowRangeLow, rowActual, rowActualAgainstTarget, rowActualAgainstTargetPercent,
        rowActualAgainstMeasurePathway, rowWithheld, rowWithheldIn
    /// Lists, and the withheld figures by name.
    case and, withheldNote, figureInYears, figureReference, figureEffect, figureOverlap, figureMeasurePathway,
        figureMeasurePathwayRange, figureTarget, figureGap, figureGapRange, figureActual, figureSectorBreakdown,
        figureCarbonBudget
    /// The sums over the period, the overlap and the band.
    case sumReference, sumMeasurePathway, sumTarget, sums, sumsGapWithheld, sumsNoGap, overlapNote, overlapPair,
        amountShare, amountTonnes, bandNote, bandMeasure, bandMeasures, bandSums, rangeMeasurePathway, rangeGap
    /// Where the reference and the targets come from.
    case referenceNote, referenceYears, referenceHistory, referenceExplicit, referenceHold, referenceLinearTrend,
        referencePercentChange, referenceSumOfSectors, milestone, milestoneGoal, pointInventory, pointLevel,
        targetExplicit, targetExplicitPercent, targetMilestone, targetLine, targetConstantRate, targetByRule,
        targetInFile, targetYearlyChange, targetSumOfSectors, yearTarget, yearNoTarget, pastGoal, pastGoals,
        explicitTargets
    /// The printed figures' rounding notes.
    case printedNote, printedSource, printedInYear, printedSummed, printedReferenceChange, printedMeasurePathwayChange,
        printedTargetChange, printedGapPoints
    /// The actual emissions against the budget.
    case actualOrigins, actualFromFile, actualFromInventory, actualYear, limitOn, limitOver, limitOverZero, limitUnder,
        belowOnePercent, noTargetToCompare, deliveredAsExpected, deliveredLess, deliveredMore, actualIsInventory
    /// `gap --by-sector`: the effect by sector, and the table per sector.
    case sectorEffectHeading, sectorSum, sectorTotal, sectorUnknown, sectorNoTables, sectorTarget, sectorGap,
        sectorShare, sectorsWithheld

    /// The text in a language with its placeholders filled in.
    public func format(_ language: Language, _ values: [String: String] = [:]) -> String {
        var text = Self.table(language)[self] ?? ""
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }

    /// All texts of one language.
    public static func table(_ language: Language) -> [GapText: String] {
        switch language {
        case .nb: norwegian
        case .nn: nynorsk
        case .en: english
        }
    }

    /// The English texts, the words `gap` has always printed.
    static let english: [GapText: String] = [
        .title: "{municipality}, {name}: emission budget {period} ({unit})",
        .rowReference: "Reference pathway",
        .rowChange: "change vs {baseYear}",
        .rowEffect: "Effect of measures",
        .rowMeasurePathway: "Measure pathway",
        .rowTarget: "Target pathway (cap)",
        .rowGap: "Gap: further cuts needed",
        .rowGapPoints: "in percentage points",
        .rowOverlap: "Overlap between measures",
        .rowRangeHigh: "range, high effects",
        .rowRangeLow: "range, low effects",
        .rowActual: "Actual emissions",
        .rowActualAgainstTarget: "over (+)/under (-) the limit",
        .rowActualAgainstTargetPercent: "in % of the limit",
        .rowActualAgainstMeasurePathway: "over (+)/under (-) the measure pathway",
        .rowWithheld: "(withheld)",
        .rowWithheldIn: "(withheld in {years})",
        .and: "and",
        .withheldNote:
            "Withheld: {figures}, computed from data with errors in {places}; run 'climate-budget validate'.",
        .figureInYears: "{figure} in {years}",
        .figureReference: "the reference pathway",
        .figureEffect: "the effect of the measures",
        .figureOverlap: "the overlap between measures",
        .figureMeasurePathway: "the measure pathway",
        .figureMeasurePathwayRange: "the range of the measure pathway",
        .figureTarget: "the target pathway",
        .figureGap: "the gap",
        .figureGapRange: "the range of the gap",
        .figureActual: "the actual emissions",
        .figureSectorBreakdown: "the figures per sector",
        .figureCarbonBudget: "the carbon budget",
        .sumReference: "reference {tonnes}",
        .sumMeasurePathway: "measure pathway {tonnes}",
        .sumTarget: "target {tonnes}",
        .sums: "Over {period}: {figures} tonnes; cumulative gap {gap} tonnes.",
        .sumsGapWithheld: "Over {period}: {figures} tonnes; the cumulative gap is withheld.",
        .sumsNoGap: "Over {period}: {figures} tonnes; no cumulative gap, since not every year has a target.",
        .overlapNote:
            "Overlap between measures (tonnes two measures both count, subtracted once from the effect) in {years}: {pairs}.",
        .overlapPair: "measures {first} and {second}, {amount} ({file}): {tonnes}",
        .amountShare: "{percent} % of the smaller effect",
        .amountTonnes: "tonnes as given",
        .bandNote:
            "Range: with the high and the low effects of {measures} (the others count with their expected effect at both ends).",
        .bandMeasure: "measure {ids}",
        .bandMeasures: "measures {ids}",
        .bandSums: "Over {period}: {ranges} tonnes.",
        .rangeMeasurePathway: "measure pathway {low} to {high}",
        .rangeGap: "cumulative gap {low} to {high}",
        .referenceNote: "Reference: {parts}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "the inventory",
        .referenceExplicit: "given in {file}",
        .referenceHold: "the {from} inventory held",
        .referenceLinearTrend: "a linear trend through the last {count} inventory figures up to {from}",
        .referencePercentChange: "the {from} inventory changed by {percent} % a year",
        .referenceSumOfSectors: "the sum of the sectors' projections",
        .milestone: "the {year} milestone ({percent} %{goal})",
        .milestoneGoal: ", goal {goal}",
        .pointInventory: "the {year} inventory ({tonnes} t)",
        .pointLevel: "the level the rule gives for {year} ({tonnes} t)",
        .targetExplicit: "explicit cap in {file}",
        .targetExplicitPercent: "explicit cap of {percent} % against the base year in {file}",
        .targetMilestone: "from {milestone} in {file}",
        .targetLine: "on the straight line from {from} to {to}{by}",
        .targetConstantRate: "at a constant yearly rate from {from} to {to}{by}",
        .targetByRule: ", by {rule} in {file}",
        .targetInFile: " in {file}",
        .targetYearlyChange: "{percent} % a year from {from}, by {rule} in {file}",
        .targetSumOfSectors: "from the sum of the sectors' targets",
        .yearTarget: "{year}: target {source}.",
        .yearNoTarget: "{year}: no target, so no gap (add a cap to {file} or milestones around it).",
        .pastGoal: "Past goal, before the period and not drawn through by the rules: {goals}.",
        .pastGoals: "Past goals, before the period and not drawn through by the rules: {goals}.",
        .explicitTargets: "Targets for {years} are explicit caps from {file}.",
        .printedNote:
            "{source} prints {printed} for {figure}; the data gives {computed}, within the printed figure's rounding.",
        .printedSource: "The source",
        .printedInYear: "{figure} in {year}",
        .printedSummed: "{figure} summed over the period",
        .printedReferenceChange: "the reference pathway's change",
        .printedMeasurePathwayChange: "the measure pathway's change",
        .printedTargetChange: "the target pathway's change",
        .printedGapPoints: "the gap in percentage points",
        .actualOrigins: "Actual emissions: {origins}.",
        .actualFromFile: "from {file} for {years}",
        .actualFromInventory: "from the inventory in {file} (up to lastHistoricalYear) for {years}",
        .actualYear: "{year}: {parts}.",
        .limitOn: "on the limit",
        .limitOver: "over the limit by {tonnes} t ({share})",
        .limitOverZero: "over the limit of 0 t by {tonnes} t",
        .limitUnder: "under the limit by {tonnes} t ({share})",
        .belowOnePercent: "less than 1 %",
        .noTargetToCompare: "no target to compare with",
        .deliveredAsExpected: "the measures delivered what was expected",
        .deliveredLess: "the measures delivered {tonnes} t less than expected",
        .deliveredMore: "the measures delivered {tonnes} t more than expected",
        .actualIsInventory:
            "the actual is the reference's inventory figure, which the measure pathway is computed from too, so the two are not compared (record it in {file} to compare)",
        .sectorEffectHeading: "Effect of measures by sector",
        .sectorSum: "Sum",
        .sectorTotal: "Total",
        .sectorUnknown: "Unknown sector",
        .sectorNoTables:
            "No table per sector: {reference} gives totals only. Add a column per sector id (as in {sectors}) to see each sector's reference, measure pathway and share of the total.",
        .sectorTarget: "Sector target",
        .sectorGap: "Gap",
        .sectorShare: "Share of the total reference",
        .sectorsWithheld:
            "The figures per sector are withheld, computed from data with errors; run 'climate-budget validate'.",
    ]

    /// The bokmål texts.
    static let norwegian: [GapText: String] = [
        .title: "{municipality}, {name}: utslippsramme {period} ({unit})",
        .rowReference: "Referansebane",
        .rowChange: "endring fra {baseYear}",
        .rowEffect: "Effekt av tiltakene",
        .rowMeasurePathway: "Tiltaksbane",
        .rowTarget: "Målbane (utslippstak)",
        .rowGap: "Gap: behov for ytterligere tiltak",
        .rowGapPoints: "i prosentpoeng",
        .rowOverlap: "Overlapp mellom tiltak",
        .rowRangeHigh: "spenn, høy effekt",
        .rowRangeLow: "spenn, lav effekt",
        .rowActual: "Faktiske utslipp",
        .rowActualAgainstTarget: "over (+)/under (-) utslippstaket",
        .rowActualAgainstTargetPercent: "i % av utslippstaket",
        .rowActualAgainstMeasurePathway: "over (+)/under (-) tiltaksbanen",
        .rowWithheld: "(holdt tilbake)",
        .rowWithheldIn: "(holdt tilbake i {years})",
        .and: "og",
        .withheldNote:
            "Holdt tilbake: {figures}, beregnet fra data med feil i {places}; kjør 'climate-budget validate'.",
        .figureInYears: "{figure} i {years}",
        .figureReference: "referansebanen",
        .figureEffect: "effekten av tiltakene",
        .figureOverlap: "overlappet mellom tiltak",
        .figureMeasurePathway: "tiltaksbanen",
        .figureMeasurePathwayRange: "spennet i tiltaksbanen",
        .figureTarget: "målbanen",
        .figureGap: "gapet",
        .figureGapRange: "spennet i gapet",
        .figureActual: "de faktiske utslippene",
        .figureSectorBreakdown: "tallene per sektor",
        .figureCarbonBudget: "karbonbudsjettet",
        .sumReference: "referansebane {tonnes}",
        .sumMeasurePathway: "tiltaksbane {tonnes}",
        .sumTarget: "målbane {tonnes}",
        .sums: "Sum {period}: {figures} tonn; samlet gap {gap} tonn.",
        .sumsGapWithheld: "Sum {period}: {figures} tonn; det samlede gapet holdes tilbake.",
        .sumsNoGap: "Sum {period}: {figures} tonn; ikke noe samlet gap, fordi ikke alle år har et mål.",
        .overlapNote:
            "Overlapp mellom tiltak (tonn som to tiltak begge regner med, trukket fra én gang i effekten) i {years}: {pairs}.",
        .overlapPair: "tiltak {first} og {second}, {amount} ({file}): {tonnes}",
        .amountShare: "{percent} % av den minste effekten",
        .amountTonnes: "tonn som oppgitt",
        .bandNote:
            "Spenn: med høy og lav effekt for {measures} (de andre tiltakene regnes med forventet effekt i begge ender).",
        .bandMeasure: "tiltak {ids}",
        .bandMeasures: "tiltak {ids}",
        .bandSums: "Sum {period}: {ranges} tonn.",
        .rangeMeasurePathway: "tiltaksbane {low} til {high}",
        .rangeGap: "samlet gap {low} til {high}",
        .referenceNote: "Referansebane: {parts}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "utslippsregnskapet",
        .referenceExplicit: "gitt i {file}",
        .referenceHold: "utslippsregnskapet for {from} holdt uendret",
        .referenceLinearTrend: "lineær trend gjennom de {count} siste tallene i utslippsregnskapet fram til {from}",
        .referencePercentChange: "utslippsregnskapet for {from} endret med {percent} % i året",
        .referenceSumOfSectors: "summen av sektorenes framskrivinger",
        .milestone: "målet for {year} ({percent} %{goal})",
        .milestoneGoal: ", mål {goal}",
        .pointInventory: "utslippsregnskapet for {year} ({tonnes} t)",
        .pointLevel: "nivået regelen gir for {year} ({tonnes} t)",
        .targetExplicit: "eksplisitt utslippstak i {file}",
        .targetExplicitPercent: "eksplisitt utslippstak på {percent} % mot referanseåret i {file}",
        .targetMilestone: "fra {milestone} i {file}",
        .targetLine: "på den rette linja fra {from} til {to}{by}",
        .targetConstantRate: "med fast årlig rate fra {from} til {to}{by}",
        .targetByRule: ", etter {rule} i {file}",
        .targetInFile: " i {file}",
        .targetYearlyChange: "{percent} % i året fra {from}, etter {rule} i {file}",
        .targetSumOfSectors: "fra summen av sektorenes mål",
        .yearTarget: "{year}: målbane {source}.",
        .yearNoTarget:
            "{year}: ikke noe mål, og derfor ikke noe gap (legg inn et utslippstak i {file} eller mål før og etter året).",
        .pastGoal: "Tidligere mål før perioden, som reglene ikke trekker målbanen gjennom: {goals}.",
        .pastGoals: "Tidligere mål før perioden, som reglene ikke trekker målbanen gjennom: {goals}.",
        .explicitTargets: "Målene for {years} er eksplisitte utslippstak fra {file}.",
        .printedNote:
            "{source} viser {printed} for {figure}; tallgrunnlaget gir {computed}, innenfor avrundingen av det trykte tallet.",
        .printedSource: "Kilden",
        .printedInYear: "{figure} i {year}",
        .printedSummed: "{figure} summert over perioden",
        .printedReferenceChange: "endringen i referansebanen",
        .printedMeasurePathwayChange: "endringen i tiltaksbanen",
        .printedTargetChange: "endringen i målbanen",
        .printedGapPoints: "gapet i prosentpoeng",
        .actualOrigins: "Faktiske utslipp: {origins}.",
        .actualFromFile: "fra {file} for {years}",
        .actualFromInventory: "fra utslippsregnskapet i {file} (til og med lastHistoricalYear) for {years}",
        .actualYear: "{year}: {parts}.",
        .limitOn: "akkurat på utslippstaket",
        .limitOver: "{tonnes} t ({share}) over utslippstaket",
        .limitOverZero: "{tonnes} t over utslippstaket på 0 t",
        .limitUnder: "{tonnes} t ({share}) under utslippstaket",
        .belowOnePercent: "under 1 %",
        .noTargetToCompare: "ikke noe mål å sammenligne med",
        .deliveredAsExpected: "tiltakene ga det som var ventet",
        .deliveredLess: "tiltakene ga {tonnes} t mindre kutt enn ventet",
        .deliveredMore: "tiltakene ga {tonnes} t mer kutt enn ventet",
        .actualIsInventory:
            "tallet er utslippsregnskapet i referansebanen, som tiltaksbanen også regnes fra, så de sammenlignes ikke (før det inn i {file} for å sammenligne)",
        .sectorEffectHeading: "Effekt av tiltakene etter sektor",
        .sectorSum: "Sum",
        .sectorTotal: "Totalt",
        .sectorUnknown: "Ukjent sektor",
        .sectorNoTables:
            "Ingen tabell per sektor: {reference} har bare totaltall. Legg til en kolonne per sektor-id (som i {sectors}) for å se referansebanen, tiltaksbanen og andelen av totalen for hver sektor.",
        .sectorTarget: "Sektormål",
        .sectorGap: "Gap",
        .sectorShare: "Andel av samlet referansebane",
        .sectorsWithheld:
            "Tallene per sektor vises ikke, fordi de er regnet ut fra data med feil; kjør 'climate-budget validate'.",
    ]

    /// The nynorsk texts.
    static let nynorsk: [GapText: String] = [
        .title: "{municipality}, {name}: utsleppsramme {period} ({unit})",
        .rowReference: "Referansebane",
        .rowChange: "endring frå {baseYear}",
        .rowEffect: "Effekt av tiltaka",
        .rowMeasurePathway: "Tiltaksbane",
        .rowTarget: "Målbane (utsleppstak)",
        .rowGap: "Gap: behov for ytterlegare tiltak",
        .rowGapPoints: "i prosentpoeng",
        .rowOverlap: "Overlapp mellom tiltak",
        .rowRangeHigh: "spenn, høg effekt",
        .rowRangeLow: "spenn, låg effekt",
        .rowActual: "Faktiske utslepp",
        .rowActualAgainstTarget: "over (+)/under (-) utsleppstaket",
        .rowActualAgainstTargetPercent: "i % av utsleppstaket",
        .rowActualAgainstMeasurePathway: "over (+)/under (-) tiltaksbanen",
        .rowWithheld: "(halde tilbake)",
        .rowWithheldIn: "(halde tilbake i {years})",
        .and: "og",
        .withheldNote:
            "Halde tilbake: {figures}, rekna ut frå data med feil i {places}; køyr 'climate-budget validate'.",
        .figureInYears: "{figure} i {years}",
        .figureReference: "referansebanen",
        .figureEffect: "effekten av tiltaka",
        .figureOverlap: "overlappet mellom tiltak",
        .figureMeasurePathway: "tiltaksbanen",
        .figureMeasurePathwayRange: "spennet i tiltaksbanen",
        .figureTarget: "målbanen",
        .figureGap: "gapet",
        .figureGapRange: "spennet i gapet",
        .figureActual: "dei faktiske utsleppa",
        .figureSectorBreakdown: "tala per sektor",
        .figureCarbonBudget: "karbonbudsjettet",
        .sumReference: "referansebane {tonnes}",
        .sumMeasurePathway: "tiltaksbane {tonnes}",
        .sumTarget: "målbane {tonnes}",
        .sums: "Sum {period}: {figures} tonn; samla gap {gap} tonn.",
        .sumsGapWithheld: "Sum {period}: {figures} tonn; det samla gapet vert halde tilbake.",
        .sumsNoGap: "Sum {period}: {figures} tonn; ikkje noko samla gap, fordi ikkje alle år har eit mål.",
        .overlapNote:
            "Overlapp mellom tiltak (tonn som to tiltak begge reknar med, trekte frå éin gong i effekten) i {years}: {pairs}.",
        .overlapPair: "tiltak {first} og {second}, {amount} ({file}): {tonnes}",
        .amountShare: "{percent} % av den minste effekten",
        .amountTonnes: "tonn som oppgjeve",
        .bandNote:
            "Spenn: med høg og låg effekt for {measures} (dei andre tiltaka er rekna med forventa effekt i begge endar).",
        .bandMeasure: "tiltak {ids}",
        .bandMeasures: "tiltak {ids}",
        .bandSums: "Sum {period}: {ranges} tonn.",
        .rangeMeasurePathway: "tiltaksbane {low} til {high}",
        .rangeGap: "samla gap {low} til {high}",
        .referenceNote: "Referansebane: {parts}.",
        .referenceYears: "{origin} for {years}",
        .referenceHistory: "utsleppsrekneskapen",
        .referenceExplicit: "gjeven i {file}",
        .referenceHold: "utsleppsrekneskapen for {from} halden uendra",
        .referenceLinearTrend: "lineær trend gjennom dei {count} siste tala i utsleppsrekneskapen fram til {from}",
        .referencePercentChange: "utsleppsrekneskapen for {from} endra med {percent} % i året",
        .referenceSumOfSectors: "summen av framskrivingane for sektorane",
        .milestone: "målet for {year} ({percent} %{goal})",
        .milestoneGoal: ", mål {goal}",
        .pointInventory: "utsleppsrekneskapen for {year} ({tonnes} t)",
        .pointLevel: "nivået regelen gjev for {year} ({tonnes} t)",
        .targetExplicit: "eksplisitt utsleppstak i {file}",
        .targetExplicitPercent: "eksplisitt utsleppstak på {percent} % mot referanseåret i {file}",
        .targetMilestone: "frå {milestone} i {file}",
        .targetLine: "på den rette linja frå {from} til {to}{by}",
        .targetConstantRate: "med fast årleg rate frå {from} til {to}{by}",
        .targetByRule: ", etter {rule} i {file}",
        .targetInFile: " i {file}",
        .targetYearlyChange: "{percent} % i året frå {from}, etter {rule} i {file}",
        .targetSumOfSectors: "frå summen av måla for sektorane",
        .yearTarget: "{year}: målbane {source}.",
        .yearNoTarget:
            "{year}: ikkje noko mål, og difor ikkje noko gap (legg inn eit utsleppstak i {file} eller mål før og etter året).",
        .pastGoal: "Tidlegare mål før perioden, som reglane ikkje trekkjer målbanen gjennom: {goals}.",
        .pastGoals: "Tidlegare mål før perioden, som reglane ikkje trekkjer målbanen gjennom: {goals}.",
        .explicitTargets: "Måla for {years} er eksplisitte utsleppstak frå {file}.",
        .printedNote:
            "{source} viser {printed} for {figure}; talgrunnlaget gjev {computed}, innanfor avrundinga av det trykte talet.",
        .printedSource: "Kjelda",
        .printedInYear: "{figure} i {year}",
        .printedSummed: "{figure} summert over perioden",
        .printedReferenceChange: "endringa i referansebanen",
        .printedMeasurePathwayChange: "endringa i tiltaksbanen",
        .printedTargetChange: "endringa i målbanen",
        .printedGapPoints: "gapet i prosentpoeng",
        .actualOrigins: "Faktiske utslepp: {origins}.",
        .actualFromFile: "frå {file} for {years}",
        .actualFromInventory: "frå utsleppsrekneskapen i {file} (til og med lastHistoricalYear) for {years}",
        .actualYear: "{year}: {parts}.",
        .limitOn: "akkurat på utsleppstaket",
        .limitOver: "{tonnes} t ({share}) over utsleppstaket",
        .limitOverZero: "{tonnes} t over utsleppstaket på 0 t",
        .limitUnder: "{tonnes} t ({share}) under utsleppstaket",
        .belowOnePercent: "under 1 %",
        .noTargetToCompare: "ikkje noko mål å samanlikne med",
        .deliveredAsExpected: "tiltaka gav det som var venta",
        .deliveredLess: "tiltaka gav {tonnes} t mindre kutt enn venta",
        .deliveredMore: "tiltaka gav {tonnes} t meir kutt enn venta",
        .actualIsInventory:
            "talet er utsleppsrekneskapen i referansebanen, som tiltaksbanen òg er rekna frå, så dei vert ikkje samanlikna (før det inn i {file} for å samanlikne)",
        .sectorEffectHeading: "Effekt av tiltaka etter sektor",
        .sectorSum: "Sum",
        .sectorTotal: "Totalt",
        .sectorUnknown: "Ukjend sektor",
        .sectorNoTables:
            "Inga tabell per sektor: {reference} har berre totaltal. Legg til ein kolonne per sektor-id (som i {sectors}) for å sjå referansebanen, tiltaksbanen og delen av totalen for kvar sektor.",
        .sectorTarget: "Sektormål",
        .sectorGap: "Gap",
        .sectorShare: "Del av samla referansebane",
        .sectorsWithheld:
            "Tala per sektor blir ikkje viste, fordi dei er rekna ut frå data med feil; køyr 'climate-budget validate'.",
    ]
}

extension GapText {
    /// A decimal as `gap`'s notes write it in a language: "-2.5" in English, "-2,5" in Norwegian; whole numbers
    /// without decimals, others with at most two (a milestone's percent, a rate).
    static func decimal(_ value: Double, _ language: Language) -> String {
        let plain = plainNumber(value)
        return language.isNorwegian ? plain.replacingOccurrences(of: ".", with: ",") : plain
    }

    /// Items joined as the language lists them: "a, b and c", "a, b og c".
    static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + GapText.and.format(language) + " " + last
    }
}
