import Reports
import Testing

/// CSV cells are never spreadsheet formulas (OWASP CSV injection), numbers stay numbers, RFC 4180 quoting.
@Suite struct TextTableTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"])
    func formulaCellsAreNeutralised(cell: String) {
        let csv = TextTable.csv(header: ["a"], rows: [[cell]])
        let line = csv.split(separator: "\n", omittingEmptySubsequences: false)[1...].joined(separator: "\n")
        #expect(line.hasPrefix("'") || line.hasPrefix("\"'"), "\(line)")
    }

    @Test(arguments: ["-0.25", "1e-5", "+3", "-1.5E+10", "0", "12.5"])
    func numbersAreLeftAsTheyAre(cell: String) {
        #expect(TextTable.csv(header: ["a"], rows: [[cell]]) == "a\n\(cell)\n")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(TextTable.csv(header: ["a", "b"], rows: [["x,y", "say \"hi\""]]) == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n")
        #expect(TextTable.csv(header: ["a"], rows: [["line\nbreak"]]) == "a\n\"line\nbreak\"\n")
    }
}

/// User text in Markdown cannot open HTML, links or code, nor split a table row.
@Suite struct MarkdownTextTests {
    @Test func htmlLinksAndTableBreaksAreInert() {
        #expect(MarkdownText.escaped("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(MarkdownText.escaped("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownText.escaped("[click](javascript:alert(1))") == "\\[click\\](javascript:alert(1))")
        #expect(MarkdownText.escaped("a | b\nc") == "a \\| b c")
        #expect(MarkdownText.escaped("`code` & \\") == "\\`code\\` &amp; \\\\")
        #expect(MarkdownText.escaped("Rapid DNA in custody suites") == "Rapid DNA in custody suites")
    }
}
