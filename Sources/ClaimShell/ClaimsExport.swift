import ClaimExtraction
import ClaimStore

/// `claimq extract --jsonl|--csv ARTICLES…|FOLDER`: the claims of many articles as
/// a dataset, one claim per line, in the order the articles are given (a folder's in
/// name order) and numbered on across them, as `claimq ARTICLES…` numbers them.
/// Articles are read on every core; lines go out as soon as the articles before
/// them are done, so memory holds a few articles, not the corpus.
public enum ClaimsExport {
    public enum Format: Sendable {
        case jsonl, csv
    }

    /// The number of cores, the default for `--jobs`.
    public static var cores: Int { OrderedWork.cores }

    public static func run(paths: [String], format: Format, jobs: Int = cores, date: String? = nil,
                           maxBytes: Int = ArticleLoader.defaultMaxBytes, quiet: Bool = false) -> Int32 {
        let console = StandardConsole()
        let status = export(paths, format, jobs, date, maxBytes, console, ProgressBar.make("extracting", quiet: quiet, writingResults: true))
        return console.finish() ? status : max(status, ExitStatus.statementFailed)
    }

    private static func export(_ paths: [String], _ format: Format, _ jobs: Int, _ date: String?, _ maxBytes: Int,
                               _ console: StandardConsole, _ bar: ProgressBar?) -> Int32 {
        let day = date.flatMap(Day.init)
        if let date, day == nil {
            console.err("claimq: error: --date \"\(date)\" is not a date written YYYY-MM-DD\n")
            return ExitStatus.usage
        }
        let files: [String]
        do throws(LoadError) { files = try ArticleLoader.files(paths) } catch {
            console.err("claimq: error: \(Visible.text(error.description))\n")
            return ExitStatus.loadFailed
        }
        let sizes = files.map(TextFile.size(of:))
        let total = sizes.reduce(0, +)
        var (done, lastID, status) = (0, 0, ExitStatus.ok)
        var out = Output(format: format)
        ClaimExtractor.prepare(jobs: min(jobs, files.count))
        OrderedWork.run(count: files.count, jobs: jobs, window: 4 * jobs, work: { (index: Int) -> Result<ClaimStore, LoadError> in
            do throws(LoadError) {
                return .success(try ArticleLoader.load(path: files[index], date: day, maxBytes: maxBytes))
            } catch {
                return .failure(error)
            }
        }, handle: { (index: Int, result: Result<ClaimStore, LoadError>) -> Bool in
            switch result {
            case .failure(let error):
                out.flush(to: console)
                console.err("claimq: error: \(Visible.text(error.description))\n")
                status = ExitStatus.loadFailed
                return false
            case .success(let store):
                if let last = store.claims.map(\.id).max(), last > Claim.maximumID - lastID {
                    console.err("claimq: error: \(files[index]): its claim ids go past \(Claim.maximumID) once numbered after the articles before it\n")
                    status = ExitStatus.loadFailed
                    return false
                }
                let offset = lastID
                for claim in store.claims {
                    out.write(claim.renumbered(by: offset), path: store.paths[claim.article] ?? files[index],
                              extracted: store.extracted.contains(claim.article))
                    lastID = max(lastID, claim.id + offset)
                }
                done += sizes[index]
                bar?.update(done: done, total: total)
                if out.size > 1 << 16 { out.flush(to: console) }
                return !console.readerGone
            }
        })
        out.flush(to: console)
        bar?.finish()
        return status
    }

    /// Lines waiting to be written, in either format.
    private struct Output {
        let format: Format
        var json = JSONLines()
        var csv = ""

        init(format: Format) {
            self.format = format
            if format == .csv { csv = Delimited(separator: ",").line(ClaimColumns.header) }
        }

        var size: Int { format == .jsonl ? json.bytes.count : csv.utf8.count }

        mutating func write(_ claim: Claim, path: String, extracted: Bool) {
            switch format {
            case .jsonl: ClaimDataset.write(claim, path: path, extracted: extracted, into: &json)
            case .csv: csv += Delimited(separator: ",").line(ClaimColumns.row(claim, path: path, extracted: extracted))
            }
        }

        mutating func flush(to console: Console) {
            json.flush(to: console)
            if !csv.isEmpty { console.out(csv) }
            csv = ""
        }
    }
}

/// A dataset's records as CSV columns: the JSON keys, with the period spread over
/// period_from, period_to and period_kind, and ratio_of written "3/4".
enum ClaimColumns {
    static let header = ["id", "article", "path", "metric", "subject", "value", "qualifier", "unit", "place", "state",
                         "country", "period_from", "period_to", "period_kind", "source", "surface", "quote",
                         "paragraph", "sentence", "start", "end", "extracted", "part_of", "ratio_of", "share_of"]

    static func row(_ c: Claim, path: String, extracted: Bool) -> [String] {
        let number = { (n: Int?) in n.map(String.init) ?? "" }
        return [String(c.id), c.article, path, c.metric, c.subject ?? "", JSONLines.number(c.value), c.qualifier.rawValue,
                c.unit, c.place?.code ?? "", c.state ?? "", c.country ?? "",
                c.period?.from.description ?? "", c.period?.to.description ?? "", c.period?.kind.rawValue ?? "",
                c.source, c.surface, c.quote, String(c.paragraph), String(c.sentence),
                number(c.span?.lowerBound), number(c.span?.upperBound), extracted ? "true" : "false",
                number(c.relations.partOf), c.relations.ratioOf.map { "\($0.numerator)/\($0.denominator)" } ?? "",
                number(c.relations.shareOf)]
    }
}
