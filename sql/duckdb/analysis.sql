-- fair-offer analysis in DuckDB: the counts of src/core/analyze-counts.ts, rule for rule, as SQL.
-- Input (made by src/warehouse/duckdb.ts): a view fo_events(seq, type, visitorId, time, detail) with one row per
-- log line in log order (seq), the four fields as JSON values; and a table fo_days(day BIGINT) of retention horizons.
-- Output: the statements after "-- name:" markers, read by the engine; every figure is an integer count, and the
-- intervals are computed from them by the same JavaScript as the JS engine (so the printed numbers are identical).

-- name: macros
-- json_extract returns minified JSON text, so a value is a string exactly when its text starts with a quote:
-- cheaper than json_type, and the same test as JavaScript's typeof === 'string' on the parsed value.
CREATE OR REPLACE TEMP MACRO fo_str(value) AS
  CASE WHEN starts_with(value::VARCHAR, '"') AND value::VARCHAR <> '""' THEN value ->> '$' END;
-- A strict ISO time (src/core/outcome.ts ISO_TIME) in ms since the epoch; NULL otherwise (as isoMillis).
CREATE OR REPLACE TEMP MACRO fo_ms(text) AS
  CASE WHEN regexp_full_match(text,
      '\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)')
    THEN epoch_ms(try_cast(text AS TIMESTAMPTZ)) END;

-- name: records
CREATE OR REPLACE TEMP TABLE fo_records AS
WITH fields AS (
  SELECT seq, type ->> '$' AS type, fo_str(visitorId) AS visitor_id, fo_str(time) AS time,
    json_extract(detail, ['$.offerId', '$.variant', '$.arm', '$.receipt.arm', '$.choice', '$.answer',
      '$.receipt.digest', '$.receipt.chosenAt', '$.outcome', '$.at', '$.digest']) AS f
  FROM fo_events
),
strings AS (
  SELECT seq, type, visitor_id, time, fo_str(f[1]) AS offer_id,
    coalesce(fo_str(f[2]), fo_str(f[3]), fo_str(f[4])) AS arm,
    fo_str(f[5]) AS choice, fo_str(f[6]) AS answer, fo_str(f[7]) AS receipt_digest, fo_str(f[8]) AS chosen_at,
    fo_str(f[9]) AS outcome, fo_str(f[10]) AS outcome_at,
    -- digest: absent (SQL NULL), or its JSON text (a non-string or JSON null makes the outcome invalid).
    f[11]::VARCHAR AS digest_json
  FROM fields
)
SELECT seq, type, visitor_id, offer_id, arm, choice, answer, receipt_digest,
  fo_ms(chosen_at) AS receipt_chosen_ms,
  fo_ms(time) AS time_ms,
  -- An outcome is valid as checkOutcome says: offerId, outcome, at, optional digest, non-empty visitorId.
  coalesce(type = 'offer-outcome'
    AND regexp_full_match(offer_id, '[\w.:-]{1,128}')
    AND outcome IN ('renewed', 'cancelled', 'refunded', 'converted', 'complaint', 'chargeback')
    AND fo_ms(outcome_at) IS NOT NULL
    AND (digest_json IS NULL OR regexp_full_match(digest_json, '"[0-9a-f]{64}"'))
    AND visitor_id IS NOT NULL, false) AS outcome_valid,
  outcome,
  CASE WHEN type = 'offer-outcome' THEN fo_ms(outcome_at) END AS outcome_ms,
  CASE WHEN digest_json IS NOT NULL THEN trim(digest_json, '"') END AS outcome_digest
FROM strings;

-- name: visits
CREATE OR REPLACE TEMP TABLE fo_visits AS
SELECT offer_id, visitor_id,
  min(seq) AS first_seq,
  coalesce(arg_min(arm, seq) FILTER (WHERE arm IS NOT NULL), '(none)') AS arm,
  bool_or(type = 'offer-decline') AS declined,
  -- The final valid choice, with its own receipt's digest and time (a struct: arg_max skips NULL arguments).
  arg_max({'choice': choice, 'digest': receipt_digest, 'chosen_ms': coalesce(receipt_chosen_ms, time_ms)}, seq)
    FILTER (WHERE type = 'offer-choice' AND choice IN ('full', 'retreat', 'stop')) AS final,
  arg_max(answer, seq) FILTER (WHERE type = 'offer-feedback' AND answer IN ('yes', 'partly', 'no')) AS feedback
FROM fo_records
WHERE type IN ('offer-view', 'offer-choice', 'offer-decline', 'offer-feedback')
  AND offer_id IS NOT NULL AND visitor_id IS NOT NULL
GROUP BY offer_id, visitor_id;

-- name: outcomes
CREATE OR REPLACE TEMP TABLE fo_outcomes AS
SELECT o.offer_id, o.visitor_id, o.outcome, o.outcome_ms,
  CASE
    WHEN v.visitor_id IS NULL THEN 'unknownVisit'
    WHEN v.final.choice IS NULL OR v.final.choice NOT IN ('full', 'retreat') THEN 'notAccepted'
    WHEN o.outcome_digest IS NOT NULL AND o.outcome_digest IS DISTINCT FROM v.final.digest THEN 'digestMismatch'
    ELSE 'matched'
  END AS status
FROM fo_records o
LEFT JOIN fo_visits v ON v.offer_id = o.offer_id AND v.visitor_id = o.visitor_id
WHERE o.type = 'offer-outcome' AND o.outcome_valid;

-- name: latest
CREATE OR REPLACE TEMP TABLE fo_latest AS
SELECT list_max([max(time_ms), max(receipt_chosen_ms), max(outcome_ms) FILTER (WHERE outcome_valid)]) AS latest_ms
FROM fo_records;

-- name: accepted
CREATE OR REPLACE TEMP TABLE fo_accepted AS
SELECT v.offer_id, v.arm, v.final.chosen_ms AS chosen_ms,
  coalesce(bool_or(o.outcome = 'refunded'), false) AS refunded,
  coalesce(bool_or(o.outcome = 'complaint'), false) AS complaint,
  coalesce(bool_or(o.outcome = 'converted'), false) AS converted,
  coalesce(bool_or(o.outcome = 'chargeback'), false) AS chargeback,
  min(o.outcome_ms) FILTER (WHERE o.outcome IN ('cancelled', 'refunded', 'chargeback')) AS lost_ms
FROM fo_visits v
LEFT JOIN fo_outcomes o ON o.offer_id = v.offer_id AND o.visitor_id = v.visitor_id AND o.status = 'matched'
WHERE v.final.choice IN ('full', 'retreat')
GROUP BY v.offer_id, v.visitor_id, v.arm, v.final.chosen_ms;

-- name: arms
WITH offer_order AS (SELECT offer_id, min(first_seq) AS offer_seq FROM fo_visits GROUP BY offer_id),
downstream AS (
  SELECT offer_id, arm,
    count(*) FILTER (WHERE refunded) AS refunded,
    count(*) FILTER (WHERE complaint) AS complaints,
    count(*) FILTER (WHERE converted) AS converted,
    count(*) FILTER (WHERE chargeback) AS chargebacks
  FROM fo_accepted GROUP BY offer_id, arm
),
choices AS (
  SELECT offer_id, arm,
    count(*) AS visits,
    count(*) FILTER (WHERE final.choice = 'full') AS chose_full,
    count(*) FILTER (WHERE final.choice = 'retreat') AS chose_retreat,
    count(*) FILTER (WHERE final.choice = 'stop') AS chose_stop,
    count(*) FILTER (WHERE final IS NULL) AS abandoned,
    count(*) FILTER (WHERE declined) AS declined_full,
    count(*) FILTER (WHERE feedback = 'yes') AS feedback_yes,
    count(*) FILTER (WHERE feedback = 'partly') AS feedback_partly,
    count(*) FILTER (WHERE feedback = 'no') AS feedback_no
  FROM fo_visits GROUP BY offer_id, arm
)
SELECT c.*, o.offer_seq, c.chose_full + c.chose_retreat AS accepted,
  coalesce(d.refunded, 0) AS refunded, coalesce(d.complaints, 0) AS complaints,
  coalesce(d.converted, 0) AS converted, coalesce(d.chargebacks, 0) AS chargebacks
FROM choices c
JOIN offer_order o USING (offer_id)
LEFT JOIN downstream d USING (offer_id, arm)
ORDER BY o.offer_seq, c.arm;

-- name: retained
WITH horizons AS (
  SELECT a.offer_id, a.arm, d.day, a.chosen_ms + d.day * 86400000 AS horizon_ms, a.lost_ms, l.latest_ms
  FROM fo_accepted a CROSS JOIN fo_days d CROSS JOIN fo_latest l
  WHERE a.chosen_ms IS NOT NULL AND l.latest_ms IS NOT NULL
)
SELECT offer_id, arm, day,
  count(*) FILTER (WHERE horizon_ms <= latest_ms) AS observed,
  count(*) FILTER (WHERE horizon_ms <= latest_ms AND (lost_ms IS NULL OR lost_ms > horizon_ms)) AS retained
FROM horizons
GROUP BY offer_id, arm, day;

-- name: summary
SELECT
  (SELECT count(*) FILTER (WHERE
      (type NOT IN ('offer-view', 'offer-choice', 'offer-decline', 'offer-feedback', 'offer-invalid', 'offer-outcome'))
      OR (type IN ('offer-view', 'offer-choice', 'offer-decline', 'offer-feedback')
          AND (offer_id IS NULL OR visitor_id IS NULL))
      OR (type = 'offer-choice' AND offer_id IS NOT NULL AND visitor_id IS NOT NULL
          AND (choice IS NULL OR choice NOT IN ('full', 'retreat', 'stop')))
      OR (type = 'offer-feedback' AND offer_id IS NOT NULL AND visitor_id IS NOT NULL
          AND (answer IS NULL OR answer NOT IN ('yes', 'partly', 'no')))
      OR (type = 'offer-outcome' AND NOT outcome_valid))
   FROM fo_records) AS skipped,
  (SELECT count(*) FILTER (WHERE type = 'offer-outcome' AND NOT outcome_valid) FROM fo_records) AS invalid,
  (SELECT count(*) FROM fo_outcomes) AS total,
  (SELECT count(*) FILTER (WHERE status = 'matched') FROM fo_outcomes) AS matched,
  (SELECT count(*) FILTER (WHERE status = 'unknownVisit') FROM fo_outcomes) AS unknown_visit,
  (SELECT count(*) FILTER (WHERE status = 'notAccepted') FROM fo_outcomes) AS not_accepted,
  (SELECT count(*) FILTER (WHERE status = 'digestMismatch') FROM fo_outcomes) AS digest_mismatch,
  (SELECT latest_ms FROM fo_latest) AS latest_ms;
