import ClimateBudget
import ClimateBudgetFiles
import Foundation
import Testing

@testable import ClimateBudgetReports

/// Issue 14: the council summary in nynorsk, written as a nynorsk-writing municipality writes ("utslepp",
/// "ikkje", "kommunestyret"), with no bokmål or English word where nynorsk is meant.
@Suite("The council summary in nynorsk")
struct NynorskSummaryTests {
    let nn = CouncilSummary(budget: TrondheimBudget.budget, language: .nn)

    /// Word forms that are bokmål and not nynorsk, each beside the nynorsk the texts use: the words a text
    /// translated by changing a few words would keep. (Forms both written standards allow, such as "gir", "blir",
    /// "mellom" or "igjen", are not listed.)
    static let bokmaal: Set<String> = [
        "ikke",  // ikkje
        "fra",  // frå
        "hvor", "hvem", "hva", "hvilket", "hver", "hvert",  // kor, kven, kva, kvart
        "de", "disse", "noe", "noen", "et", "ett", "en",  // dei, desse, noko, nokon, eit, eitt, ein
        "mangler", "krever", "slutter", "bidrar", "legger",  // manglar, krev, sluttar, bidreg, legg
        "utslipp", "utslippene", "utslippstak", "utslippstaket", "utslippsramme", "utslippsregnskapet",  // utslepp…
        "tiltakene", "funnene", "tallet", "tall", "tallene", "rapporter", "statusrapporter",  // tiltaka, funna, tal…
        "lavere", "høyere", "lav", "høy", "årlig", "årlige", "tidligere", "ytterligere",  // lågare, høgare, låg…
        "samlet", "uten", "innenfor", "ennå", "bare", "åpne", "forsinket", "startet", "avsluttet", "laget",
        "beregnes", "regnes", "trekkes", "vises", "sammenlignet", "sammenligne", "tjenesteområdet", "miljøenheten",
        "sammendrag", "bystyrets", "budsjettets", "sektorenes", "målbanens",
    ]

    /// English words that a label left untranslated would show ("to" is nynorsk for two, "no" for now).
    static let english: Set<String> = [
        "the", "and", "of", "is", "are", "with", "from", "not", "by", "on", "in", "a", "an",
        "measure", "measures", "pathway", "reference", "target", "targets", "tonnes", "emissions", "total",
        "summary", "council", "effect", "effects", "sector", "findings", "open", "year", "years", "cap", "change",
        "missing", "lower", "higher", "range", "budget", "carbon", "actual", "left", "made",
    ]

    /// The bundled budget; the same with target rules, whose footnotes name the rules' lines; with a carbon budget
    /// and its pathways; with actual emissions, which have their own section; and with overlaps and a band.
    static let budgets = [
        TrondheimBudget.budget, CouncilSummaryTests.rulesBudget, CarbonBudgetReportTests.budget,
        FollowUpSummaryTests.budget, BandAndOverlapReportTests.budget,
    ]

    /// The words of a text, in lower case; "CO2-ekv" gives "co2" and "ekv", "mål 2a" "mål" and "2a".
    static func words(_ text: String) -> [String] {
        text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
    }

    /// The bokmål and English words among a text's words.
    static func foreign(_ text: String) -> [String] {
        words(text).filter { bokmaal.contains($0) || english.contains($0) }
    }

    /// What a reader sees of a document: the text outside the tags, without the style sheet, the tool's name and
    /// the budget's own data (measure titles, actors, sector names, names of the budget and the municipality).
    static func visibleText(_ document: String, budget: Budget) -> String {
        var text = document.replacingOccurrences(
            of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "(summary-)?chart\\.svg", with: " ", options: .regularExpression)
        for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"] {
            text = text.replacingOccurrences(of: entity, with: " ")
        }
        var data = ["climate-budget", budget.settings.name, budget.settings.municipality]
        for measure in budget.measures {
            data += [measure.title, measure.responsibility.printed] + measure.responsibility.implementers
            data += measure.responsibility.reporter.map { [$0] } ?? []
        }
        data += budget.sectors.flatMap { [$0.name] + $0.translations.values }
        // The financing's lines and changes as printed, and the service areas' names from the register.
        data += budget.financing.allLines.map(\.name) + budget.actors.actors.map(\.name)
        data += (budget.financing.changes?.lines.map(\.name) ?? []) + [budget.financing.changes?.against ?? ""]
        // Longest first, so a title is removed before a shorter text inside it.
        for item in Set(data).filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: item, with: " ")
            text = text.replacingOccurrences(of: Markup.escape(item), with: " ")
            text = text.replacingOccurrences(of: Markup.escapeMarkdown(item), with: " ")
        }
        return text
    }

    @Test("Every nynorsk text and rule title holds no bokmål or English word")
    func everyText() {
        for key in SummaryText.allCases {
            // The placeholders ({year}, {from}) and the tool's name are no words to translate.
            let text = key.format(.nn).replacingOccurrences(
                of: "\\{[A-Za-z]+\\}", with: " ", options: .regularExpression
            ).replacingOccurrences(of: "climate-budget", with: " ")
            #expect(Self.foreign(text).isEmpty, "\(key): \"\(text)\" has \(Self.foreign(text))")
        }
        for (rule, titles) in RuleTitles.titles {
            let title = titles[.nn] ?? ""
            #expect(Self.foreign(title).isEmpty, "\(rule): \"\(title)\" has \(Self.foreign(title))")
        }
    }

    @Test("init's nynorsk templates (service areas, goals, example measures) hold no bokmål or English word")
    func initTemplates() {
        for text in NewBudget.templateTexts(language: "nn") {
            // "effect" is the measure file's field the example tells the user to fill in, a name and no word.
            let found = Self.foreign(text).filter { $0 != "effect" }
            #expect(found.isEmpty, "\"\(text)\" has \(found)")
        }
        // The lists find the bokmål and English templates' words, so the test above can fail.
        let bokmaal = Set(NewBudget.templateTexts(language: "nb").flatMap(Self.words)).intersection(Self.bokmaal)
        #expect(bokmaal == ["de", "et", "hvert", "utslipp", "uten"])
        let english = Set(NewBudget.templateTexts(language: "en").flatMap(Self.words)).intersection(Self.english)
        #expect(english.count >= 10, "only \(english.sorted())")
    }

    /// The word lists catch what they are meant to catch: the bokmål and the English summary are full of such words.
    @Test("The word lists find bokmål in the bokmål summary and English in the English one")
    func listsWork() {
        for (language, list) in [(Language.nb, Self.bokmaal), (.en, Self.english)] {
            let summary = CouncilSummary(budget: TrondheimBudget.budget, language: language)
            let html = SummaryHTML.render(summary, chartSVG: SVGChartRenderer().render(summary.chart))
            let found = Set(Self.words(Self.visibleText(html, budget: summary.budget))).intersection(list)
            #expect(found.count >= 10, "\(language): only \(found.sorted())")
        }
    }

    @Test(
        "The nynorsk summary, in HTML and Markdown, holds no bokmål or English word outside the budget's own data",
        arguments: budgets.indices)
    func rendered(index: Int) {
        let budget = Self.budgets[index]
        let summary = CouncilSummary(budget: budget, language: .nn)
        let html = SummaryHTML.render(summary, chartSVG: SVGChartRenderer().render(summary.chart))
        let markdown = SummaryMarkdown.render(summary, chartFile: "chart.svg")
        for (format, document) in [("HTML", html), ("Markdown", markdown)] {
            let text = Self.visibleText(document, budget: budget)
            let found = Self.foreign(text)
            #expect(found.isEmpty, "budget \(index), \(format): \(Set(found).sorted())")
            #expect(!text.contains("{") && !text.contains("}"), "budget \(index), \(format): a placeholder is left")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nn\">"))
    }

    @Test("The headline states the gap in nynorsk, with Norwegian numbers")
    func headline() {
        // As in bokmål: measure pathway 2023 394 682 against 524 491 in 2009 is −25 %, the 2023 target −30 %;
        // the gap is 394 682 − 367 143 = 27 539 in 2023 and 387 285 − 324 442 = 62 843 in 2025.
        #expect(
            nn.headline
                == "Tiltaka i klimabudsjettet gjev 25\u{00A0}% lågare utslepp i 2023 enn i 2009, ikkje 30\u{00A0}% som målet krev. "
                + "Det manglar 27\u{00A0}539 tonn CO2-ekv i 2023 og 62\u{00A0}843 tonn i 2025.")
    }

    @Test("Tabell 7-1 in nynorsk: the labels, and the figures as in bokmål")
    func table() {
        let rows = nn.tableRows
        #expect(
            rows.map { $0[0] } == [
                "Referansebane", "endring frå 2009", "Samla effekt av tiltaka", "Tiltaksbane", "endring frå 2009",
                "Målbane (årleg utsleppstak)", "endring frå 2009", "Gap: behov for ytterlegare tiltak",
                "i prosentpoeng",
            ])
        let nb = CouncilSummary(budget: TrondheimBudget.budget, language: .nb)
        #expect(rows.map { Array($0.dropFirst()) } == nb.tableRows.map { Array($0.dropFirst()) })
        #expect(
            rows[0] == ["Referansebane"]
                + ["524 491", "424 456", "430 613", "429 582", "428 164", "426 485"].map {
                    $0.replacingOccurrences(of: " ", with: "\u{00A0}")
                })
    }

    @Test("The footnotes, the cumulative gap and the open findings in nynorsk")
    func sentences() {
        #expect(
            nn.tableNotes == [
                "Referansebanen: utsleppsrekneskapen for 2009 og 2019; framskriving gjeven i budsjettet for 2022, 2023, 2024 og 2025.",
                "Målbanen for 2022, 2023, 2024 og 2025: gjeven som årleg utsleppstak.",
            ])
        // 401 313 + 394 682 + 391 664 + 387 285 = 1 574 944 against 381 472 + 367 143 + 345 793 + 324 442 = 1 418 850:
        // 156 094 missing.
        #expect(
            nn.cumulativeSentence
                == "Over perioden 2022–2025 gjev tiltaksbanen 1\u{00A0}574\u{00A0}944 tonn CO2-ekv mot eit samla utsleppstak på 1\u{00A0}418\u{00A0}850 tonn. Samla manglar det 156\u{00A0}094 tonn."
        )
        #expect(
            nn.findingLines.first
                == "Ein trykt sum i finansieringstabellen stemmer ikkje med linjene: trykt 49, rekna ut 50 mill. kr")
        #expect(
            nn.findingLines[3]
                == "Tiltak 1 – Fossil- og utslippsfrie bygge- og anleggsplass i Trondheim kommunes egne investeringsprosjekter: Filene har ikkje registrert kva tenesteområde som rapporterer (ansvar i budsjettet: TT og ET)"
        )
        #expect(
            nn.text(.documentTitle, ["budget": "Klimabudsjett 2022"])
                == "Klimabudsjett 2022: samandrag for kommunestyret")
    }
}
