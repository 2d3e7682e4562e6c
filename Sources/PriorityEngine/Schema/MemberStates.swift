import Foundation

/// EU Member States by basis (docs/how-the-engine-decides.md §3): EU27 after 1 February 2020, EU28 with the United Kingdom before.
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

    /// Country names as people write them (English and the usual own-language names), for "did you mean DE?".
    static let names: [String: String] = [
        "austria": "AT", "österreich": "AT", "belgium": "BE", "belgique": "BE", "belgië": "BE", "bulgaria": "BG", "croatia": "HR",
        "hrvatska": "HR", "cyprus": "CY", "czechia": "CZ", "czech republic": "CZ", "denmark": "DK", "danmark": "DK", "estonia": "EE",
        "finland": "FI", "suomi": "FI", "france": "FR", "germany": "DE", "deutschland": "DE", "greece": "GR", "hellas": "GR",
        "hungary": "HU", "magyarország": "HU", "ireland": "IE", "italy": "IT", "italia": "IT", "latvia": "LV", "lithuania": "LT",
        "luxembourg": "LU", "malta": "MT", "netherlands": "NL", "the netherlands": "NL", "nederland": "NL", "holland": "NL",
        "poland": "PL", "polska": "PL", "portugal": "PT", "romania": "RO", "românia": "RO", "slovakia": "SK", "slovenia": "SI",
        "spain": "ES", "españa": "ES", "sweden": "SE", "sverige": "SE", "united kingdom": "GB", "great britain": "GB", "uk": "GB",
        "norway": "NO", "switzerland": "CH", "iceland": "IS", "ukraine": "UA", "serbia": "RS", "albania": "AL",
        "north macedonia": "MK", "montenegro": "ME", "turkey": "TR", "türkiye": "TR", "moldova": "MD", "georgia": "GE",
    ]

    /// The ISO 3166-1 alpha-2 code meant by `text` when it is a country name or a lower-case code, e.g. "DE" for
    /// "Germany" or "de"; nil when nothing fits.
    public static func suggestion(for text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let code = names[t.lowercased()] { return code }
        if t.count == 2, t.allSatisfy({ $0.isASCII && $0.isLetter }) { return isoCode(t.uppercased()) }
        return nil
    }
}
