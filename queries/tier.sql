-- tier.sql: what the tier rules read of every program, one row per program, for any
-- applicant: the facts with their evidence, and what the pages' wording says that no profile
-- changes (which deadline a visa condition names, whether a refusal of both visas is about
-- citizenship). The rules that turn a row and a profile into a tier with reasons are
-- queries/rules.go: each rule is one short Go function there, in the order the reasons are
-- listed, so an analyst reads the reading here and the judging there. A server reads this
-- once per published night and tiers each applicant in memory (a few milliseconds for
-- 13,000 programs); the CLI reads it for the programs it tiers.
--
-- Tiers (queries/rules.go, tierOf):
--   high          IMG share ≥ img_share_high, the needed visa is confirmed (a conditional
--                 visa only when the applicant meets its condition), no soft preference
--                 missed, at most max_unknown_high relevant facts unknown
--   moderate      eligible, neither high nor reach
--   reach         IMG share known and < img_share_moderate, or more than
--                 max_concerns_moderate soft preferences missed, or more than
--                 max_unknown_moderate relevant facts unknown
--   not_eligible  a hard rule excludes the applicant (any 'exclude' reason)
--
-- NULL in a fact column means the program's pages did not say: never "no". Every fact comes
-- with the page (…_evidence_url) and the sentence (…_evidence_text) that state it.
--
-- Facts read from the long facts table (so this file does not depend on programs columns
-- that newer warehouses add): ecfmg_deadline (application | interview | rank_list | match |
-- training_start), clinical_recency_max_years (last clinical activity at most N years
-- before the Match), grad_year_min (graduated in that year or later).
--
-- A visa condition ("only if Step 3 is passed before the rank list") is read here as what it
-- asks: Step 3 (needs_step3), a Step 2 CK score (score_min: a number 160–299 in a condition
-- about scores), and by when (deadline: rank_list | match | interview | application, else
-- training_start, the latest it can be); the rules judge it against the profile's step3 and
-- score on the season's days (queries.SeasonOf). A refusal of both visas in a sentence naming
-- citizens, permanent residents or green cards ("citizens and permanent residents only") is
-- citizens_pr_only; permanent_residents_named says whether the sentence opens the program to
-- permanent residents too.
--
-- Parameters (bound by queries, never spliced into the text) narrow the programs read: JSON
-- arrays of warehouse program ids and of lower-case specialty names; [] reads every program.
WITH params AS (
    SELECT
        from_json($program_ids::VARCHAR, '["VARCHAR"]') AS program_ids,
        from_json($specialties::VARCHAR, '["VARCHAR"]') AS specialties
),
-- Facts newer than the programs contract, one row per program.
extra AS (
    SELECT
        program_id,
        any_value(value_text)    FILTER (WHERE field = 'ecfmg_deadline')             AS ecfmg_deadline,
        any_value(evidence_url)  FILTER (WHERE field = 'ecfmg_deadline')             AS ecfmg_deadline_evidence_url,
        any_value(evidence_text) FILTER (WHERE field = 'ecfmg_deadline')             AS ecfmg_deadline_evidence_text,
        any_value(value_num)     FILTER (WHERE field = 'clinical_recency_max_years') AS clinical_recency_max_years,
        any_value(evidence_url)  FILTER (WHERE field = 'clinical_recency_max_years') AS clinical_recency_max_years_evidence_url,
        any_value(evidence_text) FILTER (WHERE field = 'clinical_recency_max_years') AS clinical_recency_max_years_evidence_text,
        any_value(value_num)     FILTER (WHERE field = 'grad_year_min')              AS grad_year_min,
        any_value(evidence_url)  FILTER (WHERE field = 'grad_year_min')              AS grad_year_min_evidence_url,
        any_value(evidence_text) FILTER (WHERE field = 'grad_year_min')              AS grad_year_min_evidence_text
    FROM facts
    WHERE field IN ('ecfmg_deadline', 'clinical_recency_max_years', 'grad_year_min')
    GROUP BY program_id
),
p AS (
    SELECT
        pr.program_id, pr.name, pr.specialty, pr.city, pr.state, pr.url,
        array_to_string(pr.nrmp_codes, ';') AS nrmp_codes,
        pr.pd_name, pr.pd_email, pr.coordinator_name, pr.coordinator_email, pr.phone,
        pr.img_share, pr.img_share_source, pr.residents_total, pr.residents_img, pr.img_share_evidence_url,
        -- a roster has no sentence; a stated share has the one that states the count
        CASE WHEN pr.img_share_source = 'stated' THEN pr.img_count_evidence_text END AS img_share_evidence_text,
        pr.visa_j1, pr.visa_j1_evidence_url, pr.visa_j1_evidence_text, pr.visa_j1_condition,
        pr.visa_h1b, pr.visa_h1b_evidence_url, pr.visa_h1b_evidence_text, pr.visa_h1b_condition,
        nullif(trim(pr.visa_j1_condition), '') AS j1_cond,
        nullif(trim(pr.visa_h1b_condition), '') AS h1b_cond,
        pr.yog_max_years, pr.yog_max_years_evidence_url, pr.yog_max_years_evidence_text,
        pr.yog_preferred_max_years, pr.yog_preferred_max_years_evidence_url, pr.yog_preferred_max_years_evidence_text,
        pr.yog_no_limit, pr.yog_no_limit_evidence_url, pr.yog_no_limit_evidence_text,
        pr.yog_counted_to,
        pr.step1_pass_required, pr.step1_pass_required_evidence_url, pr.step1_pass_required_evidence_text,
        pr.step1_min, pr.step1_min_evidence_url, pr.step1_min_evidence_text,
        pr.step2ck_min, pr.step2ck_min_evidence_url, pr.step2ck_min_evidence_text,
        pr.step2ck_preferred_min, pr.step2ck_preferred_min_evidence_url, pr.step2ck_preferred_min_evidence_text,
        pr.comlex2_min, pr.comlex2_min_evidence_url, pr.comlex2_min_evidence_text,
        pr.attempts_max, pr.attempts_max_evidence_url, pr.attempts_max_evidence_text,
        pr.usce_requirement, pr.usce_requirement_evidence_url, pr.usce_requirement_evidence_text,
        pr.usce_months,
        -- a number of months is quoted from its own sentence when one states it
        coalesce(pr.usce_months_evidence_url, pr.usce_requirement_evidence_url) AS usce_months_evidence_url,
        CASE WHEN pr.usce_months_evidence_url IS NOT NULL THEN pr.usce_months_evidence_text
             ELSE pr.usce_requirement_evidence_text END AS usce_months_evidence_text,
        pr.usce_observership_ok, pr.usce_observership_ok_evidence_url, pr.usce_observership_ok_evidence_text,
        extra.* EXCLUDE (program_id),
        -- "citizens and permanent residents only": both visas refused by a sentence about citizenship.
        coalesce(pr.visa_j1 IS FALSE AND pr.visa_h1b IS FALSE
            AND regexp_matches(lower(concat_ws(' ', pr.visa_j1_evidence_text, pr.visa_h1b_evidence_text)),
                               'citizen|permanent resident|green card'), false)
            AS citizens_pr_only,
        regexp_matches(lower(concat_ws(' ', pr.visa_j1_evidence_text, pr.visa_h1b_evidence_text)),
                       'permanent resident|green card')
            AS permanent_residents_named,
        -- the page and sentence of a refusal (the J-1's when it is refused)
        CASE WHEN pr.visa_j1 IS FALSE THEN pr.visa_j1_evidence_url ELSE pr.visa_h1b_evidence_url END
            AS visa_refusal_url,
        CASE WHEN pr.visa_j1 IS FALSE THEN pr.visa_j1_evidence_text ELSE pr.visa_h1b_evidence_text END
            AS visa_refusal_text
    FROM programs pr
    CROSS JOIN params
    LEFT JOIN extra ON extra.program_id = pr.program_id
    WHERE (len(params.program_ids) = 0 OR pr.program_id IN (SELECT unnest(program_ids) FROM params))
      AND (len(params.specialties) = 0 OR lower(pr.specialty) IN (SELECT unnest(specialties) FROM params))
),
-- Each visa's condition on a row of its own, so one reading serves both visas.
conds AS (
    SELECT program_id, 'j1' AS visa, j1_cond AS cond FROM p WHERE j1_cond IS NOT NULL
    UNION ALL
    SELECT program_id, 'h1b' AS visa, h1b_cond AS cond FROM p WHERE h1b_cond IS NOT NULL
),
-- What a condition asks (Step 3, a score) and by when.
asks AS (
    SELECT
        program_id, visa,
        regexp_matches(lower(cond), '\bstep\s*(3|iii|three)\b|\busmle\s*3\b') AS needs_step3,
        CASE WHEN regexp_matches(lower(cond), 'score|step|usmle|\bck\b')
             THEN TRY_CAST(regexp_extract(cond, '\b(1[6-9][0-9]|2[0-9][0-9])\b', 1) AS INTEGER) END AS score_min,
        CASE WHEN regexp_matches(lower(cond), 'rank') THEN 'rank_list'
             WHEN regexp_matches(lower(cond), '\bmatch') THEN 'match'
             WHEN regexp_matches(lower(cond), 'interview') THEN 'interview'
             WHEN regexp_matches(lower(cond), 'apply|application|submi') THEN 'application'
             ELSE 'training_start' END AS deadline
    FROM conds
)
SELECT
    p.*,
    j1.needs_step3 AS j1_needs_step3, j1.score_min AS j1_score_min, j1.deadline AS j1_deadline,
    h1b.needs_step3 AS h1b_needs_step3, h1b.score_min AS h1b_score_min, h1b.deadline AS h1b_deadline
FROM p
LEFT JOIN asks j1 ON j1.program_id = p.program_id AND j1.visa = 'j1'
LEFT JOIN asks h1b ON h1b.program_id = p.program_id AND h1b.visa = 'h1b'
ORDER BY p.program_id;
