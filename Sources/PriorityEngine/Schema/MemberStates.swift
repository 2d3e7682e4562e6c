/// EU Member States by basis (DOMAIN.md §3.2): EU27 after 1 February 2020, EU28 with the United Kingdom before.
public enum MemberStates {
    /// ISO 3166-1 alpha-2 codes of the EU27.
    public static let eu27: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]

    /// The Member States of a basis.
    public static func members(of basis: MemberStateBasis) -> Set<String> {
        basis == .EU28 ? eu27.union(["GB"]) : eu27
    }

    /// EU documents write `EL` for Greece and `UK` for the United Kingdom; files are mapped to ISO codes on import.
    public static func isoCode(_ code: String) -> String {
        switch code {
        case "EL": "GR"
        case "UK": "GB"
        default: code
        }
    }
}
