-- The claims relation of sql/schema.sql as a DuckDB view over a claims dataset
-- (`claimq extract --jsonl ARTICLES > claims.jsonl`), so that the SQL `claimq sql
-- --dialect duckdb` prints runs on it. Run it where claims.jsonl is, or change the path:
--   duckdb -c ".read sql/duckdb-view.sql" -c "$(claimq sql --dialect duckdb 'count claims by country')"
CREATE OR REPLACE VIEW claims AS
SELECT article, id, path, metric, subject, value, qualifier, unit, place, state, country,
       period."from" AS period_from, period."to" AS period_to, period.kind AS period_kind,
       source, surface, quote, paragraph, sentence,
       part_of, ratio_of[1] AS ratio_num, ratio_of[2] AS ratio_den, share_of,
       CASE WHEN qualifier IN ('less_than', 'at_most') THEN least(0, value) ELSE value END AS low,
       CASE WHEN qualifier IN ('more_than', 'at_least') THEN NULL ELSE value END AS high
FROM read_json('claims.jsonl', format = 'newline_delimited', columns = {
    id: 'BIGINT', article: 'VARCHAR', path: 'VARCHAR', metric: 'VARCHAR', subject: 'VARCHAR',
    value: 'DOUBLE', qualifier: 'VARCHAR', unit: 'VARCHAR', place: 'VARCHAR', state: 'VARCHAR',
    country: 'VARCHAR', period: 'STRUCT("from" VARCHAR, "to" VARCHAR, kind VARCHAR)', source: 'VARCHAR',
    surface: 'VARCHAR', quote: 'VARCHAR', paragraph: 'INTEGER', sentence: 'INTEGER',
    part_of: 'BIGINT', ratio_of: 'BIGINT[]', share_of: 'BIGINT'
});
