-- claimq's claims in PostgreSQL: the relation `claimq sql` compiles statements for.
-- Citus-ready: every table's key starts with the article, so both tables can be
-- distributed by it and stay co-located:
--   SELECT create_distributed_table('articles', 'article');
--   SELECT create_distributed_table('claims', 'article', colocate_with => 'articles');

CREATE TABLE IF NOT EXISTS articles (
    article text PRIMARY KEY,          -- the article's slug, as in the claims dataset
    path    text,
    text    text                       -- the article itself, for show and why
);

CREATE TABLE IF NOT EXISTS claims (
    article      text NOT NULL,
    id           bigint NOT NULL,      -- unique in the store, as in claimq
    path         text,
    metric       text NOT NULL,
    subject      text,
    value        double precision NOT NULL,
    qualifier    text NOT NULL,        -- exact, approx, nearly, more_than, at_least, less_than, at_most
    unit         text NOT NULL,
    place        text,                 -- ISO 3166 code: "US", "US-CA"
    state        text,                 -- the US state's code: "CA"
    country      text,                 -- the country's code: "US"
    period_from  text,                 -- YYYY-MM, or NULL with no period
    period_to    text,
    period_kind  text,                 -- interval or as_of
    source       text NOT NULL,
    surface      text NOT NULL,
    quote        text NOT NULL,
    paragraph    integer NOT NULL,
    sentence     integer NOT NULL,
    -- Relations a curated claims file states, for check: ids of claims in the same store.
    part_of      bigint,               -- a subset of that claim's count
    ratio_num    bigint,               -- 100 × ratio_num / ratio_den, a percentage
    ratio_den    bigint,
    share_of     bigint,               -- a percentage of that claim's count
    -- The interval the hedged value claims (claimq's Estimate): NULL for an unbounded end.
    low          double precision GENERATED ALWAYS AS
                     (CASE WHEN qualifier IN ('less_than', 'at_most') THEN least(0, value) ELSE value END) STORED,
    high         double precision GENERATED ALWAYS AS
                     (CASE WHEN qualifier IN ('more_than', 'at_least') THEN NULL ELSE value END) STORED,
    PRIMARY KEY (article, id)
);

-- claimq names claims by id (show, why, the claims a warning names): without this
-- index each look-up reads every claim.
CREATE INDEX IF NOT EXISTS claims_id ON claims (id);
