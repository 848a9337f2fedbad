/// Resolves what a person types for a place ("CA", "California", "US-CA",
/// "United States") to an ISO code. Two-letter codes are read as US states first,
/// because the articles claimq serves are mostly about the US: "CA" is California;
/// Canada is reachable by name.
public enum PlaceNames {
    public static func resolve(_ text: String) -> Place? {
        if text.utf8.count == 2, stateNames[text.uppercased()] != nil {   // "CA": the common case
            return Place(code: "US-" + text.uppercased())
        }
        let key = normalise(text)
        if key.count == 2, stateNames[key.uppercased()] != nil {
            return Place(code: "US-" + key.uppercased())
        }
        if let code = byName[key] { return Place(code: code) }
        if key.contains("-"), let place = Place(code: key) { return place }
        if key.count == 2, countryNames[key.uppercased()] != nil { return Place(code: key) }
        return nil
    }

    /// Like `resolve`, but two-letter codes are read as countries ("CA" is Canada);
    /// nil for anything that is not a country.
    public static func resolveCountry(_ text: String) -> Place? {
        let key = normalise(text)
        if key.count == 2, countryNames[key.uppercased()] != nil { return Place(code: key) }
        guard let code = byName[key], code.count == 2 else { return nil }
        return Place(code: code)
    }

    /// Every name and code a person may type, for suggestions.
    public static var allNames: [String] {
        Array(stateNames.values) + Array(countryNames.values) + Array(stateNames.keys)
    }

    /// The English name of a code, for display: "US-CA" → "California".
    public static func name(of place: Place) -> String? {
        if place.code == "ZZ" { return "unknown" }
        if let state = place.state { return stateNames[state] }
        return place.isCountry ? countryNames[place.code] : nil
    }

    private static func normalise(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static let byName: [String: String] = {
        var table: [String: String] = [:]
        for (code, name) in stateNames { table[name.lowercased()] = "US-" + code }
        for (code, name) in countryNames { table[name.lowercased()] = code }
        for (alias, code) in aliases { table[alias] = code }
        return table
    }()

    package static let aliases: [String: String] = [
        "usa": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US", "america": "US",
        "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
        "nationwide": "US", "washington dc": "US-DC", "d.c.": "US-DC",
    ]

    package static let stateNames: [String: String] = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
        "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
        "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
        "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
        "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
        "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
        "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
        "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
        "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
        "DC": "District of Columbia", "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
        "AS": "American Samoa", "MP": "Northern Mariana Islands",
    ]

    package static let countryNames: [String: String] = [
        "US": "United States", "CA": "Canada", "MX": "Mexico", "GB": "United Kingdom",
        "DE": "Germany", "FR": "France", "IT": "Italy", "ES": "Spain", "SY": "Syria",
        "IQ": "Iraq", "IR": "Iran", "AF": "Afghanistan", "CN": "China", "RU": "Russia",
        "IN": "India", "JP": "Japan", "AU": "Australia", "BR": "Brazil", "NL": "Netherlands",
        "SE": "Sweden", "UA": "Ukraine", "IL": "Israel", "TR": "Turkey", "SA": "Saudi Arabia",
        "EG": "Egypt", "NG": "Nigeria", "ZA": "South Africa", "KR": "South Korea", "PK": "Pakistan",
    ]
}
