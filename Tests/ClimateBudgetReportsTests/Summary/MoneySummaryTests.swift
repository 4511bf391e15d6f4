import ClimateBudget
import ClimateBudgetReports
import Testing

/// The council summary's money section (issue 16): Tabell 7-6 with every sum computed, the slip in a footnote with
/// both values, Tabell 7-7 and the cost per tonne, in bokmål, nynorsk and English with each language's numbers
/// (a decimal comma in Norwegian: 15,5; a real minus sign: −2,5). Figures by hand: see MoneyCommandTests.
@Suite("The council summary's money section")
struct MoneySummaryTests {
    func section(_ language: Language) throws -> MoneySection {
        try #require(CouncilSummary(budget: TrondheimBudget.budget, language: language).moneySection)
    }

    @Test("Bokmål: the lines with a decimal comma, the totals computed, the slip marked and explained")
    func bokmal() throws {
        let money = try section(.nb)
        #expect(money.header == ["Post", "Tjenesteområde", "2022", "2023", "2024", "2025", "Hele perioden"])
        #expect(
            money.rows[0] == [
                "Klimamidler forvaltet av Miljøenheten", "miljø, laboratorie- og landbrukstjenester", "15,5", "11,5",
                "11,5", "11,5", "50 *",
            ])
        #expect(money.rows[6][1] == "flere (Diverse)")
        #expect(money.totalRows == [7, 15, 16])
        #expect(money.rows[7] == ["Sum drift, med ekstern finansiering", "", "31", "23", "20", "17", "91 *"])
        #expect(money.rows[8][1] == "pott")
        #expect(money.rows[9][0] == "– Enøk-tiltak")
        #expect(money.rows[15] == ["Sum investering", "", "64", "64", "64", "64", "256"])
        #expect(money.rows[16] == ["Sum finansiering", "", "95", "87", "84", "81", "347 *"])
        #expect(
            money.notes == [
                "* Det trykte budsjettet viser 49 for «Klimamidler forvaltet av Miljøenheten», hele perioden; postene gir 50.",
                "* Det trykte budsjettet viser 90 for «Sum drift, med ekstern finansiering», hele perioden; postene gir 91. Avviket følger av det trykte tallet 49 for «Klimamidler forvaltet av Miljøenheten».",
                "* Det trykte budsjettet viser 346 for «Sum finansiering», hele perioden; postene gir 347. Avviket følger av det trykte tallet 90 for «Sum drift, med ekstern finansiering».",
            ])
        let changes = try #require(money.changes)
        #expect(changes.heading == "Endring i driftsmidler mot budsjett 2021")
        #expect(
            changes.rows[1] == [
                "Avsluttet tiltak fra HØP 21-24", "\u{2212}2,5", "\u{2212}2,5", "\u{2212}2,5", "\u{2212}4,5",
            ])
        #expect(changes.rows[3] == ["Netto endring", "2,3", "\u{2212}1,7", "\u{2212}1,7", "\u{2212}3,7"])
        #expect(money.costHeader == ["Tiltak", "Poster", "2022", "2023", "2024", "2025", "Hele perioden"])
        #expect(
            money.costRows[1] == [
                "7 Utfasing av fossile drivstoff i egen virksomhet - tyngre kjøretøy og maskiner",
                "Teknisk, HVO biodiesel; Energieffektivt maskinkjøp", "27\u{00A0}500", "22\u{00A0}000", "22\u{00A0}000",
                "15\u{00A0}000", "21\u{00A0}000",
            ])
        #expect(
            money.costRows[0].suffix(5) == [
                "1\u{00A0}724", "1\u{00A0}695", "1\u{00A0}695", "1\u{00A0}667", "1\u{00A0}695",
            ])
    }

    @Test("Nynorsk: the same figures, the words in nynorsk")
    func nynorsk() throws {
        let money = try section(.nn)
        #expect(
            money.header.first == "Post" && money.header[1] == "Tenesteområde" && money.header.last == "Heile perioden")
        #expect(money.rows[6][1] == "fleire (Diverse)")
        #expect(money.rows[0][2] == "15,5")
        #expect(
            money.notes[1]
                == "* Det trykte budsjettet viser 90 for «Sum drift, med ekstern finansiering», heile perioden; postane gir 91. Avviket følgjer av det trykte talet 49 for «Klimamidler forvaltet av Miljøenheten»."
        )
        #expect(try #require(money.changes).heading == "Endring i driftsmidlar mot budsjett 2021")
        #expect(money.costHeader[1] == "Postar")
    }

    @Test("English: a decimal point and grouped thousands with a comma")
    func english() throws {
        let money = try section(.en)
        #expect(money.rows[0][2] == "15.5")
        #expect(money.rows[16] == ["Total financing", "", "95", "87", "84", "81", "347 *"])
        #expect(
            try #require(money.changes).rows[3] == ["Net change", "2.3", "\u{2212}1.7", "\u{2212}1.7", "\u{2212}3.7"])
        #expect(money.costRows[1].last == "21,000")
        #expect(
            money.notes[0]
                == "* The printed budget shows 49 for “Klimamidler forvaltet av Miljøenheten”, whole period; the lines give 50."
        )
    }

    @Test("The HTML and Markdown carry the section; a budget without financing has none")
    func rendered() throws {
        let nb = CouncilSummary(budget: TrondheimBudget.budget, language: .nb)
        let html = SummaryHTML.render(nb, chartSVG: "<svg></svg>")
        #expect(html.contains("<h2>Finansiering av klimatiltakene</h2>"))
        #expect(html.contains("<h3>Kostnad per tonn</h3>"))
        #expect(html.contains("<tr class=\"total\"><td>Sum finansiering</td><td></td><td class=\"num\">95</td>"))
        let markdown = SummaryMarkdown.render(nb, chartFile: "c.svg")
        #expect(markdown.contains("\n## Finansiering av klimatiltakene\n"))
        #expect(markdown.contains("\n### Endring i driftsmidler mot budsjett 2021\n"))
        var budget = TrondheimBudget.budget
        budget.financing = Financing()
        let without = CouncilSummary(budget: budget, language: .nb)
        #expect(without.moneySection == nil)
        #expect(!SummaryHTML.render(without, chartSVG: "<svg></svg>").contains("Finansiering"))
    }
}

/// A printed net change of Tabell 7.7 that the changes contradict is marked in the summary's changes table and
/// explained under it, not among Tabell 7-6's notes. By hand: 4 − 2,5 + 0,8 = 2,3; printed 2,4 here.
@Suite("The council summary: a printed net change the arithmetic contradicts")
struct MoneySummaryNetSlipTests {
    @Test("The net cell is marked and its note stands under the changes")
    func netSlip() throws {
        var budget = TrondheimBudget.budget
        budget.financing.changes?.printedNet[2022] = MNOK(thousands: 2400)
        let money = try #require(CouncilSummary(budget: budget, language: .en).moneySection)
        let changes = try #require(money.changes)
        #expect(changes.rows.last?[1] == "2.3 *")
        #expect(money.notes.count == 3)
        #expect(money.changesNotes.count == 1)
        #expect(money.changesNotes.first?.hasPrefix("* ") == true)
        #expect(money.changesNotes.first?.contains("2.4") == true)
    }
}
