import ClaimStore

/// Numbers written in words: "three", "twenty-six", "a dozen", "a quarter", and the
/// scale words that multiply a figure ("2.4 million", "$1.2bn").
enum NumberWords {
    static let units: WordMap<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordMap<Double> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Multipliers after a figure; "m", "k" and "bn" are read only when attached
    /// ("$5m", "10k", "8.1bn") or after a currency.
    static let scales: WordMap<Double> = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "trillion": 1e12,
        "bn": 1e9, "b": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12,
    ]
    static let attachedScales: WordSet = ["bn", "b", "m", "mn", "mln", "k", "tn", "trn"]
    /// Fractions of a whole, as shares (0–1).
    static let fractions: WordMap<Double> = [
        "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2,
        "tenth": 0.1, "tenths": 0.1,
    ]
    /// "hundreds of", "millions of": the order of magnitude, as a range to ten times it.
    static let vagueMagnitudes: WordMap<Double> = [
        "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    ]
}
