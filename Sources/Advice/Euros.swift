import PriorityEngine

/// Money as people read it: whole euros with thousands separators ("1,500,000 EUR"). JSON and CSV keep plain
/// integers; this is for the terminal, Markdown and messages.
public enum Euros {
    /// "1,500,000" for 1500000, "-250,000" for -250000.
    public static func grouped(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (amount < 0 ? "-" : "") + out
    }

    /// "1,500,000 EUR".
    public static func text(_ amount: Int) -> String { grouped(amount) + " EUR" }
}
