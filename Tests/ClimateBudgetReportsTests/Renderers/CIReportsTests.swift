import ClimateBudget
import Foundation
import Testing

@testable import ClimateBudgetReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Findings for CI")
struct CIReportsTests {
    let findings = [
        Finding(
            severity: .error, rule: "missing-reporter", measure: 2, file: "Measures/02-sykkelstrategi.json",
            message: "no reporter: agree, then set it\n100%"),
        Finding(
            severity: .warning, rule: "effect-after-period", measure: 1, file: "Measures/01-fossilfri-buss.json",
            message: "2024 is outside"),
        Finding(severity: .error, rule: "cap-breaks-milestone", file: "Data/target-caps.csv", message: "cap 800"),
    ]

    @Test("GitHub workflow commands: one line per finding, with the encoding GitHub needs")
    func github() {
        #expect(
            GitHubAnnotations.render(findings) == """
                ::error file=Measures/02-sykkelstrategi.json,title=missing-reporter (measure 2)::no reporter: agree, then set it%0A100%25
                ::warning file=Measures/01-fossilfri-buss.json,title=effect-after-period (measure 1)::2024 is outside
                ::error file=Data/target-caps.csv,title=cap-breaks-milestone::cap 800

                """)
        #expect(GitHubAnnotations.property("a:b,c") == "a%3Ab%2Cc")
    }

    /// The test cases of a JUnit report, read back with XMLParser: (classname, name, failed).
    final class JUnitReader: NSObject, XMLParserDelegate {
        var cases: [(rule: String, name: String, failed: Bool)] = []
        var suite: [String: String] = [:]
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "testcase" { cases.append((attributes["classname"] ?? "", attributes["name"] ?? "", false)) }
            if name == "failure" { cases[cases.count - 1].failed = true }
            if name == "testsuite" { suite = attributes }
        }
    }

    @Test("The JUnit XML parses, with one test case per rule and measure, failed where there is an error")
    func junit() throws {
        let budget = ExampleBudget.budget
        let xml = JUnitReport.render(findings, measures: budget.measures, rules: Validator.rules)
        let reader = JUnitReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse())
        let measureRules = Validator.rules.filter { $0.checksMeasures }.count
        let budgetRules = Validator.rules.count - measureRules
        #expect(reader.cases.count == measureRules * budget.measures.count + budgetRules)
        #expect(Set(reader.cases.map { "\($0.rule)/\($0.name)" }).count == reader.cases.count)
        #expect(
            reader.cases.filter(\.failed).map { "\($0.rule)/\($0.name)" } == [
                "missing-reporter/measure 2", "cap-breaks-milestone/budget",
            ])
        #expect(reader.suite["failures"] == "2")
        #expect(reader.suite["tests"] == String(reader.cases.count))
    }

    @Test("With --strict, warnings fail too")
    func strict() {
        let xml = JUnitReport.render(
            findings, measures: ExampleBudget.budget.measures, rules: Validator.rules, strict: true)
        #expect(xml.contains("failures=\"3\""))
    }
}

@Suite("JUnit edge cases")
struct JUnitEdgeCaseTests {
    @Test("Control characters in data still give well-formed XML; failures count failed cases")
    func controlCharacters() {
        let findings = [
            Finding(
                severity: .error, rule: "missing-reporter", measure: 1, file: "Measures/01-fossilfri-buss.json",
                message: "ALLE\u{0B} one"),
            Finding(
                severity: .error, rule: "missing-reporter", measure: 1, file: "Measures/01-fossilfri-buss.json",
                message: "two"),
        ]
        let xml = JUnitReport.render(findings, measures: ExampleBudget.budget.measures, rules: Validator.rules)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse())
        #expect(xml.contains("failures=\"1\""))
    }
}
