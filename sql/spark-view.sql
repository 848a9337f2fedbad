-- The claims relation of sql/schema.sql as a Spark SQL view over a claims dataset
-- (`claimq extract --jsonl ARTICLES > claims.jsonl`), so that the SQL `claimq sql
-- --dialect spark` prints runs on it. Run it where claims.jsonl is, or change the path:
--   spark-sql -f sql/spark-view.sql -e "$(claimq sql --dialect spark 'count claims by country')"
CREATE OR REPLACE TEMPORARY VIEW claims_dataset (
    id BIGINT, article STRING, path STRING, metric STRING, subject STRING, value DOUBLE, qualifier STRING,
    unit STRING, place STRING, state STRING, country STRING,
    period STRUCT<`from`: STRING, `to`: STRING, kind: STRING>, source STRING, surface STRING, quote STRING,
    paragraph INT, sentence INT, part_of BIGINT, ratio_of ARRAY<BIGINT>, share_of BIGINT
) USING json OPTIONS (path 'claims.jsonl');

CREATE OR REPLACE TEMPORARY VIEW claims AS
SELECT article, id, path, metric, subject, value, qualifier, unit, place, state, country,
       period.`from` AS period_from, period.`to` AS period_to, period.kind AS period_kind,
       source, surface, quote, paragraph, sentence,
       part_of, ratio_of[0] AS ratio_num, ratio_of[1] AS ratio_den, share_of,
       CASE WHEN qualifier IN ('less_than', 'at_most') THEN least(0, value) ELSE value END AS low,
       CASE WHEN qualifier IN ('more_than', 'at_least') THEN NULL ELSE value END AS high
FROM claims_dataset;
