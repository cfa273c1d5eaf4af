-- fair-offer: a view over a generic warehouse table of offer events (e.g. a Segment or beacon sink), giving the
-- columns sql/bigquery/analysis.sql reads from fo_events. Then, in analysis.sql, replace the "events" statement by
--   CREATE TEMP TABLE fo_events AS SELECT * FROM `your_project.your_dataset.fair_offer_events`;
--
-- Expected table (EDIT the name and the columns to yours): one row per event as the widget fired it, or per
-- outcome line from your billing webhooks:
--   event_type STRING ('offer-view', 'offer-choice', 'offer-decline', 'offer-feedback', 'offer-outcome'),
--   visitor_id STRING, event_time TIMESTAMP, detail JSON (the event detail; for outcomes {offerId, outcome, at, digest}).
-- Time of a choice: the receipt's chosenAt, else event_time; of an outcome: its `at`, else event_time.
-- Not run by the test suite (the GA4 path is, see test/warehouse/bigquery.test.ts): check it on a day of your data
-- against `npx fair-offer analyze` on the same day exported as JSONL.
CREATE OR REPLACE VIEW `your_project.your_dataset.fair_offer_events` AS
SELECT
  CASE event_type WHEN 'offer-view' THEN 'view' WHEN 'offer-choice' THEN 'choice' WHEN 'offer-decline' THEN 'decline'
    WHEN 'offer-feedback' THEN 'feedback' ELSE 'outcome' END AS event,
  CASE
    WHEN event_type = 'offer-choice'
      THEN COALESCE(UNIX_MILLIS(SAFE_CAST(JSON_VALUE(detail, '$.receipt.chosenAt') AS TIMESTAMP)), UNIX_MILLIS(event_time))
    WHEN event_type = 'offer-outcome'
      THEN COALESCE(UNIX_MILLIS(SAFE_CAST(JSON_VALUE(detail, '$.at') AS TIMESTAMP)), UNIX_MILLIS(event_time))
    ELSE UNIX_MILLIS(event_time)
  END AS ms,
  UNIX_MICROS(event_time) AS ts, 0 AS ord1, 0 AS ord2,
  NULLIF(visitor_id, '') AS visitor_id,
  NULLIF(JSON_VALUE(detail, '$.offerId'), '') AS offer_id,
  COALESCE(NULLIF(JSON_VALUE(detail, '$.variant'), ''), NULLIF(JSON_VALUE(detail, '$.arm'), ''),
    NULLIF(JSON_VALUE(detail, '$.receipt.arm'), '')) AS arm,
  CASE WHEN JSON_VALUE(detail, '$.choice') IN ('full', 'retreat', 'stop') THEN JSON_VALUE(detail, '$.choice') END AS choice,
  NULLIF(JSON_VALUE(detail, '$.answer'), '') AS answer,
  NULLIF(JSON_VALUE(detail, '$.receipt.digest'), '') AS receipt_digest,
  NULLIF(JSON_VALUE(detail, '$.outcome'), '') AS outcome,
  NULLIF(JSON_VALUE(detail, '$.digest'), '') AS outcome_digest
FROM `your_project.your_dataset.offer_events` -- EDIT
WHERE event_type IN ('offer-view', 'offer-choice', 'offer-decline', 'offer-feedback', 'offer-outcome');
