import ClaimStore

/// The words quantity extraction reads: hedges, change verbs, units written onto
/// figures, and the words that tell a count from a year, a date or a name.
enum QuantityWords {
    /// Signs of money: the dollar, pound, euro and yen, and the rupee, naira, peso, won,
    /// rouble, lira, hryvnia, dong, shekel and baht.
    static let currencySymbols: [Unicode.Scalar] = ["$", "£", "€", "¥", "₹", "₦", "₱", "₩", "₽", "₺", "₴", "₫", "₪", "฿"]
    /// Whether `c` is one of `currencySymbols`. (Most scalars asked about are ASCII, and only
    /// "$" of those is one: a search of the array was a call each time.)
    @inline(__always)
    static func isCurrencySymbol(_ c: Unicode.Scalar) -> Bool {
        c == "$" || c.value >= 0xA3 && currencySymbols.contains(c)
    }
    /// Currencies written as letters before a figure ("RM23.50", "Rs 500", "USD 5"; "PS" is
    /// how some text mangles "£").
    static let currencyWords: WordSet = [
        "RM", "Rs", "PS", "Rp", "KSh", "Ksh", "USD", "EUR", "GBP", "AUD", "CAD", "JPY", "CHF", "INR", "CNY", "ZAR", "NGN",
        "KES", "PKR", "BRL", "MXN",
    ]

    /// The words of percent after a figure ("per" only before "cent", "pc" only unspaced).
    static let percentWords: WordSet = ["percent", "pct", "percentage", "pc", "per"]

    /// Whether a mention's unit, as the extractor reads it, is a currency ("$", "C$", "€",
    /// "Rs", "R" for the rand): money, whatever the currency.
    static func isCurrency(_ unit: String) -> Bool {
        // (Bytes, not Characters: a String's `contains` walks grapheme clusters.)
        // (A scalar is four bytes at most: counting a longer unit's scalars walked all of it.)
        unit.containsByte(UInt8(ascii: "$")) || currencyWords.contains(unit) || unit == "R"
            || unit.utf8.count <= 4 && unit.unicodeScalars.count == 1 && isCurrencySymbol(unit.unicodeScalars.first!)
    }

    /// The claim unit of money in a currency as the extractor reads it (`isCurrency`):
    /// each currency its own unit, so that a sum never adds euros to yen. A dollar sign
    /// without a country's letters is the dollar the text means (its place says which).
    static func currencyUnit(_ currency: String) -> String {
        currencyUnits[currency] ?? "dollars"
    }

    static var currencyUnitNames: [String] { Array(currencyUnits.values) + ["dollars"] }

    private static let currencyUnits: [String: String] = [
        "$": "dollars", "US$": "dollars", "$US": "dollars", "USD": "dollars",
        "C$": "canadian_dollars", "$C": "canadian_dollars", "CAD": "canadian_dollars",
        "A$": "australian_dollars", "$A": "australian_dollars", "AUD": "australian_dollars",
        "NZ$": "new_zealand_dollars", "$NZ": "new_zealand_dollars", "HK$": "hong_kong_dollars", "$HK": "hong_kong_dollars",
        "S$": "singapore_dollars", "$S": "singapore_dollars", "R$": "reais", "BRL": "reais",
        "£": "pounds_sterling", "GBP": "pounds_sterling", "PS": "pounds_sterling", "€": "euros", "EUR": "euros",
        "¥": "yen", "JPY": "yen", "CNY": "yuan", "₹": "rupees", "Rs": "rupees", "INR": "rupees", "PKR": "rupees",
        "₦": "naira", "NGN": "naira", "₱": "pesos", "MXN": "pesos", "₩": "won", "₽": "roubles", "₺": "lira",
        "₴": "hryvnias", "₫": "dong", "₪": "shekels", "฿": "baht", "RM": "ringgit", "Rp": "rupiah",
        "KSh": "shillings", "Ksh": "shillings", "KES": "shillings", "CHF": "swiss_francs", "R": "rand", "ZAR": "rand",
    ]

    /// Units written onto a figure ("6kW", "120Hz", "45g", "118.5p"); case matters ("5G" is a network).
    static let attachedUnits: WordSet = [
        "pc", "pct", "p", "mph", "kph", "km", "kg", "ft", "cm", "mm", "m", "lb", "lbs", "g", "mg", "oz", "mi",
        "GB", "MB", "TB", "KB", "gb", "mb", "tb", "kW", "kw", "KW", "kWh", "kwh", "MW", "GW", "W", "Hz", "GHz", "MHz",
        "kHz", "THz", "Mbps", "Gbps", "kbps", "Kbps", "MBps", "GWh", "MWh", "TWh", "dB", "psi", "ppm", "cc", "ha", "MP",
        "hp", "bhp", "min", "mins", "h", "hr", "hrs", "sec", "ms", "x", "l", "L", "ml", "mL", "V", "mAh", "nm", "Nm",
        "C", "F",   // degrees: "1.1C"
    ]
    /// Words that number things rather than count them ("Section 8", "Route 66", "page 3").
    static let labels: WordSet = [
        "section", "article", "chapter", "title", "amendment", "route", "highway", "interstate", "flight", "room",
        "gate", "platform", "phase", "stage", "tier", "category", "class", "episode", "season", "volume", "part",
        "pier", "district", "ward", "precinct", "proposition", "prop", "bill", "rule", "form", "schedule", "unit",
        "apartment", "suite", "model", "version", "game", "week", "round", "lot", "exit", "terminal", "channel",
        "level", "grade", "step", "item", "figure", "table", "page", "line", "number", "no", "act", "clause",
    ]
    /// Capitalised words that start sentences or hedge figures rather than name things.
    static let commonWords: WordSet = [
        "about", "over", "nearly", "some", "only", "just", "around", "almost", "more", "less", "fewer", "at", "in",
        "by", "the", "a", "an", "with", "of", "for", "and", "but", "to", "from", "since", "after", "before", "up",
        "down", "roughly", "approximately", "under", "below", "above", "all", "another", "top", "its", "their",
        "his", "her", "our", "we", "they", "it", "he", "she", "i", "there", "these", "those", "this", "that",
    ]
    /// Unit names written with a capital after a figure ("300 Hz", "35 GWh", "11 FEET").
    static let capitalUnits: WordSet = ["hz", "gwh", "mwh", "twh", "kwh", "feet", "fahrenheit", "celsius", "kelvin", "nm", "ps", "kw", "mw"]
    static let phrasalVerbs: WordSet = [
        "gave", "give", "gives", "giving", "given", "put", "puts", "set", "sets", "picked", "pick", "signed", "sign",
        "turned", "turn", "broke", "break", "shut", "cut", "back", "wrote", "write", "took", "take", "stepped",
        "make", "makes", "made", "making",   // "made up 12 percent": what a share is of, not a rise
    ]
    /// Measures and counted things after which a figure like 1520 is not a year.
    static let measures: WordSet = [
        "sq", "square", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "ft", "acres",
        "hectares", "tonnes", "tons", "kg", "pounds", "lb", "barrels", "units", "calories", "mph", "rpm", "points",
        "yards", "votes", "seats", "jobs", "employees", "workers", "people", "customers", "homes", "cars",
        "vehicles", "users", "troops", "students", "patients", "cases", "deaths", "members", "children",
    ]
    /// Words before a year ("in 2016", "since 1985").
    static let yearWords: WordSet = [
        "in", "since", "by", "from", "until", "till", "of", "between", "to", "and", "during", "before", "after",
        "early", "late", "mid", "year", "fiscal", "circa", "around", "through", "the",
    ]
    /// What a number joined by a hyphen counts the members of a group in: "six-member",
    /// "three-judge", "20-strong".
    static let members: WordSet = ["member", "person", "strong", "man", "woman", "seat", "judge", "nation", "country", "player"]
    /// Every word that can begin a quantity in words.
    static let numberWords = WordSet(Set(NumberWords.units.keys).union(NumberWords.tens.keys)
        .union(NumberWords.fractions.keys).union(NumberWords.vagueMagnitudes.keys)
        .union(["tens", "majority", "dozen", "hundred", "thousand", "million", "billion"])
        .union(multiples))
    /// "threefold": a multiple in one word.
    static let multiples: WordSet = ["twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold",
                                         "ninefold", "tenfold", "twentyfold", "hundredfold", "thousandfold"]
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let connectives: WordSet = [
        "on", "in", "at", "of", "for", "to", "and", "or", "the", "a", "an", "by", "with", "from", "is", "was", "are",
        "were", "that", "which", "as", "than", "per", "into", "this", "its", "his", "her", "their",
        "last", "next", "each", "every", "ago",   // "raised 12bn last year": times, not units
    ]
    /// Longest phrases first, so "no more than" wins over "more than".
    static let hedges: [(words: [String], qualifier: Qualifier)] = [
        (["no", "more", "than"], .atMost), (["in", "excess", "of"], .moreThan), (["more", "than"], .moreThan),
        (["greater", "than"], .moreThan), (["at", "least"], .atLeast), (["upwards", "of"], .moreThan),
        (["fewer", "than"], .lessThan), (["less", "than"], .lessThan), (["at", "most"], .atMost),
        (["up", "to"], .atMost), (["close", "to"], .approx), (["an", "estimated"], .approx),
        (["as", "many", "as"], .atMost), (["as", "much", "as"], .atMost),
        (["just", "over"], .moreThan), (["just", "under"], .lessThan), (["well", "over"], .moreThan),
        (["over", "than"], .moreThan), (["averaged"], .approx),
        (["averaging"], .approx), (["barely"], .approx),
        (["about"], .approx), (["around"], .approx), (["approximately"], .approx), (["roughly"], .approx),
        (["approx"], .approx), (["circa"], .approx), (["some"], .approx), (["estimated"], .approx),
        (["nearly"], .nearly), (["almost"], .nearly), (["over"], .moreThan), (["above"], .moreThan),
        (["exceeding"], .moreThan), (["under"], .lessThan), (["below"], .lessThan),
    ]
    /// `hedges` by their last word, each word's in their order.
    static let hedgesByLastWord: WordMap<[(words: [String], qualifier: Qualifier)]> = {
        var byWord: [String: [(words: [String], qualifier: Qualifier)]] = [:]
        var order: [String] = []
        for hedge in hedges {
            let last = hedge.words.last!
            if byWord[last] == nil { order.append(last) }
            byWord[last, default: []].append(hedge)
        }
        return WordMap(order.map { ($0, byWord[$0]!) })
    }()
    static let upWords: WordSet = [
        "up", "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "gained", "gain",
        "gains", "climbed", "climb", "jumped", "jump", "surged", "surge", "soared", "advanced", "added", "grew",
        "grow", "higher", "boosted", "rallied", "upward", "trending",
        // (and the forms of a verb that "has", "is" or a third person give it: "has grown by 20%")
        "grown", "grows", "growing", "climbs", "climbing", "jumps", "jumping", "surges", "surging", "soars", "soaring",
        "gaining", "increasing", "expanded", "expands", "expanding",
        "doubled", "doubling", "tripled", "tripling", "quadrupled",
        "adds", "adding", "strengthened", "strengthens", "strengthening", "widened", "widens", "widening",
    ]
    static let downWords: WordSet = [
        "down", "fell", "fall", "falls", "fallen", "dropped", "drop", "drops", "declined", "decline", "decreased",
        "decrease", "lost", "slid", "slipped", "plunged", "plummeted", "plummeting", "sank", "tumbled", "shed",
        "lower", "cut", "dipped", "dip", "eased", "retreated",
        "falling", "dropping", "declines", "declining", "decreases", "decreasing", "sinks", "sinking", "sunk", "slips",
        "slipping", "slides", "sliding", "tumbles", "tumbling", "plunges", "plunging", "dips", "dipping", "eases", "easing",
        "shrank", "shrunk", "shrinks", "shrinking", "lowered", "halved", "halving", "reduced", "reduces", "reducing",
        "slashed", "trimmed", "weakened", "weakens", "weakening", "narrowed", "narrows", "narrowing",
    ]
    /// Verbs of raising that make a change only with "by" ("raised fares by 30 percent"):
    /// before a figure they mean other things ("raised $4 million" for a cause).
    static let raisingVerbs: WordSet = ["raised", "raises", "raising", "raise", "hiked", "hikes", "hike", "lifted", "lifts", "lift"]
}
