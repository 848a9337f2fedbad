/// What `.help` prints.
enum HelpText {
    static func text(topic: String?) -> String {
        if let topic, let entry = topics[topic.lowercased().trimmingDot()] { return entry }
        return overview
    }

    static let overview = """
    Statements (end with ; to put several on a line; -- or # start a comment):
      sum|avg|min|max METRIC [where CONDITION]    e.g. sum refusals where state = "CA"
      count [claims|METRIC] [where CONDITION]     e.g. count claims where source = "DHS OIG"
      list [claims|METRIC] [where …] [order by FIELD [asc|desc]] [limit N]
                                                  e.g. list refusals order by value desc limit 5
      show ID                                     e.g. show 5
    Conditions:
      FIELD = != < <= > >= VALUE, FIELD [not] in (V, …), FIELD [not] contains "text",
      FIELD [not] between A and B, FIELD is [not] null, period overlaps|within P,
      and, or, not, ( … ).  P is 2016, 2017-06 or 2014-01..2017-05.
      Text compares ignore case; place, state and country take codes or names ("CA", "California").
      A missing value (no state, no period) makes a comparison unknown, and 'not' keeps it
      unknown: state != "CA" does not match claims with no state; add 'or state is null'.
    Commands:
      .help [TOPIC]        this text, or help on: sum count list show where fields mode
      .mode table|csv|json how results are written
      .fields .metrics .sources   what there is to ask about
      .quit, .exit         leave (Ctrl-D too)

    """

    static let topics: [String: String] = [
        "sum": "sum METRIC [where CONDITION]: adds the claimed values, carrying hedges through\n  (\"more than\" stays \"more than\"). avg, min and max work the same way.\n  e.g. sum refusals where state = \"CA\"\n",
        "count": "count [claims|METRIC] [where CONDITION]: how many claims match.\n  e.g. count claims where source = \"DHS OIG\"\n",
        "list": "list [claims|METRIC] [where …] [order by FIELD [asc|desc]] [limit N]: the matching claims.\n  e.g. list claims where quote contains \"detainer\"\n",
        "show": "show ID: one claim whole, its quote with the stated words marked.\n  e.g. show 5\n",
        "where": "where CONDITION: = != < <= > >=, in (…), contains \"…\", between A and B, is [not] null,\n  period overlaps|within P, and, or, not, parentheses.\n  e.g. list claims where period overlaps 2016 and not source = \"author\"\n",
        "fields": "Fields: id article metric value qualifier unit place state country period source surface\n  quote paragraph sentence. .fields lists them with their types.\n",
        "mode": ".mode table|csv|json: how results are written (also --format).\n",
    ]
}

private extension String {
    func trimmingDot() -> String { hasPrefix(".") ? String(dropFirst()) : self }
}
