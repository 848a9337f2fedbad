/// What `.help` prints.
enum HelpText {
    static func text(topic: String?) -> String {
        if let topic, let entry = topics[topic.lowercased().trimmingDot()] { return entry }
        return overview
    }

    static let overview = """
    Statements (end with ; to put several on a line; -- or # start a comment):
      sum|avg|min|max METRIC [where CONDITION] [by FIELD, …]
                                                  e.g. sum refusals where state = "CA"
      count [claims|METRIC] [where …] [by …]      e.g. count claims by source, unit
      AGGREGATE + - * / AGGREGATE or NUMBER       e.g. sum immigrants_in_custody / sum immigrants_monitored * 100
      list [claims|METRIC] [where …] [order by FIELD [asc|desc]] [limit N]
                                                  e.g. list refusals order by value desc limit 5
      show ID                                     e.g. show 5
      why                                         the sentences behind the last answer
      check [ID]                                  do the relations between claims hold?
      timeline [claims|METRIC] [where …]          periods drawn on one time axis
    Conditions:
      FIELD = != < <= > >= VALUE, FIELD [not] in (V, …), FIELD [not] contains "text",
      FIELD [not] between A and B, FIELD is [not] null, period overlaps|within P,
      and, or, not, ( … ).  P is 2016, 2017-06 or 2014-01..2017-05.
      Text compares ignore case; place, state and country take codes or names ("CA", "California").
      A missing value (no state, no period) makes a comparison unknown, and 'not' keeps it
      unknown: state != "CA" does not match claims with no state; add 'or state is null'.
    Commands (a line each; any unambiguous prefix works, .mo for .mode):
      .help [TOPIC]          this text, or help on a statement or command:
                             .help sum, .help by, .help arithmetic, .help load
      .mode MODE             table, box, csv, tsv, json, markdown or line
      .headers on|off        header rows in tables, CSV and TSV
      .maxwidth [N|auto]     the width tables fit (a terminal's by default; 0: none)
      .load [ARTICLE [CLAIMS]]   another article, or the built-in sample again
      .read FILE             run the statements in a file
      .output [FILE|stdout]  send results to a file, or back
      .fields .metrics .sources  what there is to ask about
      .timer on|off          how long each statement took
      .sql on|off            the SQL each statement compiles to
      .bail on|off           stop a script at the first failing statement
      .history [N]           the last N entries of the prompt's history
      .quit, .exit           leave (Ctrl-D too)

    """

    static let topics: [String: String] = [
        "sum": "sum METRIC [where CONDITION] [by FIELD, …]: adds the claimed values, carrying hedges through\n  (\"more than\" stays \"more than\"). Values in different units are not added: split them\n  with 'by unit'. A warning names claims that may count the same things twice (periods and\n  places that overlap, or snapshots at different dates). avg, min and max work the same way.\n  e.g. sum refusals where state = \"CA\"\n",
        "by": "AGGREGATE by FIELD, …: one answer per distinct value; claims with no value form their own group.\n  e.g. sum refusals by state; count claims by source, unit\n",
        "arithmetic": "+ - * / between aggregates and numbers, with parentheses. Hedges carry through as\n  intervals (about + exact is about; more than − exact is more than); + and − need one unit;\n  dividing by zero, or by an aggregate that matches no claims, is an error. A where condition\n  ends at its last value, so put a filtered aggregate in parentheses to be clear.\n  e.g. sum immigrants_in_custody / sum immigrants_monitored * 100\n",
        "why": "why: the sentences of the claims behind the last answer, the stated words marked.\n  e.g. sum refusals where state = \"CA\"; why\n",
        "check": "check [ID]: tests the relations the claims file states: part_of (not larger, inside the\n  period and place), ratio_of (100 × a / b, to the stated precision), share_of (a possible\n  percentage of the other claim). With ID, only relations that claim is in.\n  e.g. check 15\n",
        "timeline": "timeline [claims|METRIC] [where …]: the claims' periods as bars on one axis, so overlaps\n  show; ◆ marks an \"as of\" snapshot.\n  e.g. timeline refusals\n",
        "count": "count [claims|METRIC] [where CONDITION]: how many claims match.\n  e.g. count claims where source = \"DHS OIG\"\n",
        "list": "list [claims|METRIC] [where …] [order by FIELD [asc|desc]] [limit N]: the matching claims.\n  e.g. list claims where quote contains \"detainer\"\n",
        "show": "show ID: one claim whole, its quote with the stated words marked.\n  e.g. show 5\n",
        "where": "where CONDITION: = != < <= > >=, in (…), contains \"…\", between A and B, is [not] null,\n  period overlaps|within P, and, or, not, parentheses.\n  e.g. list claims where period overlaps 2016 and not source = \"author\"\n",
        "mode": ".mode table|box|csv|tsv|json|markdown|line: how results are written (also --format).\n  line: one field = value a line, every field of a claim in full.\n  e.g. .mode csv\n",
        "maxwidth": ".maxwidth [N|auto]: the width tables fit: at a terminal its width (auto), N columns,\n  or 0 for no limit. Long text is cut with …, values never; columns that still do not fit\n  are left out and named below the table. Pipes and files get whole tables unless N is set.\n  e.g. .maxwidth 80\n",
        "headers": ".headers on|off: header rows in tables, CSV and TSV.\n  e.g. .headers off\n",
        "load": ".load [ARTICLE [CLAIMS]]: load another article with its claims file (ARTICLE.claims.json\n  beside it unless CLAIMS names one); .load alone brings back the built-in sample.\n  e.g. .load story.txt\n",
        "read": ".read FILE: run the statements and commands in a file, as if typed here.\n  e.g. .read checks.cq\n",
        "output": ".output [FILE|stdout]: send results to a file (emptied first), or back to the screen.\n  e.g. .output results.csv\n",
        "fields": ".fields: the fields of a claim, their types and example values.\n  Fields: id article metric subject value qualifier unit place state country period source\n  surface quote paragraph sentence.\n  e.g. .fields\n",
        "metrics": ".metrics: what the claims measure, how many claims each, in which units.\n  e.g. .metrics\n",
        "sources": ".sources: who the article cites, and for how many claims.\n  e.g. .sources\n",
        "timer": ".timer on|off: after each statement, how long it took (on stderr).\n  e.g. .timer on\n",
        "sql": ".sql on|off: before each statement runs, the PostgreSQL queries it compiles to (on stderr),\n  as claimq sql prints them; with --db, the queries the database answers it with.\n  e.g. .sql on\n",
        "bail": ".bail on|off: stop reading a script at the first statement that fails (also --bail).\n  e.g. .bail on\n",
        "history": ".history [N]: the last N entries of the prompt's history, numbered.\n  e.g. .history 20\n",
        "quit": ".quit or .exit: leave claimq (Ctrl-D too).\n  e.g. .quit\n",
        "exit": ".exit or .quit: leave claimq (Ctrl-D too).\n  e.g. .exit\n",
        "help": ".help [TOPIC]: help on a statement or command.\n  e.g. .help check\n",
    ]
}

private extension String {
    func trimmingDot() -> String { hasPrefix(".") ? String(dropFirst()) : self }
}
