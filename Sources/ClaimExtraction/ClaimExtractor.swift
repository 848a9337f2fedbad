import ClaimStore
import Dispatch

/// Builds claims from an article's text alone: each quantity in the article's own
/// paragraphs (never its chrome) becomes a claim, with the unit and metric its
/// words give (a change, "fell 1.2 per cent", gets the metric NAME_change and a
/// sign), and the period, place and source nearest to it in its sentence,
/// or carried from an earlier sentence of the same paragraph. A document's findings
/// carry further (see `Attributions`). What the text does not say is left empty
/// (place null, source "author").
public enum ClaimExtractor {
    public struct Draft: Sendable {
        public let claim: Claim
        /// How sure extraction is, 0–1: a known unit and context raise it.
        public let confidence: Double
    }

    /// `date` is the article's date when the caller knows it (`--date`); otherwise
    /// the article's dateline gives it, if it has one.
    /// `progress` is told, after each paragraph, the offset extraction has reached.
    public static func extract(_ article: ArticleText, slug: String, firstID: Int = 1, date: Day? = nil,
                               progress: ((Int) -> Void)? = nil) -> [Draft] {
        var run = Run(opening: article, slug: slug, firstID: firstID, date: date)
        run.add(article, progress: progress)
        return run.drafts
    }

    /// The same claims as `extract(_:…)` gives for the whole of `text`, read a piece of
    /// about `pieceBytes` at a time (`ArticleText.pieces`): a long text in a piece's
    /// memory, not four times its size as scalars that the kernel must first clear.
    /// The article's own date and place are read from its opening, a piece of
    /// `openingBytes` or more (its dateline and date are in its first four paragraphs,
    /// its place in its first twenty-one; paragraphs longer than 10 KB on average could
    /// put some of those past it). `progress` is told the bytes read so far.
    public static func extract(text: String, name: String, slug: String, firstID: Int = 1, date: Day? = nil,
                               pieceBytes: Int = 1 << 20, openingBytes: Int = 1 << 18,
                               progress: ((Int) -> Void)? = nil) -> [Draft] {
        var drafts: [Draft] = []
        extract(text: text, name: name, slug: slug, firstID: firstID, date: date, pieceBytes: pieceBytes,
                openingBytes: openingBytes, progress: progress) { drafts += $0 }
        return drafts
    }

    /// The same, handing the claims to `each` a piece at a time, in order: a caller that
    /// keeps them otherwise (a claim store's columns) never holds them all as objects.
    public static func extract(text: String, name: String, slug: String, firstID: Int = 1, date: Day? = nil,
                               pieceBytes: Int = 1 << 20, openingBytes: Int = 1 << 18,
                               progress: ((Int) -> Void)? = nil, each: ([Draft]) -> Void) {
        let pieces = ArticleText.pieces(text, bytes: pieceBytes)
        let opening = pieceBytes >= openingBytes ? nil : ArticleText.pieces(text, bytes: openingBytes).first
        var run: Run?
        var done = 0
        for piece in pieces {
            let article = ArticleText(name: name, text: String(piece))
            if run == nil {
                run = Run(opening: opening.map { ArticleText(name: name, text: String($0)) } ?? article, slug: slug, firstID: firstID, date: date)
            }
            let (bytes, scalars) = (piece.utf8.count, max(1, article.characters.count))
            run!.add(article, progress: progress.map { report in { offset in report(done + bytes * offset / scalars) } })
            each(run!.takeDrafts())
            done += bytes
            if Interruption.requested { break }
        }
    }

    /// One article's extraction, paragraph by paragraph, over one or more pieces of its
    /// text, with what carries from paragraph to paragraph.
    private struct Run {
        private(set) var drafts: [Draft] = []
        /// How many claims `takeDrafts` has handed over: the next claim's id follows them.
        private var handedOver = 0
        private var attributions = Attributions()
        // Who spoke last in the paragraph before: a paragraph that opens a quotation and
        // names no one goes on quoting them.
        private var speaker: String?
        /// The time told of last, in any paragraph: what "the previous year" counts from
        /// where its own paragraph has told none (a paragraph carries no time to the next).
        private var lastTold: Period?
        private let opening: (dateline: Dateline, paragraph: Int)?
        private let home: HomePlace
        private let date: Day?
        private let slug: String
        private let firstID: Int
        /// Where the next piece starts in the article: its paragraphs and scalars before it.
        private var paragraphsBefore = 0
        private var scalarsBefore = 0

        /// `opening`: the article, or its opening piece, which has its dateline and date.
        init(opening article: ArticleText, slug: String, firstID: Int, date: Day?) {
            opening = Dateline.find(article)
            home = HomePlace(article, dateline: opening)
            self.date = date ?? ArticleDate.find(article, dateline: opening?.dateline)
            (self.slug, self.firstID) = (slug, firstID)
        }

        /// The claims found since the last call, which the run then forgets.
        mutating func takeDrafts() -> [Draft] {
            defer { handedOver += drafts.count; drafts = [] }
            return drafts
        }

        /// The claims of the next piece of the article.
        mutating func add(_ article: ArticleText, progress: ((Int) -> Void)?) {
            for paragraph in article.paragraphs {
                if Interruption.requested { break }   // the loader reports it; a part of an article is no use
                progress?(paragraph.range.lowerBound)
                add(paragraph, number: paragraphsBefore + paragraph.number, of: article)
            }
            paragraphsBefore += article.paragraphs.count
            scalarsBefore += article.characters.count
        }

        /// The claims of paragraph `number` of the article (`paragraph` counts in its piece).
        private mutating func add(_ paragraph: ArticleText.Paragraph, number: Int, of article: ArticleText) {
            guard Chrome.classify(article.characters[paragraph.range], number: number) == nil else {
                attributions.interrupt()
                speaker = nil
                return
            }
            let quoting = paragraph.range.first.map { article.characters[$0] == "“" || article.characters[$0] == "\"" } ?? false
            // (Each sentence's scalars are its finder's: a second array of (number, range, scalars)
            // copied and destroyed each sentence's array through outlined generic code.)
            let finders = paragraph.sentences.map { ContextFinder(Array(article.characters[$0.range]), date: date) }
            // (Only a report being carried needs the first person looked for.)
            let firstPerson = attributions.reporting != nil && finders.contains { $0.isFirstPerson() }
            let report = firstPerson ? nil : attributions.reporting
            var carried = Context(place: report?.place, source: report?.source ?? (quoting ? speaker : nil))
            var said: [Attributions.Said] = []
            // Who spoke last in this paragraph: their words go on in a quotation that
            // follows ("… ,” Smith said. “Another 12 are pending.”), not in the author's.
            var quoted: (speaker: String?, open: Bool) = (nil, false)
            // Where the dateline ends, in the paragraph that has it (read once, not per sentence).
            let datelineEnd = opening.flatMap { $0.paragraph == number ? $0.dateline.end : nil }
            for (index, finder) in finders.enumerated() {
                let sentence = paragraph.sentences[index]
                let chars = finder.chars
                let sources = attributions.sources(finder)
                if !sources.isEmpty { said += sources.map(\.value) }   // (mapping none still reserved room, in a call)
                if sources.isEmpty, carried.source != nil || attributions.reporting != nil || quoted.speaker != nil, finder.hasAttribution() {
                    // "the mayor said 15 …": someone the text does not name, not the document before.
                    said.append(Attributions.Said(source: nil, isDocument: false))
                    carried.source = nil
                    quoted.speaker = nil
                }
                let inQuotation = quoted.open || chars.first.map(ClaimExtractor.isQuotationMark) == true
                var (periods, places) = (finder.periods(after: carried.period ?? lastTold, toldHere: carried.period != nil), finder.places())
                // "…, the bureau said on Thursday, as employers added 44,000 jobs": when it was said,
                // not when the figures were.
                if !periods.isEmpty, !sources.isEmpty { periods.removeAll { ClaimExtractor.isTimeOfSaying($0.range, finder.tokens) } }
                places = ClaimExtractor.sharedNamesResolved(places, in: chars) { (carried.place ?? home.place)?.country }
                places = ClaimExtractor.withoutStrayParts(places, finder.tokens, carried: carried.place, home: home)
                // "LONDON, March 3, 2025 — Last year 40 homes flooded": the dateline's date is the article's, not the claim's.
                if let datelineEnd {
                    let cut = paragraph.range.lowerBound + datelineEnd - sentence.range.lowerBound
                    periods.removeAll { $0.range.lowerBound < cut }
                    // "WASHINGTON, Jan. 15 —": the dateline's city is the place it read (the capital),
                    // not the state its name also is.
                    let city = paragraph.range.lowerBound - sentence.range.lowerBound
                    if let filed = opening?.dateline.place, let k = places.firstIndex(where: { $0.range.lowerBound == city }) {
                        let found = places[k]
                        places[k] = ContextFinder.Found(value: filed, range: found.range, isDemonym: found.isDemonym,
                                                        isOrigin: found.isOrigin, isBody: found.isBody)
                    }
                }
                // A sentence that lists three places or more ("teams from Sudan, Iran, Libya and
                // Yemen are among the 163 teams") says no one of them for its numbers.
                if places.count >= 3, Set(places.map(\.value)).count >= 3 { places = [] }
                places = national(finder, places, carried: carried.place, home: home)
                // A time inside a relative clause is the clause's, not the sentence's (see `relativeClauses`).
                let clauses = periods.isEmpty ? [] : ClaimExtractor.relativeClauses(finder.tokens, count: chars.count)
                // (Nor the time of a level compared with, "down from 66 percent in 2019": it is not
                // the next sentence's either.)
                for k in periods.indices { periods[k].isComparedLevels = ClaimExtractor.isComparedLevelsTime(periods[k].range, in: chars) }
                let sentencePeriod = periods.first { p in !clauses.contains { $0.range.contains(p.range.lowerBound) } && !p.isComparedLevels }
                if let told = sentencePeriod?.value { lastTold = told }
                if !periods.isEmpty || !places.isEmpty || !sources.isEmpty {
                    // A place things came from ("back from Florida"), or one compared with ("higher than
                    // in France"), is not where the sentence is, nor the next.
                    let place = places.first { !$0.isOrigin && !$0.isComparedWith }?.value
                    carried = Context(period: sentencePeriod?.value ?? carried.period, place: place ?? carried.place,
                                      source: sources.first { !$0.isOwnSentenceOnly && carriesOn($0.value) }?.value.source ?? carried.source)
                }
                var here = carried
                if inQuotation, sources.isEmpty, let speaker = quoted.speaker ?? closingSpeaker(finders[index...]) {
                    here.source = speaker
                }
                if let speaker = sources.last(where: { !$0.isOwnSentenceOnly && !carriesOn($0.value) })?.value.source { quoted.speaker = speaker }
                quoted.open = leavesQuotationOpen(finder.tokens, open: quoted.open)
                let span = (scalarsBefore + sentence.range.lowerBound)..<(scalarsBefore + sentence.range.upperBound)
                // Further sources, each in a clause of its own ("…, while Consumers Energy reported");
                // only where the sentence names more than one: most name none.
                let further = sources.count < 2 ? [] : sources.dropFirst().compactMap { s in
                    s.value.source.flatMap { name in
                        opensAClause(after: sources[0].range.upperBound, before: s.range.lowerBound, finder.tokens) ? (s.range.lowerBound, name) : nil
                    }
                }
                let context = SentenceContext(periods: periods, relativeClauses: clauses, places: places, source: sources.first?.value.source,
                                              furtherSources: further, carried: here, sourceRanges: sources.isEmpty ? [] : sources.map(\.range),
                                              home: home, date: date, article: slug, paragraph: number, sentence: sentence.number,
                                              span: span)
                claims(in: chars, finder, context, firstID: firstID + handedOver + drafts.count, quoting: sentence.range, of: article,
                       into: &drafts)
            }
            attributions.endParagraph(said: said, place: carried.place, firstPerson: firstPerson)
            if let last = said.last { speaker = last.isDocument ? nil : last.source } else if !quoting { speaker = nil }
        }
    }

    /// Builds the tables extraction reads (the tagger's model, the place names) at
    /// once, each on a thread of its own. They are built once per process, on first
    /// use; threads that start extracting together would otherwise wait for each
    /// other to build them one after the other.
    public static func prepare(jobs: Int) {
        guard jobs > 1 else { return }   // one thread builds them as it goes
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                _ = PartOfSpeech.Model.shared
            } else {
                _ = ContextFinder.placesByName
                _ = ContextFinder.placeNameLengths
            }
        }
    }

    /// The draft claims file `claimq extract` writes: the curated format, each claim
    /// with its confidence, for a person to correct and save beside the article.
    public static func draftFile(_ drafts: [Draft]) throws -> String {
        try ClaimsFile(claims: drafts.map { ClaimsFile.Entry($0.claim, confidence: $0.confidence) }).text()
    }

    /// The claims one sentence makes, numbered from `firstID`, added to `out`; the text of
    /// `sentence` in `article` is every claim's quote (read only for a sentence with a figure).
    private static func claims(in chars: [Unicode.Scalar], _ finder: ContextFinder, _ context: SentenceContext,
                               firstID: Int, quoting sentence: Range<Int>, of article: ArticleText, into out: inout [Draft]) {
        let mentions = QuantityExtractor.mentions(chars, tokens: finder.tokens)
        guard !mentions.isEmpty else { return }
        let verbMetric = Units.verbMetric(finder.tokens)
        let quote = article.text(sentence)
        var previousUnit: String?
        var previousMetric: String?
        var previousShare: String?   // what the last percentage was of, which points after it change
        var previousChange: String?   // what the last change was of
        let subject = Units.subject(finder.tokens)
        let what = WhatIsCounted(finder.tokens, window: WhatIsCounted.window(from: mentions[0].range, to: mentions[mentions.count - 1].range,
                                                                            in: finder.tokens))
        let before = out.count
        let (all, endpoints) = Self.changeEndpoints(Self.withAll(mentions, finder.tokens), finder.tokens, chars)
        // Places, sources, times and the figures themselves (gathered here: only for a sentence with a figure).
        // (Into one array made once: joined with `+`, each part and each join was an array of its own.)
        var notSubjects: [Range<Int>] = []
        notSubjects.reserveCapacity(context.periods.count + context.places.count + context.sourceRanges.count + all.count)
        for k in context.periods.indices { notSubjects.append(context.periods[k].range) }
        for k in context.places.indices where !context.places[k].isBody { notSubjects.append(context.places[k].range) }
        notSubjects.append(contentsOf: context.sourceRanges)
        for k in all.indices { notSubjects.append(all[k].range) }
        // Whether the figure before is a rate of this one ("47.6 per 100,000"): asked as the
        // figures are read, not gathered first (two arrays a sentence).
        var previousIsRate = false
        // The figure before's place and change, kept as the figures are read (asked of `all[k - 1]`,
        // each question copied that mention, its strings retained).
        var figureBefore: (range: Range<Int>, change: QuantityMention.Change?) = (0..<0, nil)
        for (k, mention) in all.enumerated() {
            let isRate = k + 1 < all.count && Self.isRate(all[k], per: all[k + 1], in: chars)
            // The change the figure's own words say ("rose 5%", "up about 5%"), read once.
            let ownChange = mention.change ?? mention.hedgedChange
            defer { (previousIsRate, figureBefore) = (isRate, (mention.range, ownChange)) }
            if previousIsRate { continue }   // the 100,000 of "47.6 per 100,000"
            if mention.isMagnitude { continue }   // "hundreds of thousands of people" asserts no number
            if Self.isAgeOfAGroup(mention, finder.tokens, chars) { continue }   // "children under five" says who, not how many
            if Self.namesAnAgeGroup(mention, finder.tokens, chars) { continue }   // "11-year-olds" likewise
            if Self.namesASpanOfMonths(mention, finder, chars) { continue }   // "in the three months to September" says when
            var (unit, noun) = Units.unit(for: mention, in: chars, tokens: finder.tokens, previous: previousUnit, subject: subject)
            // (Asked once: comparing two strings that differ is a call each time.)
            var (isPercent, isTimes) = (isText(unit, "percent"), isText(unit, "times"))
            if !isPercent && !isTimes { previousUnit = unit }   // a share or a multiple counts nothing itself
            // "a rate of 47.6 per 100,000 residents": one claim, a rate.
            if isRate {
                let (_, denominatorNoun) = Units.unit(for: all[k + 1], in: chars, tokens: finder.tokens, previous: nil)
                let base = all[k + 1].value
                let digits = base == base.rounded() && abs(base) < 1e15 ? String(Int(base)) : String(base)
                unit = "per_" + digits + (denominatorNoun.map { "_" + $0 } ?? "")
                (isPercent, isTimes) = (false, false)
                noun = (noun ?? previousUnit ?? "rate") + "_" + unit!
            }
            // (A period that is the level compared with's is not carried to this figure either.)
            let clause = context.relativeClauses.first { $0.range.contains(mention.range.lowerBound) }
            let periods = periods(for: clause, context)
            let (own, compared) = nearest(periods, to: mention.range, in: chars, figures: all)
            var period = own.map { periods[$0].value }
                ?? clause.flatMap { clause in periods.first { clause.range.contains($0.range.lowerBound) }?.value }
                ?? (compared || clause?.isPresent == true ? nil : context.carried.period)
                ?? context.date.map { Period(from: $0.yearMonth, to: $0.yearMonth, kind: .asOf) }
            // "rose from 750 to 1,400 between 2018 and 2022": each level in its own year.
            if let end = endpoints[k], let p = period, p.kind == .interval, p.from.year < p.to.year {
                let year = end == .from ? p.from.year : p.to.year
                period = Period(from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12))
            }
            // A reading that runs backwards or before year 1 ("from May 2014 to January 3") is none.
            if let p = period, p.from > p.to || p.from.year < 1 || p.to.year > 9999 { period = nil }
            let place = nearest(context.places, to: mention.range, in: chars, figures: all).index.map { context.places[$0].value }
                ?? context.carried.place ?? context.home.place
            let source = context.source(for: mention.range) ?? context.carried.source
            var value = isText(mention.unit, "share") ? mention.value * 100 : mention.value
            var metric = Units.metric(noun: noun, unit: unit, verbMetric: verbMetric)
            // "fell $1.37, or 2.2%": the change before, said again as a share.
            let restatedChange = isPercent && ownChange == nil && k > 0
                && restates(mention.range, figureBefore.range, finder.tokens) ? figureBefore.change : nil
            let (counted, byTheShare) = !isRate && (verbMetric == nil || !Units.refusable.contains(unit ?? ""))
                ? what.metric(for: mention.range, unit: unit, isChange: ownChange != nil) : (nil, false)
            if k > 0, let previousChange, let counted, ownChange == nil,
               WhatIsCounted.measureKinds.contains(counted) || WhatIsCounted.levelNames.contains(counted),
               figureBefore.change != nil, isLevelReached(mention.range, after: figureBefore.range, finder.tokens) {
                // "the harvest will fall 16% to 26 million tonnes", "rents rose 5.8% to an average of 15.74
                // euros": the harvest's and the rents', not a weight or an average
                metric = previousChange
            } else if let counted, !Units.isUnit(counted) {
                metric = counted
            } else if isText(unit, "percentage_points") || isText(unit, "basis_points"), let previousShare {
                metric = previousShare   // "Unemployment was 4.2 per cent, down 0.3 percentage points": unemployment's
            } else if counted == nil, !isPercent, !isTimes, k > 0, let previousMetric,
                      isComparedLevel(mention.range, after: figureBefore.range, in: chars, pastAWord: true) {
                // "3,580 overdose deaths in 2024, down from 4,710 in 2023": a level compared with, no
                // word of its own saying what it counts, is of what the figure before was.
                metric = previousMetric
            } else if Units.isUnit(metric) {
                // "3,887 refugees …, of whom only 23 …": what the figure before counted; never a unit alone
                // ("spent 1 million dollars on roads" is an amount, not "dollars"; "€5 million" one in euros).
                let fallback = Units.isMoneyUnit(unit) ? "amount" : "count"
                // A percentage with no noun of its own is of what the one before was ("2.4% in November
                // from 2.9%"); one "of the total" is of what the figure before counted ("6.9 million
                // votes, 48.8% of the total").
                let ofWhole = isPercent && what.isShareOfWhole(after: mention.range) ? previousMetric.map { $0 + "_share" } : nil
                // A level compared with is of what the figure before was ("Petrol will cost 193.8
                // shillings, up from 188.8 shillings": petrol_price's), as one with no noun is.
                let comparedWith = k > 0 && isComparedLevel(mention.range, after: figureBefore.range, in: chars, pastAWord: true)
                // A change said after a level, set off by a comma, is the level's ("revenue of $84.7
                // billion, up 14 percent", "fell to $3.06, down 6 cents"); a level a change reaches is of what changed ("shipments
                // rose 7.8% to 289.4 million units").
                let isChange = ownChange != nil
                let ofLevel = isChange && k > 0 && changesTheLevel(mention.range, before: figureBefore.range, finder.tokens)
                    && (isPercent || Units.isMoneyUnit(unit)) ? previousMetric : nil
                let reached = !isPercent && !isChange && k > 0 && figureBefore.change != nil
                    && isLevelReached(mention.range, after: figureBefore.range, finder.tokens)
                    ? previousChange : nil
                let restated = restatedChange != nil ? previousChange : nil
                metric = isPercent ? ofWhole ?? ofLevel ?? restated ?? previousShare ?? "share" : isTimes ? "multiple"
                    : reached ?? ofLevel ?? (noun == nil || comparedWith ? previousMetric ?? fallback : fallback)
            }
            // "$1.2 billion, or $3.72 per share": the figure before, by the share (earnings per share),
            // where the rules above found nothing of its own; money by the share of shares counted
            // before is their price ("30 million shares … at $62 per share").
            if byTheShare, Units.isMoneyUnit(unit) {
                if isText(metric, "amount") || Units.isUnit(metric), let previousMetric { metric = previousMetric }
                if isText(metric, "shares") || metric.hasPrefix("shares_") { metric = "share_price" } else if !metric.hasSuffix("_per_share") { metric += "_per_share" }
            }
            if !isPercent && !isTimes { previousMetric = metric }
            if isPercent && !isText(metric, "share") { previousShare = metric }
            // "a 3 percent rise in water rates": a change a noun names, of what it names.
            // (Of a share, or money written with its sign, only: asked of every figure, it cost 0.4 %
            // of extraction.)
            let named = ownChange == nil && !isRate
                && (isPercent || QuantityWords.isCurrencySymbol(chars[mention.range.lowerBound])) ? what.namedChange(for: mention.range) : nil
            if let what = named?.metric {
                metric = what
            } else if named != nil, k > 0, let previousMetric, namesTheChange(mention.range, of: figureBefore.range, finder.tokens) {
                metric = previousMetric   // "$45 million on special education, an increase of 12 percent": spending's
            }
            // "sales fell 1.2 per cent": a change, not a level; its own metric, signed.
            if let change = ownChange ?? named?.change ?? restatedChange {
                if !Units.isUnit(metric) && !isText(metric, "share") { previousChange = metric }
                metric += "_change"
                if change == .down { value = -value }
            }
            let claim = Claim(
                id: firstID + out.count - before, article: context.article, metric: metric,
                value: value, qualifier: mention.qualifier, unit: unit ?? "items", place: place,
                period: period, source: source ?? "author", surface: mention.surface, quote: quote,
                paragraph: context.paragraph, sentence: context.sentence,
                subject: what.subject(for: mention.range, excluding: notSubjects), span: context.span)
            var confidence = 0.5
            if unit != nil { confidence += 0.2 }
            if period != nil { confidence += 0.1 }
            if place != nil { confidence += 0.1 }
            if source != nil { confidence += 0.1 }
            out.append(Draft(claim: claim, confidence: confidence))
        }
    }

    /// Whether what a source says goes on in the paragraph's next sentences: a
    /// document's findings and a body's figures do ("…, the department said. About 40%
    /// were children."); a person's words go on only in their quotation.
    private static func carriesOn(_ said: Attributions.Said) -> Bool {
        said.isDocument || said.source.map(SourceNames.isBody) == true
    }

    /// Who a quotation of several sentences is credited to where it closes: "“War
    /// maniacs … on Thursday. They fired 36 shells …”, said KCNA." Nil for a pronoun
    /// (whom it means is known only in order) or when the paragraph ends it unsaid.
    private static func closingSpeaker(_ finders: ArraySlice<ContextFinder>) -> String? {
        var open = true
        for finder in finders {
            open = leavesQuotationOpen(finder.tokens, open: open && !(finder.chars.first.map(isQuotationMark) ?? false))
            guard !open else { continue }
            guard let name = finder.sources().last?.value, !Attributions.pronouns.contains(name) else { return nil }
            return name
        }
        return nil
    }

    static func isQuotationMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}"
    }

    /// Whether a quotation is still open after a sentence's tokens, given whether one was
    /// before it. (Each quotation mark is a token of its own: the tokens, not every scalar.)
    static func leavesQuotationOpen(_ tokens: [TextToken], open: Bool) -> Bool {
        var open = open
        for i in tokens.indices where tokens[i].kind == .symbol {
            let c = tokens[i].first
            if c == "\"" { open.toggle() } else if c == "\u{201C}" || c == "\u{201D}" { open = c == "\u{201C}" }
        }
        return open
    }

    /// The article's own place, worked out the first time a number needs it: most
    /// numbers name or carry a place, and reading twenty paragraphs ahead for it
    /// would tokenize most articles twice.
    final class HomePlace {
        private let article: ArticleText
        private let dateline: (dateline: Dateline, paragraph: Int)?
        lazy var place: Place? = ClaimExtractor.homePlace(article, dateline: dateline?.dateline, in: dateline?.paragraph)
        init(_ article: ArticleText, dateline: (dateline: Dateline, paragraph: Int)?) { (self.article, self.dateline) = (article, dateline) }
    }

    /// The place an article is about: the first its headline names (by name rather
    /// than demonym, when it has both), else the place of the dateline its story opens
    /// with, else the place its first twenty paragraphs name most often (see `mostNamed`;
    /// an article says early where it is, and a long text is not read twice for it). An
    /// article with no headline opens with its dateline (paragraph `datelineParagraph`), whose
    /// place is the one its city was read as: "WASHINGTON (Reuters) -" is the capital, not the state.
    static func homePlace(_ article: ArticleText, dateline: Dateline?, in datelineParagraph: Int? = nil) -> Place? {
        // (Lazily: classifying every paragraph of a long text as chrome twice was a tenth of the time.)
        let own = article.paragraphs.lazy.filter { article.chrome($0) == nil }.prefix(21)
        guard let headline = own.first else { return nil }
        if headline.number != datelineParagraph, let place = ContextFinder(Array(article.characters[headline.range])).places().first?.value {
            return place
        }
        if let place = dateline?.place { return place }
        let named = own.dropFirst().prefix(20).flatMap { paragraph -> [Place] in
            let finder = ContextFinder(Array(article.characters[paragraph.range]))
            return finder.placesNamedOnce(finder.places())
        }
        return mostNamed(Array(named))
    }

    /// The country named most often, at least twice and more often than any other;
    /// within it, the one subdivision or city that more than half of its mentions name,
    /// else the country itself. A story that goes from Florida to Texas to California is
    /// about the country, not the state it names most.
    static func mostNamed(_ places: [Place]) -> Place? {
        var byCountry: [String: Int] = [:]
        var order: [String] = []
        for place in places {
            if byCountry[place.country] == nil { order.append(place.country) }
            byCountry[place.country, default: 0] += 1
        }
        let ranked = order.sorted { byCountry[$0]! > byCountry[$1]! }   // stable: ties keep the first named first
        guard let top = ranked.first, byCountry[top]! >= 2, ranked.count == 1 || byCountry[ranked[1]]! < byCountry[top]! else { return nil }
        var within: [Place: Int] = [:]
        for place in places where place.country == top && !place.isCountry { within[place, default: 0] += 1 }
        if let (place, count) = within.max(by: { $0.value < $1.value }), count * 2 > byCountry[top]! { return place }
        return Place(code: top)
    }

    enum Endpoint { case from, to }

    /// "rose from 750 to 1,400": two levels a change went between, not a range; each
    /// becomes a mention of its own, marked as the change's start or end.
    static func changeEndpoints(_ mentions: [QuantityMention], _ tokens: [TextToken],
                                _ chars: [Unicode.Scalar]) -> ([QuantityMention], [Int: Endpoint]) {
        // (Most sentences have no range of figures: the mentions as they are, no copy.)
        guard mentions.contains(where: { $0.high != nil && $0.parts != nil }) else { return (mentions, [:]) }
        var out: [QuantityMention] = []
        var endpoints: [Int: Endpoint] = [:]
        for m in mentions {
            guard let high = m.high, let parts = m.parts, let b = tokens.firstIndex(where: { $0.range.lowerBound >= m.range.lowerBound }),
                  b >= 2, tokens[b - 1].isLower("from"),
                  tokens[b - 2].classes.contains(.up) || tokens[b - 2].classes.contains(.down) else {
                out.append(m)
                continue
            }
            endpoints[out.count] = .from
            out.append(QuantityMention(range: parts.low, value: m.value, qualifier: m.qualifier, unit: m.unit,
                                       surface: String(scalars: chars[parts.low])))
            endpoints[out.count] = .to
            out.append(QuantityMention(range: parts.high, value: high, unit: m.unit, surface: String(scalars: chars[parts.high])))
        }
        return (out, endpoints)
    }

    /// Whether only "per" stands between two figures: "47.6 per 100,000".
    private static func isRate(_ figure: QuantityMention, per next: QuantityMention, in chars: [Unicode.Scalar]) -> Bool {
        guard figure.range.upperBound < next.range.lowerBound else { return false }
        // The scalars between, spaces aside, are "per" in either case. (A loop: filtered and
        // mapped lazily, they were compared through generic code, some 250 instructions.)
        var matched = 0
        for i in figure.range.upperBound..<next.range.lowerBound where !chars[i].isWhitespace {
            let v = chars[i].value < 0x80 ? chars[i].value | 0x20 : chars[i].value
            guard matched < 3, v == (matched == 0 ? 0x70 : matched == 1 ? 0x65 : 0x72) else { return false }   // p, e, r
            matched += 1
        }
        return matched == 3
    }

    /// What a sentence says about where, when and whose, and what earlier sentences said.
    private struct SentenceContext {
        let periods: [ContextFinder.Found<Period>]
        /// Where the sentence's relative clauses are, when it names a time.
        let relativeClauses: [RelativeClause]
        let places: [ContextFinder.Found<Place>]
        let source: String?
        /// The sources after the first, where each is named: (where, who).
        let furtherSources: [(start: Int, source: String)]
        let carried: Context
        /// Where the sentence names its sources (with its places and times, no subject is one of these).
        let sourceRanges: [Range<Int>]
        /// The article's own place, for numbers whose paragraph names none.
        let home: HomePlace
        /// The article's date: a number with no time of its own holds as of its month.
        let date: Day?
        let article: String
        let paragraph: Int
        let sentence: Int
        /// Where the sentence (every claim's quote) lies in the article.
        let span: Range<Int>

        /// The source of a figure at `range`: where the sentence names several, the last one
        /// named before it ("DTE said 310,000 …, while Consumers Energy reported about 95,000");
        /// else its first.
        func source(for range: Range<Int>) -> String? {
            furtherSources.last { $0.start < range.lowerBound }?.source ?? source
        }
    }

    /// "children under five", "people over 65", "adults aged 18 to 24": an age bound after
    /// people counted as a group says who is meant, not a number the sentence asserts. (Not
    /// "a man aged 45": one person's age is a claim.)
    static func isAgeOfAGroup(_ mention: QuantityMention, _ tokens: [TextToken], _ chars: [Unicode.Scalar]) -> Bool {
        // (Only a figure after "d " or "s ", or one whose hedge starts with u, o, a or b, may be
        // one: the tokens of most are not looked for.)
        let start = mention.range.lowerBound
        let initial = chars[start].value | 0x20
        guard mention.value <= 120, start >= 2, chars[start - 1] == " ",
              chars[start - 2] == "d" || chars[start - 2] == "s" || initial == 0x75 || initial == 0x6F || initial == 0x61 || initial == 0x62,
              case let at = tokens.firstIndex(startingAt: start), at >= 1, at < tokens.count else { return false }
        var group = at - 1
        // "pupils aged 10 and 11": the pair's second age, as its first.
        if group >= 2, tokens[group].isLower("and"), tokens[group - 1].kind == .digits { group -= 2 }
        if tokens[group].isLower("aged") || tokens[group].isLower("ages") {
            group -= 1
        } else if !Self.ageBounds.contains(tokens[at].lower) {
            return false
        }
        guard group >= 0 else { return false }
        let word = tokens[group].lower
        return Self.groups.contains(word) || Units.lexicon[word] == "people" && word.endsWith("s")
    }

    private static let ageBounds: WordSet = ["under", "over", "above", "below"]

    /// "the three months to September", "the 12 months through March", "the first ten months of
    /// the year": a figure that says which months a claim is of (the span `finder` reads,
    /// `ContextFinder.monthsSpan`) is no claim itself. ("the past 12 months" is one, as news
    /// data counts it.)
    static func namesASpanOfMonths(_ mention: QuantityMention, _ finder: ContextFinder, _ chars: [Unicode.Scalar]) -> Bool {
        // (Only a figure followed by " m" may be one: the tokens of most are not looked for.)
        let end = mention.range.upperBound
        guard end + 1 < chars.count, chars[end] == " ", chars[end + 1] == "m" else { return false }
        let at = finder.tokens.firstIndex(startingAt: mention.range.lowerBound)
        guard at >= 1, at + 3 < finder.tokens.count else { return false }
        let the = finder.tokens[at - 1].isLower("first") ? at - 2 : at - 1
        guard the >= 0, finder.tokens[the].isLower("the") else { return false }
        return finder.monthsSpan(at: the + 1)?.count == at
    }

    /// "11-year-olds", "10- and 11-year-olds": a figure that names people by their age, as a
    /// group, is no claim ("a 5-year-old boy", one person's age, is).
    static func namesAnAgeGroup(_ mention: QuantityMention, _ tokens: [TextToken], _ chars: [Unicode.Scalar]) -> Bool {
        let end = mention.range.upperBound
        guard end < chars.count, chars[end] == "-" else { return false }
        var k = tokens.firstIndex(startingAt: end)
        // "10- and 11-year-olds": past the other figure a suspended hyphen waits for.
        if k + 3 < tokens.count, tokens[k].is("-"), ["and", "or", "to"].contains(tokens[k + 1].lower), tokens[k + 2].kind == .digits { k += 3 }
        guard k + 3 < tokens.count else { return false }
        return tokens[k].is("-") && tokens[k + 1].isLower("year") && tokens[k + 2].is("-") && tokens[k + 3].isLower("olds")
    }

    /// People named as a group an age may bound, besides the ones `Units.lexicon` counts as people:
    /// the nouns that name no one in particular, and the young.
    private static let groups = WhatIsCounted.generic.union(["children", "girls", "boys", "teenagers", "teens", "pupils", "infants",
                                                             "babies", "kids", "youngsters"])

    /// "in a sampling of 40 case files …, “all had at least one …”": "all" restates
    /// the count before it, so it is a claim of that count.
    static func withAll(_ mentions: [QuantityMention], _ tokens: [TextToken]) -> [QuantityMention] {
        var out = mentions
        // ("all" is one of the hedges: most words are ruled out by their class, with no comparison.)
        for i in tokens.indices where tokens[i].classes.contains(.hedge) && tokens[i].isLower("all") && i + 1 < tokens.count {
            let t = tokens[i]
            guard ["had", "have", "were", "are", "was"].contains(tokens[i + 1].lower),
                  let before = mentions.last(where: { $0.range.upperBound <= t.range.lowerBound && $0.unit != "percent" && $0.unit != "share" })
            else { continue }
            out.append(QuantityMention(range: t.range, value: before.value, unit: before.unit, surface: t.text))
        }
        // (Mentions are found in order: most sentences need no sorting, nor a sorted copy.
        // By index: zipped, each mention was copied, its strings retained and released.)
        if out.count == mentions.count, mentions.indices.dropFirst().allSatisfy({ mentions[$0 - 1].range.lowerBound < mentions[$0].range.lowerBound }) {
            return mentions
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private struct Context {
        var period: Period?
        var place: Place?
        var source: String?
    }

    /// A relative clause set off by a comma (", which first flew in 1969,", ", who took
    /// office in May"), from the comma to the next one or the end: a time inside one is
    /// when what the clause tells happened, not the time of a figure outside it.
    struct RelativeClause: Equatable {
        let range: Range<Int>
        /// Whether its verb is in the present, third person (", which manages", ", who
        /// owns", ", which is"): what it tells holds now, whenever the sentence's main
        /// verb happened.
        let isPresent: Bool
    }

    /// The times a figure in `clause` (nil: in none) may take. "The bridge, which opened in
    /// 1932, carries 160,000 cars": 1932 is the opening's, not the cars'. Within a clause,
    /// its own times; failing those, the sentence's ("The bridge, which cost $4 million,
    /// opened in 1932"), unless the clause is in the present: "The fund, which manages $2
    /// billion, lost 8% last year" holds now.
    private static func periods(for clause: RelativeClause?, _ context: SentenceContext) -> [ContextFinder.Found<Period>] {
        guard !context.relativeClauses.isEmpty else { return context.periods }
        if let clause {
            let own = context.periods.filter { clause.range.contains($0.range.lowerBound) }
            if !own.isEmpty || clause.isPresent { return own }
        }
        return context.periods.filter { p in !context.relativeClauses.contains { $0.range.contains(p.range.lowerBound) } }
    }

    /// The sentence's relative clauses (see `RelativeClause`).
    static func relativeClauses(_ tokens: [TextToken], count: Int) -> [RelativeClause] {
        var out: [RelativeClause] = []
        for i in tokens.indices.dropLast() where tokens[i].is(",") && relativePronouns.contains(tokens[i + 1].lower) {
            let end = tokens[(i + 1)...].first { $0.is(",") || $0.is(";") }?.range.lowerBound ?? count
            let present = tokens[i + 1].lower != "whose" && i + 2 < tokens.count && isPresentVerb(tokens[i + 2])
            out.append(RelativeClause(range: tokens[i].range.lowerBound..<end, isPresent: present))
        }
        return out
    }

    /// "is", "has", "manages", "owns": a verb in the present, third person, just after
    /// "which" or "who" (a word there ending in "s" is one, but for these).
    private static func isPresentVerb(_ token: TextToken) -> Bool {
        let word = token.lower
        if ["is", "are", "has", "have"].contains(word) { return true }
        return token.kind == .word && !token.isCapitalized && word.utf8.count > 3 && word.endsWith("s")
            && !word.endsWith("ss") && !word.endsWith("us") && !notVerbs.contains(word)
    }

    private static let relativePronouns: WordSet = ["which", "who", "whom", "whose"]
    /// Words of four letters or more ending in "s" (not "ss", "us") that may follow "which"
    /// or "who" and are no verb.
    private static let notVerbs: WordSet = ["this", "perhaps", "sometimes", "always", "afterwards", "nevertheless",
                                            "nonetheless", "hers", "ours", "yours", "theirs"]

    /// Whether a new clause starts in `gap`: a semicolon, or a comma then "and", "but",
    /// "while" or "whereas" ("fed 3,000 families, and on Sunday 400 more": Sunday is the
    /// second clause's), or a participle that opens one ("Romania had 30,692, followed by
    /// Kazakhstan with 28,147": Kazakhstan is the second figure's).
    static func clauseBreak(in gap: ArraySlice<Unicode.Scalar>) -> Bool {
        if gap.contains(";") { return true }
        guard let comma = gap.firstIndex(of: ",") else { return false }
        // The first word after the comma (between spaces).
        var start = comma + 1
        while start < gap.endIndex, gap[start] == " " { start += 1 }
        var end = start
        while end < gap.endIndex, gap[end] != " " { end += 1 }
        return clauseOpeners.contains(String(scalars: gap[start..<end]).lowercased())
    }

    private static let clauseOpeners: WordSet = ["and", "but", "while", "whereas", "followed", "compared", "including",
                                                 "ahead", "behind"]

    /// The context phrase for a number: one that follows it closely ("3,887 Syrian
    /// refugees in 2016") in the same clause, else the nearest before it, else the
    /// nearest after, unless a level compared with ("down from" or "up from" another of
    /// the sentence's `figures`) stands between them ("Turnout was 65.4 percent, down from
    /// 79.5 percent in 2017": 2017 is the 79.5's; so too close after it, "rose to $7.4 billion
    /// from $6.8 billion a year earlier"). `compared` says that it did. (Its
    /// index: an optional copy of a phrase was destroyed through generic value witnesses.)
    static func nearest<T>(_ found: [ContextFinder.Found<T>], to range: Range<Int>, in chars: [Unicode.Scalar],
                           figures: [QuantityMention]) -> (index: Int?, compared: Bool) {
        // (Not one compared with, after it: "a rate of 21 … remains higher than New York's".)
        if let close = found.firstIndex(where: { $0.range.lowerBound >= range.upperBound && $0.range.lowerBound - range.upperBound <= 20 }),
           !found[close].isComparedWith,
           !Self.clauseBreak(in: chars[range.upperBound..<found[close].range.lowerBound]),
           !comparedLevel(between: range, and: found[close].range, in: chars, figures: figures) {
            return (close, false)
        }
        if let before = found.lastIndex(where: { $0.range.upperBound <= range.lowerBound }) { return (before, false) }
        guard let after = found.firstIndex(where: { $0.range.lowerBound >= range.upperBound && !$0.isComparedWith }) else { return (nil, false) }
        return found[after].isComparedLevels || comparedLevel(between: range, and: found[after].range, in: chars, figures: figures)
            ? (nil, true) : (after, false)
    }

    /// Whether the time at `range` is a level's compared with: "down from 66 percent in 2019",
    /// "up from 12 in 2020" (a figure after "down from" or "up from", in the same clause).
    static func isComparedLevelsTime(_ range: Range<Int>, in chars: [Unicode.Scalar]) -> Bool {
        // Back from the time, within 40 scalars and no comma or semicolon, past a digit to a
        // space that "down from" or "up from" ends. (In place: asked of every time a sentence has.)
        // Within 60, after "than" and words before the figure: "higher than the previous record
        // of 43.5% three years ago" (not "more than 30 people on Sunday", a hedge).
        var (digit, words) = (false, false)
        var k = range.lowerBound
        while k > max(0, range.lowerBound - 60) {
            if !digit, range.lowerBound - k >= 40 { break }   // (past 40, only after a figure: most times follow none)
            k -= 1
            // (A comma between digits is a figure's: "from 2,450 a year earlier".)
            if chars[k] == "," && !(digit && k > 0 && chars[k - 1].value &- 48 < 10) || chars[k] == ";" { return false }
            if chars[k].value >= 48 && chars[k].value <= 57 {
                digit = true
            } else if digit, chars[k] == " ", range.lowerBound - k <= 40 && (followsDownOrUpFrom(k + 1, in: chars)
                        || followsComparedWith(k + 1, in: chars) || followsFromAfterAFigure(k + 1, in: chars))
                        || words && isPhrase(spacedThan, endingAt: k + 1, in: chars) {
                return true
            } else if digit, chars[k].value | 0x20 &- 97 < 26 {
                words = true
            }
        }
        return false
    }

    /// Whether the scalars before `offset` are "down from " or "up from " (with `from`,
    /// any " from "), in any case.
    static func followsDownOrUpFrom(_ offset: Int, in chars: [Unicode.Scalar], from: Bool = false) -> Bool {
        // (Most offsets asked about follow no "m ": the phrases are compared only after one.)
        guard offset >= (from ? 6 : 8), offset <= chars.count, chars[offset - 1] == " ", chars[offset - 2].value | 0x20 == 0x6D
        else { return false }
        if from { return isPhrase(spacedFrom, endingAt: offset, in: chars) }
        return isPhrase(downFrom, endingAt: offset, in: chars) || isPhrase(upFrom, endingAt: offset, in: chars)
    }

    /// Whether the scalars before `offset` are `phrase` (ASCII, lower case), in any case.
    private static func isPhrase(_ phrase: [UInt8], endingAt offset: Int, in chars: [Unicode.Scalar]) -> Bool {
        guard offset >= phrase.count else { return false }
        var k = offset - phrase.count
        for b in phrase {
            let c = chars[k].value
            guard c == UInt32(b) || b >= 97 && c == UInt32(b) - 32 else { return false }
            k += 1
        }
        return true
    }

    /// Whether the scalars before `offset` are " from " after a figure, or after a figure's
    /// word: "fell to 2,282 from", "rose to $7.4 billion from".
    static func followsFromAfterAFigure(_ offset: Int, in chars: [Unicode.Scalar]) -> Bool {
        guard followsDownOrUpFrom(offset, in: chars, from: true) else { return false }
        var k = offset - spacedFrom.count - 1
        guard k >= 0 else { return false }
        if chars[k].value &- 48 < 10 || chars[k] == "%" { return true }
        while k >= 0, chars[k].isASCII, chars[k].properties.isAlphabetic { k -= 1 }
        return k >= 1 && chars[k] == " " && chars[k - 1].value &- 48 < 10
    }

    /// Whether the scalars before `offset` are "compared with " or "compared to " (a level a
    /// figure is set against: "$425, compared with $402 a year earlier"), in any case.
    static func followsComparedWith(_ offset: Int, in chars: [Unicode.Scalar]) -> Bool {
        // (Most offsets follow no "h " or "o ": the phrases are compared only after one.)
        guard offset >= 12, offset <= chars.count, chars[offset - 1] == " ",
              chars[offset - 2].value | 0x20 == 0x68 || chars[offset - 2].value | 0x20 == 0x6F else { return false }
        return isPhrase(comparedWith, endingAt: offset, in: chars) || isPhrase(comparedTo, endingAt: offset, in: chars)
    }

    private static let (comparedWith, comparedTo) = (Array("compared with ".utf8), Array("compared to ".utf8))

    private static let (downFrom, upFrom, spacedFrom) = (Array("down from ".utf8), Array("up from ".utf8), Array(" from ".utf8))
    private static let spacedThan = Array(" than ".utf8)

    /// Whether a level compared with stands between a figure and a phrase after it: one
    /// after "down from" or "up from" ("65 percent, down from 79.5 percent in 2017"), or
    /// after a "from" that the figure's own ends ("rose to $7.4 billion from $6.8 billion a
    /// year earlier"; not "1709 pupils, aged 8–10, from 88 schools").
    private static func comparedLevel(between range: Range<Int>, and phrase: Range<Int>, in chars: [Unicode.Scalar],
                                      figures: [QuantityMention]) -> Bool {
        figures.indices.contains { k in   // (by index: a copy of a mention retains its strings)
            let f = figures[k].range
            return f.lowerBound >= range.upperBound && f.upperBound <= phrase.lowerBound && isComparedLevel(f, after: range, in: chars)
        }
    }

    /// Whether the time at `range` says when something was said: right after a verb of saying,
    /// "said on Thursday", "said Tuesday", "told reporters on Monday".
    static func isTimeOfSaying(_ range: Range<Int>, _ tokens: [TextToken]) -> Bool {
        var k = tokens.firstIndex(startingAt: range.lowerBound) - 1
        if k >= 0, tokens[k].isLower("on") { k -= 1 }
        if k >= 1, ContextFinder.audiences.contains(tokens[k].lower), tokens[k - 1].isLower("told") { return true }
        return k >= 0 && ContextFinder.sayingVerbs.contains(tokens[k].lower)
    }

    /// Whether the change at `f` is of the level at `previous`, said after it and a comma:
    /// "$84.7 billion in the quarter, up 14 percent" (not past an "and" or a verb's clause:
    /// "40 homes, and prices rose 3 percent" has its own noun, but an "and" says a new clause).
    static func changesTheLevel(_ f: Range<Int>, before previous: Range<Int>, _ tokens: [TextToken]) -> Bool {
        let (first, last) = (tokens.firstIndex(startingAt: previous.upperBound), tokens.firstIndex(startingAt: f.lowerBound))
        guard last >= first + 2, last - first <= 10, tokens[last - 1].isLower("up") || tokens[last - 1].isLower("down"),
              tokens[last - 2].is(",") else { return false }
        return !tokens[first..<(last - 2)].contains { $0.isLower("and") || $0.isLower("but") || $0.is(";") || $0.is(",") }
    }

    /// Whether the figure at `f` is a change a noun names, set off by a comma after the figure
    /// at `previous` and the words that finish its phrase: "$45 million on special education,
    /// an increase of 12 percent" (of that figure's).
    static func namesTheChange(_ f: Range<Int>, of previous: Range<Int>, _ tokens: [TextToken]) -> Bool {
        let (first, last) = (tokens.firstIndex(startingAt: previous.upperBound), tokens.firstIndex(startingAt: f.lowerBound))
        guard last >= first + 4, last - first <= 10, tokens[last - 4].is(","), tokens[last - 1].isLower("of"),
              tokens[last - 3].isLower("a") || tokens[last - 3].isLower("an") else { return false }
        return !tokens[first..<(last - 4)].contains { $0.kind != .word || Self.clauseWords.contains($0.lower) }
    }

    /// Words that open a clause of their own: a change after one is not the figure's before.
    static let clauseWords: WordSet = ["and", "but", "while", "which", "who", "as", "after", "when"]

    /// Whether a clause of its own opens between offsets `start` and `end`: ", while", ", and",
    /// ", but", ", whereas".
    static func opensAClause(after start: Int, before end: Int, _ tokens: [TextToken]) -> Bool {
        var k = tokens.firstIndex(startingAt: start)
        while k + 1 < tokens.count, tokens[k + 1].range.upperBound <= end {
            if tokens[k].is(","), sourceClauseOpeners.contains(tokens[k + 1].lower) { return true }
            k += 1
        }
        return false
    }

    static let sourceClauseOpeners: WordSet = ["while", "and", "but", "whereas"]

    /// Whether the figure at `f` follows the one at `previous` after ", or" alone: "rose $1.2
    /// billion, or 8%", the same figure said another way.
    static func restates(_ f: Range<Int>, _ previous: Range<Int>, _ tokens: [TextToken]) -> Bool {
        let (first, last) = (tokens.firstIndex(startingAt: previous.upperBound), tokens.firstIndex(startingAt: f.lowerBound))
        return last == first + 2 && tokens[first].is(",") && tokens[first + 1].isLower("or")
    }

    /// Whether the level at `f` is the one a change before it reached: "rose 7.8% to 289.4
    /// million units", "fell 3 percent year on year to 1.2 million".
    /// (The figure before, at `previous`, is the caller's to have found a change: passed whole, a
    /// mention was copied, its strings retained, at every figure.)
    static func isLevelReached(_ f: Range<Int>, after previous: Range<Int>, _ tokens: [TextToken]) -> Bool {
        var (first, last) = (tokens.firstIndex(startingAt: previous.upperBound), tokens.firstIndex(startingAt: f.lowerBound))
        // "rose 5.8% last year to an average of 15.74 euros": the level reached, as an average.
        if last >= first + 4, tokens[last - 1].isLower("of"), WhatIsCounted.levelNames.contains(tokens[last - 2].lower),
           tokens[last - 3].isLower("a") || tokens[last - 3].isLower("an") { last -= 3 }
        guard last >= first + 1, last - first <= 5, tokens[last - 1].isLower("to") else { return false }
        // (Words and years between: "rose 2.8% in 2024 to 1.2 billion units".)
        return !tokens[first..<(last - 1)].contains { !($0.kind == .word || $0.kind == .digits && $0.range.count == 4) || $0.isLower("and") }
    }

    /// Whether the figure at `f` is a level compared with: after "down from" or "up from",
    /// or after a "from" that the figure before it, at `previous`, ends ("to $7.4 billion
    /// from"); with `pastAWord`, also one that a word after that figure ends ("to 90
    /// shillings from": not for a time, which would go to the wrong figure in "1709 pupils
    /// from 88 schools in 2004").
    static func isComparedLevel(_ f: Range<Int>, after previous: Range<Int>?, in chars: [Unicode.Scalar], pastAWord: Bool = false) -> Bool {
        if followsDownOrUpFrom(f.lowerBound, in: chars) || followsComparedWith(f.lowerBound, in: chars) { return true }
        guard let previous, followsDownOrUpFrom(f.lowerBound, in: chars, from: true) else { return false }
        let between = chars[previous.upperBound..<max(previous.upperBound, f.lowerBound - spacedFrom.count)]
        return f.lowerBound - previous.upperBound == spacedFrom.count
            || pastAWord && between.first == " " && between.dropFirst().allSatisfy(\.isLetter) && between.count > 1
    }
}
