/// User text (titles, names, messages that quote input) made inert in Markdown: it can neither open raw HTML
/// (`<script>`, `<img onerror>`), nor a link (`[x](javascript:…)`), nor a code span, nor end a table cell or a
/// line. Engine-made text (codes, numbers) needs no escaping.
public enum MarkdownText {
    /// `&`, `<`, `>` become HTML entities (CommonMark renders them as the characters); backslash, backtick, `[`, `]`, `|` are
    /// backslash-escaped (emphasis marks are left: they cannot carry code); line breaks and other control characters become spaces.
    public static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "[", "]", "|": out += "\\" + String(c)
            case _ where c.value < 0x20 || c.value == 0x7f || c == "\u{2028}" || c == "\u{2029}" || c == "\u{85}": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
