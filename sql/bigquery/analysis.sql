-- fair-offer analysis in BigQuery over the GA4 export (events_YYYYMMDD tables, `events_*`): the counts of
-- src/core/analyze-counts.ts over the events our ga4Adapter sends, run as one BigQuery script.
--
--   view_promotion   (promotion_id = offer id, promotion_name = option id, creative_slot = arm or "default")
--   select_promotion (the same; promotion_name is the chosen option's id; receipt_digest: ga4Adapter pushes it, your tag maps it to a parameter)
--   offer_stop, offer_decline, offer_feedback (offer_id, arm, constraint, feedback)
--   offer_outcome    (offer_id, outcome, digest): sent by your server through the Measurement Protocol with
--                    timestamp_micros = when it happened, and the visitor's client id (see the README)
--
-- A visit is (offer id, user_pseudo_id). Times are GA4's event_timestamp (µs), read in whole milliseconds.
-- Results: three SELECTs at the end (arms, retained, summary); rates and intervals: `fair-offer` computes them from
-- these counts, or see the Wilson formula in src/core/stats.ts. Edit the lines marked EDIT.
--
-- Written in the SQL that BigQuery and DuckDB share, except the "functions" section (BigQuery temp functions; the
-- test replaces them with DuckDB macros of the same name) and the table name: test/warehouse/bigquery.test.ts runs
-- this file in DuckDB over generated GA4-shaped rows and compares the counts with the JavaScript analysis.

-- name: functions
CREATE TEMP FUNCTION fo_param(params ANY TYPE, name STRING) AS (
  NULLIF((SELECT p.value.string_value FROM UNNEST(params) AS p WHERE p.key = name LIMIT 1), '')
);
-- GA4 may export promotion fields on the first item instead of the event parameters.
CREATE TEMP FUNCTION fo_item_promotion(items ANY TYPE, name STRING) AS (
  NULLIF((SELECT CASE name WHEN 'promotion_id' THEN i.promotion_id WHEN 'promotion_name' THEN i.promotion_name
    ELSE i.creative_slot END FROM UNNEST(items) AS i WITH OFFSET AS n ORDER BY n LIMIT 1), '')
);

-- name: settings
-- EDIT: retention horizons in days.
CREATE TEMP TABLE fo_days AS SELECT 30 AS day UNION ALL SELECT 60 UNION ALL SELECT 90;
-- EDIT: the id of each offer's full option (offer.full.id): a select_promotion of another option is a retreat.
CREATE TEMP TABLE fo_full_options AS SELECT 'pilot-6w' AS option_id UNION ALL SELECT 'full';

-- name: events
-- For a generic warehouse table, replace this statement by
--   CREATE TEMP TABLE fo_events AS SELECT * FROM `your_project.your_dataset.fair_offer_events`;
-- (the view in sql/bigquery/warehouse-view.sql gives the same columns).
CREATE TEMP TABLE fo_events AS
WITH ga4 AS (
  SELECT event_name, event_timestamp, batch_ordering_id, batch_event_index, user_pseudo_id, event_params, items
  FROM `your_project.analytics_123456789.events_*` -- EDIT: your GA4 export dataset
  WHERE _TABLE_SUFFIX BETWEEN '20260101' AND '20261231' -- EDIT: the days to read (YYYYMMDD)
    AND event_name IN ('view_promotion', 'select_promotion', 'offer_stop', 'offer_decline', 'offer_feedback',
      'offer_outcome')
),
fields AS (
  SELECT
    CASE event_name WHEN 'view_promotion' THEN 'view' WHEN 'select_promotion' THEN 'choice'
      WHEN 'offer_stop' THEN 'choice' WHEN 'offer_decline' THEN 'decline' WHEN 'offer_feedback' THEN 'feedback'
      ELSE 'outcome' END AS event,
    CAST(FLOOR(event_timestamp / 1000) AS INT64) AS ms,
    event_timestamp AS ts, COALESCE(batch_ordering_id, 0) AS ord1, COALESCE(batch_event_index, 0) AS ord2,
    NULLIF(user_pseudo_id, '') AS visitor_id,
    CASE WHEN event_name IN ('view_promotion', 'select_promotion')
      THEN COALESCE(fo_param(event_params, 'promotion_id'), fo_item_promotion(items, 'promotion_id'))
      ELSE fo_param(event_params, 'offer_id') END AS offer_id,
    CASE WHEN event_name IN ('view_promotion', 'select_promotion')
      THEN NULLIF(COALESCE(fo_param(event_params, 'creative_slot'), fo_item_promotion(items, 'creative_slot')),
        'default')
      ELSE fo_param(event_params, 'arm') END AS arm,
    CASE WHEN event_name = 'offer_stop' THEN 'stop'
      WHEN event_name = 'select_promotion' THEN
        CASE
          WHEN COALESCE(fo_param(event_params, 'promotion_name'), fo_item_promotion(items, 'promotion_name')) IS NULL
            THEN NULL
          WHEN COALESCE(fo_param(event_params, 'promotion_name'), fo_item_promotion(items, 'promotion_name'))
            IN (SELECT option_id FROM fo_full_options) THEN 'full'
          ELSE 'retreat' END
      END AS choice,
    fo_param(event_params, 'feedback') AS answer,
    fo_param(event_params, 'receipt_digest') AS receipt_digest,
    fo_param(event_params, 'outcome') AS outcome,
    fo_param(event_params, 'digest') AS outcome_digest
  FROM ga4
)
SELECT * FROM fields;

-- name: visits
CREATE TEMP TABLE fo_visits AS
WITH visit_events AS (
  SELECT * FROM fo_events WHERE event IN ('view', 'choice', 'decline', 'feedback')
    AND offer_id IS NOT NULL AND visitor_id IS NOT NULL
),
first_arm AS (
  SELECT offer_id, visitor_id, arm FROM (
    SELECT offer_id, visitor_id, arm,
      ROW_NUMBER() OVER (PARTITION BY offer_id, visitor_id ORDER BY ts, ord1, ord2) AS n
    FROM visit_events WHERE arm IS NOT NULL) AS ranked
  WHERE n = 1
),
final_choice AS (
  SELECT offer_id, visitor_id, choice, receipt_digest, ms AS chosen_ms FROM (
    SELECT offer_id, visitor_id, choice, receipt_digest, ms,
      ROW_NUMBER() OVER (PARTITION BY offer_id, visitor_id ORDER BY ts DESC, ord1 DESC, ord2 DESC) AS n
    FROM visit_events WHERE event = 'choice' AND choice IS NOT NULL) AS ranked
  WHERE n = 1
),
last_feedback AS (
  SELECT offer_id, visitor_id, answer FROM (
    SELECT offer_id, visitor_id, answer,
      ROW_NUMBER() OVER (PARTITION BY offer_id, visitor_id ORDER BY ts DESC, ord1 DESC, ord2 DESC) AS n
    FROM visit_events WHERE event = 'feedback' AND answer IN ('yes', 'partly', 'no')) AS ranked
  WHERE n = 1
),
visits AS (
  SELECT offer_id, visitor_id, MIN(ts) AS first_ts, COUNTIF(event = 'decline') > 0 AS declined
  FROM visit_events GROUP BY offer_id, visitor_id
)
SELECT v.offer_id, v.visitor_id, v.first_ts, v.declined, COALESCE(a.arm, '(none)') AS arm,
  c.choice, c.receipt_digest AS digest, c.chosen_ms, f.answer AS feedback
FROM visits AS v
LEFT JOIN first_arm AS a ON a.offer_id = v.offer_id AND a.visitor_id = v.visitor_id
LEFT JOIN final_choice AS c ON c.offer_id = v.offer_id AND c.visitor_id = v.visitor_id
LEFT JOIN last_feedback AS f ON f.offer_id = v.offer_id AND f.visitor_id = v.visitor_id;

-- name: outcomes
CREATE TEMP TABLE fo_outcomes AS
WITH valid AS (
  SELECT * FROM fo_events
  WHERE event = 'outcome' AND visitor_id IS NOT NULL
    AND REGEXP_CONTAINS(offer_id, '^[A-Za-z0-9_.:-]{1,128}$')
    AND outcome IN ('renewed', 'cancelled', 'refunded', 'converted', 'complaint', 'chargeback')
    AND (outcome_digest IS NULL OR REGEXP_CONTAINS(outcome_digest, '^[0-9a-f]{64}$'))
)
SELECT o.offer_id, o.visitor_id, o.outcome, o.ms AS outcome_ms,
  CASE
    WHEN v.visitor_id IS NULL THEN 'unknownVisit'
    WHEN v.choice IS NULL OR v.choice NOT IN ('full', 'retreat') THEN 'notAccepted'
    WHEN o.outcome_digest IS NOT NULL AND o.outcome_digest IS DISTINCT FROM v.digest THEN 'digestMismatch'
    ELSE 'matched'
  END AS status
FROM valid AS o
LEFT JOIN fo_visits AS v ON v.offer_id = o.offer_id AND v.visitor_id = o.visitor_id;

-- name: accepted
CREATE TEMP TABLE fo_accepted AS
SELECT v.offer_id, v.visitor_id, v.arm, v.chosen_ms,
  COUNTIF(o.outcome = 'refunded') > 0 AS refunded,
  COUNTIF(o.outcome = 'complaint') > 0 AS complaint,
  COUNTIF(o.outcome = 'converted') > 0 AS converted,
  COUNTIF(o.outcome = 'chargeback') > 0 AS chargeback,
  MIN(CASE WHEN o.outcome IN ('cancelled', 'refunded', 'chargeback') THEN o.outcome_ms END) AS lost_ms
FROM fo_visits AS v
LEFT JOIN fo_outcomes AS o ON o.offer_id = v.offer_id AND o.visitor_id = v.visitor_id AND o.status = 'matched'
WHERE v.choice IN ('full', 'retreat')
GROUP BY v.offer_id, v.visitor_id, v.arm, v.chosen_ms;

-- name: arms
WITH choices AS (
  SELECT offer_id, arm,
    COUNT(*) AS visits,
    COUNTIF(choice = 'full') AS chose_full,
    COUNTIF(choice = 'retreat') AS chose_retreat,
    COUNTIF(choice = 'stop') AS chose_stop,
    COUNTIF(choice IS NULL) AS abandoned,
    COUNTIF(declined) AS declined_full,
    COUNTIF(feedback = 'yes') AS feedback_yes,
    COUNTIF(feedback = 'partly') AS feedback_partly,
    COUNTIF(feedback = 'no') AS feedback_no
  FROM fo_visits GROUP BY offer_id, arm
),
downstream AS (
  SELECT offer_id, arm,
    COUNTIF(refunded) AS refunded, COUNTIF(complaint) AS complaints,
    COUNTIF(converted) AS converted, COUNTIF(chargeback) AS chargebacks
  FROM fo_accepted GROUP BY offer_id, arm
),
offer_order AS (SELECT offer_id, MIN(first_ts) AS offer_seq FROM fo_visits GROUP BY offer_id)
SELECT c.offer_id, o.offer_seq, c.arm, c.visits, c.chose_full, c.chose_retreat, c.chose_stop, c.abandoned, c.declined_full,
  c.feedback_yes, c.feedback_partly, c.feedback_no, c.chose_full + c.chose_retreat AS accepted,
  COALESCE(d.refunded, 0) AS refunded, COALESCE(d.complaints, 0) AS complaints,
  COALESCE(d.converted, 0) AS converted, COALESCE(d.chargebacks, 0) AS chargebacks
FROM choices AS c
JOIN offer_order AS o ON o.offer_id = c.offer_id
LEFT JOIN downstream AS d ON d.offer_id = c.offer_id AND d.arm = c.arm
ORDER BY o.offer_seq, c.offer_id, c.arm;

-- name: retained
WITH latest AS (SELECT MAX(ms) AS latest_ms FROM fo_events),
horizons AS (
  SELECT a.offer_id, a.arm, d.day, a.chosen_ms + CAST(d.day AS INT64) * 86400000 AS horizon_ms, a.lost_ms, l.latest_ms
  FROM fo_accepted AS a CROSS JOIN fo_days AS d CROSS JOIN latest AS l
  WHERE a.chosen_ms IS NOT NULL AND l.latest_ms IS NOT NULL
)
SELECT offer_id, arm, day,
  COUNTIF(horizon_ms <= latest_ms) AS observed,
  COUNTIF(horizon_ms <= latest_ms AND (lost_ms IS NULL OR lost_ms > horizon_ms)) AS retained
FROM horizons
GROUP BY offer_id, arm, day
ORDER BY offer_id, arm, day;

-- name: summary
SELECT
  (SELECT COUNTIF(
      (event IN ('view', 'choice', 'decline', 'feedback') AND (offer_id IS NULL OR visitor_id IS NULL))
      OR (event = 'choice' AND offer_id IS NOT NULL AND visitor_id IS NOT NULL AND choice IS NULL)
      OR (event = 'feedback' AND offer_id IS NOT NULL AND visitor_id IS NOT NULL
        AND (answer IS NULL OR answer NOT IN ('yes', 'partly', 'no'))))
   FROM fo_events)
  + (SELECT COUNT(*) FROM fo_events WHERE event = 'outcome') - (SELECT COUNT(*) FROM fo_outcomes) AS skipped,
  (SELECT COUNT(*) FROM fo_events WHERE event = 'outcome') - (SELECT COUNT(*) FROM fo_outcomes) AS invalid,
  (SELECT COUNT(*) FROM fo_outcomes) AS total,
  (SELECT COUNTIF(status = 'matched') FROM fo_outcomes) AS matched,
  (SELECT COUNTIF(status = 'unknownVisit') FROM fo_outcomes) AS unknown_visit,
  (SELECT COUNTIF(status = 'notAccepted') FROM fo_outcomes) AS not_accepted,
  (SELECT COUNTIF(status = 'digestMismatch') FROM fo_outcomes) AS digest_mismatch,
  (SELECT MAX(ms) FROM fo_events) AS latest_ms;
