-- tier.sql: sorts every program into a tier for one applicant, with the reasons.
--
-- Tiers (tier_rank):
--   1 high          IMG share ≥ $img_share_high, the needed visa is confirmed (a conditional
--                   visa only when the applicant meets its condition), no soft preference
--                   missed, at most $max_unknown_high relevant facts unknown
--   2 moderate      eligible, neither high nor reach
--   3 reach         IMG share known and < $img_share_moderate, or more than
--                   $max_concerns_moderate soft preferences missed, or more than
--                   $max_unknown_moderate relevant facts unknown
--   4 not_eligible  a hard rule excludes the applicant (any 'exclude' reason)
--
-- Every reason is {kind, text, url, evidence}: kind is exclude | concern | unknown | plus |
-- info; text is the reason alone ("H-1B not sponsored"); url and evidence are the page and
-- the sentence that state the fact (NULL when no page does). queries renders them
-- (--evidence text|url|none). NULL in a fact column means the program's pages did not say:
-- never "no".
--
-- Which year counts. Years since graduation are counted to the coming Match ($match_year,
-- chosen by the season: after Match Day, the next one) unless the program says otherwise:
-- to the application (September of the year before the Match: one year fewer) or to the
-- start of training (July of the Match year). Every YOG reason says what it counted to
-- ("you are at 8 by the 2027 Match").
--
-- Step 3, ECFMG and conditional visas. A visa offered with a condition counts for the
-- applicant only when the profile meets the condition, and the reason says which condition
-- decided: a Step 3 condition ("only if Step 3 passed before the rank list") is met by
-- step3 passed, or scheduled early enough that the result ($step3_result_days later)
-- arrives by the deadline the condition names (application, interview, rank order list,
-- Match; none named: the start of training, the latest it can be); a score condition
-- ("Step 2 CK above 250") by the applicant's Step 2 CK. An unmet condition weighs like a
-- refusal; a Step 3 status the profile does not state, or a condition the profile cannot
-- answer ("already on an H-1B"), is 'unknown'. An ECFMG certification deadline (fact
-- ecfmg_deadline) is met by ecfmg_certified yes, or an expected day on or before it;
-- expected after it excludes. The deadlines' days are bound from queries.SeasonOf.
--
-- Facts read from the long facts table (so this file does not depend on programs columns
-- that newer warehouses add): ecfmg_deadline (application | interview | rank_list | match |
-- training_start), clinical_recency_max_years (last clinical activity at most N years
-- before the Match), grad_year_min (graduated in that year or later).
--
-- Visas and citizenship: the tier reads visa_needed. An applicant who needs no visa (a US
-- citizen or permanent resident, US-IMGs included — the profile forces visa_needed none for
-- them) is never marked down for a program's visa policy: a refused J-1 or H-1B is an 'info'
-- reason saying it does not affect them. A page that refuses both visas in a sentence naming
-- citizens, permanent residents or green cards ("citizens and permanent residents only";
-- extract records it as J-1 and H-1B both false, the sentence is the evidence text) is open
-- to US citizens, and to permanent residents when the sentence names them: 'info' for those,
-- a 'concern' for a permanent resident when only citizens are named and for a non-US
-- applicant who needs no visa (EAD and the like). An applicant who needs a visa is excluded
-- by such a program through the J-1 / H-1B rules, as by any program that offers neither.
--
-- Geography orders programs within a tier and never changes it: a state the applicant
-- listed is "in your preferred states", a state reached only through a listed region is
-- "in your preferred region (Midwest)".
--
-- Parameters (all bound by queries.Programs, never spliced into the text). The last two
-- narrow the programs tiered: they hold warehouse program ids and specialty names only.
WITH params AS (
    SELECT
        $match_year::INTEGER               AS match_year,           -- the Match the applicant prepares for
        $graduation_year::INTEGER          AS graduation_year,
        $clinical_last_year::INTEGER       AS clinical_last_year,   -- NULL: not stated
        $visa_needed::VARCHAR              AS visa_needed,          -- none | j1 | h1b | j1_or_h1b
        $citizenship::VARCHAR              AS citizenship,          -- us | permanent_resident | non_us
        $us_img::BOOLEAN                   AS us_img,               -- studied abroad; only the reasons' wording reads it
        $step1_passed::BOOLEAN             AS step1_passed,
        $step1_score::INTEGER              AS step1_score,          -- NULL: none (pass/fail era)
        $step2ck_score::INTEGER            AS step2ck_score,        -- NULL: not taken
        $comlex2_score::INTEGER            AS comlex2_score,        -- NULL: not taken
        $failed_attempts::INTEGER          AS failed_attempts,      -- most failures on one exam
        $step3_status::VARCHAR             AS step3_status,         -- '' (not stated) | not_taken | scheduled | passed
        $step3_date::DATE                  AS step3_date,           -- the scheduled day, else NULL
        $step3_result_days::INTEGER        AS step3_result_days,    -- days from a Step 3 exam to its result
        $ecfmg_status::VARCHAR             AS ecfmg_status,         -- '' (not stated) | not_certified | expected | certified
        $ecfmg_date::DATE                  AS ecfmg_date,           -- the expected day, else NULL
        $application_day::DATE             AS application_day,      -- the season's days (queries.SeasonOf)
        $interview_day::DATE               AS interview_day,
        $rank_list_day::DATE               AS rank_list_day,
        $match_day::DATE                   AS match_day,
        $training_start_day::DATE          AS training_start_day,
        $usce_hands_on_months::DOUBLE      AS usce_hands_on_months,
        $usce_observership_months::DOUBLE  AS usce_observership_months,
        string_split($preferred_states::VARCHAR, ',') AS preferred_states, -- every preferred state, regions' included: 'NY,NJ' or ''
        string_split($listed_states::VARCHAR, ',')    AS listed_states,    -- the states the profile lists itself
        from_json($region_states::VARCHAR, '[{"state":"VARCHAR","region":"VARCHAR"}]') AS region_states, -- states of listed regions
        $img_share_high::DOUBLE            AS img_share_high,
        $img_share_moderate::DOUBLE        AS img_share_moderate,
        $max_unknown_high::INTEGER         AS max_unknown_high,
        $max_unknown_moderate::INTEGER     AS max_unknown_moderate,
        $max_concerns_moderate::INTEGER    AS max_concerns_moderate,
        from_json($program_ids::VARCHAR, '["VARCHAR"]') AS program_ids,  -- JSON array; [] = every program
        from_json($specialties::VARCHAR, '["VARCHAR"]') AS specialties   -- JSON array, lower case; [] = all
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
        pr.*,
        extra.* EXCLUDE (program_id),
        params.*,
        -- Years since graduation, counted to what the program counts to (default: the Match).
        greatest(0, match_year - graduation_year
                    - CASE WHEN pr.yog_counted_to = 'application' THEN 1 ELSE 0 END) AS years_counted,
        CASE pr.yog_counted_to
            WHEN 'application' THEN 'by your application (' || (match_year - 1) || ')'
            WHEN 'training_start' THEN 'by the start of training (July ' || match_year || ')'
            ELSE 'by the ' || match_year || ' Match'
        END AS years_counted_to,
        -- Observerships count unless the program says they do not.
        usce_hands_on_months + CASE WHEN pr.usce_observership_ok IS FALSE THEN 0 ELSE usce_observership_months END
            AS usce_counted,
        CASE WHEN pr.usce_observership_ok IS FALSE AND usce_observership_months > 0
             THEN ' hands-on (observerships not accepted)' ELSE '' END
            AS usce_note,
        nullif(trim(pr.visa_j1_condition), '') AS j1_cond,
        nullif(trim(pr.visa_h1b_condition), '') AS h1b_cond,
        -- "citizens and permanent residents only": both visas refused by a sentence about citizenship.
        pr.visa_j1 IS FALSE AND pr.visa_h1b IS FALSE
            AND regexp_matches(lower(concat_ws(' ', pr.visa_j1_evidence_text, pr.visa_h1b_evidence_text)),
                               'citizen|permanent resident|green card')
            AS citizens_pr_only,
        regexp_matches(lower(concat_ws(' ', pr.visa_j1_evidence_text, pr.visa_h1b_evidence_text)),
                       'permanent resident|green card')
            AS permanent_residents_named,
        CASE WHEN regexp_matches(lower(concat_ws(' ', pr.visa_j1_evidence_text, pr.visa_h1b_evidence_text)),
                                 'permanent resident|green card')
             THEN ' (open only to US citizens and permanent residents)' ELSE ' (open only to US citizens)' END
            AS citizens_note,
        CASE citizenship
            WHEN 'us' THEN CASE WHEN us_img THEN 'a US citizen who studied abroad (US-IMG)' ELSE 'a US citizen' END
            WHEN 'permanent_resident' THEN CASE WHEN us_img THEN 'a permanent resident who studied abroad (US-IMG)' ELSE 'a permanent resident' END
        END AS you_are,                 -- NULL for a non-US applicant
        CASE WHEN pr.visa_j1 IS FALSE THEN pr.visa_j1_evidence_url ELSE pr.visa_h1b_evidence_url END
            AS visa_refusal_url,
        CASE WHEN pr.visa_j1 IS FALSE THEN pr.visa_j1_evidence_text ELSE pr.visa_h1b_evidence_text END
            AS visa_refusal_text,
        CASE WHEN list_contains(listed_states, pr.state) THEN 'in your preferred states (' || pr.state || ')'
             WHEN list_contains(preferred_states, pr.state) THEN 'in your preferred region ('
                  || upper(left(list_filter(region_states, x -> x.state = pr.state)[1].region, 1))
                  || substr(list_filter(region_states, x -> x.state = pr.state)[1].region, 2) || ': ' || pr.state || ')'
        END AS geography
    -- programs without the columns of the facts read from the facts table
    -- (warehouses from schema version 6 on have them too), so that each
    -- name is the extra's alone
    FROM (SELECT COLUMNS(c -> c NOT IN ('ecfmg_deadline', 'ecfmg_deadline_evidence_url', 'ecfmg_deadline_evidence_text',
            'clinical_recency_max_years', 'clinical_recency_max_years_evidence_url', 'clinical_recency_max_years_evidence_text',
            'grad_year_min', 'grad_year_min_evidence_url', 'grad_year_min_evidence_text')) FROM programs) pr
    CROSS JOIN params
    LEFT JOIN extra ON extra.program_id = pr.program_id
    WHERE (len(params.program_ids) = 0 OR pr.program_id IN (SELECT unnest(program_ids) FROM params))
      AND (len(params.specialties) = 0 OR lower(pr.specialty) IN (SELECT unnest(specialties) FROM params))
),
-- Each visa's condition on a row of its own, so one set of rules judges both visas.
conds AS (
    SELECT program_id, 'j1' AS visa, j1_cond AS cond FROM p WHERE j1_cond IS NOT NULL
    UNION ALL
    SELECT program_id, 'h1b' AS visa, h1b_cond AS cond FROM p WHERE h1b_cond IS NOT NULL
),
-- What a condition asks (Step 3, a score) and by when; a Step 3 condition naming no time
-- is read as "by the start of training", the latest it can be.
asks AS (
    SELECT
        conds.*,
        params.*,
        regexp_matches(lower(cond), '\bstep\s*(3|iii|three)\b|\busmle\s*3\b') AS needs_step3,
        CASE WHEN regexp_matches(lower(cond), 'score|step|usmle|\bck\b')
             THEN TRY_CAST(regexp_extract(cond, '\b(1[6-9][0-9]|2[0-9][0-9])\b', 1) AS INTEGER) END AS score_min,
        CASE WHEN regexp_matches(lower(cond), 'rank') THEN rank_list_day
             WHEN regexp_matches(lower(cond), '\bmatch') THEN match_day
             WHEN regexp_matches(lower(cond), 'interview') THEN interview_day
             WHEN regexp_matches(lower(cond), 'apply|application|submi') THEN application_day
             ELSE training_start_day END AS deadline
    FROM conds CROSS JOIN params
),
-- Whether the applicant meets it: met | unmet | unknown (the profile does not say) |
-- unchecked (the profile cannot answer it), and what decided, in words.
judged AS (
    SELECT
        program_id, visa,
        CASE WHEN needs_step3 THEN CASE
                  WHEN step3_status = 'passed' THEN 'met'
                  WHEN step3_status = 'scheduled' AND step3_date + step3_result_days <= deadline THEN 'met'
                  WHEN step3_status IN ('scheduled', 'not_taken') THEN 'unmet'
                  ELSE 'unknown' END
             WHEN score_min IS NOT NULL THEN CASE WHEN coalesce(step2ck_score, 0) >= score_min THEN 'met' ELSE 'unmet' END
             ELSE 'unchecked' END AS state,
        CASE WHEN needs_step3 THEN CASE step3_status
                  WHEN 'passed' THEN 'you passed Step 3'
                  WHEN 'scheduled' THEN 'your Step 3 on ' || strftime(step3_date, '%Y-%m-%d') || ' (result about '
                       || strftime(step3_date + step3_result_days, '%Y-%m-%d') || ')'
                       || CASE WHEN step3_date + step3_result_days <= deadline THEN ' is in time' ELSE ' is too late' END
                       || ' for the deadline (about ' || strftime(deadline, '%Y-%m-%d') || ')'
                  WHEN 'not_taken' THEN 'you have not taken Step 3 (deadline about ' || strftime(deadline, '%Y-%m-%d') || ')'
                  ELSE 'your profile does not say whether you passed Step 3 (add step3: passed, not_taken or the day it is scheduled)' END
             WHEN score_min IS NOT NULL THEN 'you have ' || coalesce('Step 2 CK ' || step2ck_score, 'no Step 2 CK score')
             ELSE 'your profile cannot tell whether this applies to you: ask the program' END AS decided
    FROM asks
),
-- The ECFMG certification deadline as a day and in words.
dated AS (
    SELECT
        p.*,
        j1.state AS j1_cond_state, j1.decided AS j1_decided,
        h1b.state AS h1b_cond_state, h1b.decided AS h1b_decided,
        CASE ecfmg_deadline WHEN 'application' THEN application_day WHEN 'interview' THEN interview_day
             WHEN 'rank_list' THEN rank_list_day WHEN 'match' THEN match_day
             WHEN 'training_start' THEN training_start_day END AS ecfmg_day,
        CASE ecfmg_deadline
             WHEN 'application' THEN 'your application (programs see applications from about ' || strftime(application_day, '%Y-%m-%d') || ')'
             WHEN 'interview' THEN 'interviews (from about ' || strftime(interview_day, '%Y-%m-%d') || ')'
             WHEN 'rank_list' THEN 'the ' || match_year || ' rank order list deadline (about ' || strftime(rank_list_day, '%Y-%m-%d') || ')'
             WHEN 'match' THEN 'the ' || match_year || ' Match (' || strftime(match_day, '%Y-%m-%d') || ')'
             WHEN 'training_start' THEN 'the start of training (' || strftime(training_start_day, '%Y-%m-%d') || ')'
        END AS ecfmg_label
    FROM p
    LEFT JOIN judged j1 ON j1.program_id = p.program_id AND j1.visa = 'j1'
    LEFT JOIN judged h1b ON h1b.program_id = p.program_id AND h1b.visa = 'h1b'
),
v AS (
    SELECT
        dated.*,
        -- a visa counts for the applicant when offered without a condition or with one met
        visa_j1 IS TRUE AND coalesce(j1_cond_state, 'met') = 'met' AS j1_ok,
        visa_h1b IS TRUE AND coalesce(h1b_cond_state, 'met') = 'met' AS h1b_ok,
        -- refused outright, or offered on a condition the applicant does not meet
        visa_j1 IS FALSE OR (visa_j1 IS TRUE AND j1_cond_state = 'unmet') AS j1_closed,
        visa_h1b IS FALSE OR (visa_h1b IS TRUE AND h1b_cond_state = 'unmet') AS h1b_closed
    FROM dated
),
q AS (
    SELECT
        v.*,
        CASE visa_needed
            WHEN 'none' THEN TRUE
            WHEN 'j1' THEN j1_ok
            WHEN 'h1b' THEN h1b_ok
            WHEN 'j1_or_h1b' THEN j1_ok OR h1b_ok
        END AS visa_confirmed
    FROM v
),
r AS (
    SELECT
        q.*,
        list_filter([
            -- visa -----------------------------------------------------------------
            CASE WHEN visa_needed IN ('j1', 'j1_or_h1b') AND visa_j1 IS FALSE THEN {
                'kind': CASE WHEN visa_needed = 'j1' OR h1b_closed THEN 'exclude' ELSE 'concern' END,
                'text': 'J-1 not accepted' || CASE WHEN citizens_pr_only THEN citizens_note ELSE '' END,
                'url': visa_j1_evidence_url, 'evidence': visa_j1_evidence_text} END,
            CASE WHEN visa_needed IN ('h1b', 'j1_or_h1b') AND visa_h1b IS FALSE THEN {
                'kind': CASE WHEN visa_needed = 'h1b' OR j1_closed THEN 'exclude' ELSE 'concern' END,
                'text': 'H-1B not sponsored' || CASE WHEN citizens_pr_only THEN citizens_note ELSE '' END,
                'url': visa_h1b_evidence_url, 'evidence': visa_h1b_evidence_text} END,
            CASE WHEN visa_needed IN ('j1', 'j1_or_h1b') AND visa_j1 IS TRUE THEN {
                'kind': CASE coalesce(j1_cond_state, 'met')
                            WHEN 'met' THEN 'plus'
                            WHEN 'unmet' THEN CASE WHEN visa_needed = 'j1' OR h1b_closed THEN 'exclude' ELSE 'concern' END
                            ELSE 'unknown' END,
                'text': 'J-1 accepted' || coalesce(' (' || j1_cond || ')', '') || coalesce(': ' || j1_decided, ''),
                'url': visa_j1_evidence_url, 'evidence': visa_j1_evidence_text} END,
            CASE WHEN visa_needed IN ('h1b', 'j1_or_h1b') AND visa_h1b IS TRUE THEN {
                'kind': CASE coalesce(h1b_cond_state, 'met')
                            WHEN 'met' THEN 'plus'
                            WHEN 'unmet' THEN CASE WHEN visa_needed = 'h1b' OR j1_closed THEN 'exclude' ELSE 'concern' END
                            ELSE 'unknown' END,
                'text': 'H-1B sponsored' || coalesce(' (' || h1b_cond || ')', '') || coalesce(': ' || h1b_decided, ''),
                'url': visa_h1b_evidence_url, 'evidence': visa_h1b_evidence_text} END,
            CASE WHEN (visa_needed = 'j1' OR (visa_needed = 'j1_or_h1b' AND NOT h1b_ok))
                      AND visa_j1 IS NULL THEN {
                'kind': 'unknown', 'text': 'J-1 policy not stated', 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR} END,
            CASE WHEN (visa_needed = 'h1b' OR (visa_needed = 'j1_or_h1b' AND NOT j1_ok))
                      AND visa_h1b IS NULL THEN {
                'kind': 'unknown', 'text': 'H-1B policy not stated', 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR} END,
            -- no visa needed: visa policy never counts against; citizenship may --------
            CASE WHEN visa_needed = 'none' AND citizens_pr_only
                      AND (citizenship = 'us' OR (citizenship = 'permanent_resident' AND permanent_residents_named)) THEN {
                'kind': 'info',
                'text': CASE WHEN permanent_residents_named THEN 'open only to US citizens and permanent residents'
                             ELSE 'open only to US citizens' END
                        || ': you qualify as ' || you_are,
                'url': visa_refusal_url, 'evidence': visa_refusal_text}
                 WHEN visa_needed = 'none' AND citizens_pr_only AND citizenship = 'permanent_resident' THEN {
                'kind': 'concern',
                'text': 'its page names only US citizens as eligible: ask whether permanent residents are considered',
                'url': visa_refusal_url, 'evidence': visa_refusal_text}
                 WHEN visa_needed = 'none' AND citizens_pr_only THEN {
                'kind': 'concern',
                'text': 'open only to US citizens and permanent residents, and your profile says you are neither: ask whether your status qualifies',
                'url': visa_refusal_url, 'evidence': visa_refusal_text}
                 WHEN visa_needed = 'none' AND (visa_j1 IS FALSE OR visa_h1b IS FALSE) THEN {
                'kind': 'info',
                'text': CASE WHEN visa_j1 IS FALSE AND visa_h1b IS FALSE THEN 'J-1 not accepted and H-1B not sponsored'
                             WHEN visa_j1 IS FALSE THEN 'J-1 not accepted' ELSE 'H-1B not sponsored' END
                        || ': does not affect you, '
                        || coalesce('as ' || you_are || ' you need no visa', 'your profile says you need no visa'),
                'url': visa_refusal_url, 'evidence': visa_refusal_text} END,
            -- ECFMG certification deadline ------------------------------------------
            CASE WHEN ecfmg_day IS NOT NULL THEN {
                'kind': CASE WHEN ecfmg_status = 'certified' THEN 'plus'
                             WHEN ecfmg_status = 'expected' AND ecfmg_date <= ecfmg_day THEN 'plus'
                             WHEN ecfmg_status = 'expected' THEN 'exclude'
                             WHEN ecfmg_status = 'not_certified' THEN 'concern'
                             ELSE 'unknown' END,
                'text': 'ECFMG certification required by ' || ecfmg_label || ': '
                        || CASE WHEN ecfmg_status = 'certified' THEN 'you are certified'
                                WHEN ecfmg_status = 'expected' THEN 'you expect it on ' || strftime(ecfmg_date, '%Y-%m-%d')
                                     || CASE WHEN ecfmg_date <= ecfmg_day THEN ', in time' ELSE ', too late' END
                                WHEN ecfmg_status = 'not_certified' THEN 'you are not certified yet (add the day you expect it to your profile)'
                                ELSE 'your profile does not say (add ecfmg_certified: yes, no or the day you expect it)' END,
                'url': ecfmg_deadline_evidence_url, 'evidence': ecfmg_deadline_evidence_text} END,
            -- year of graduation ---------------------------------------------------
            CASE WHEN yog_max_years IS NOT NULL THEN {
                'kind': CASE WHEN years_counted > yog_max_years THEN 'exclude' ELSE 'plus' END,
                'text': 'YOG limit ' || printf('%g', yog_max_years) || CASE WHEN yog_max_years = 1 THEN ' year' ELSE ' years' END
                        || ', you are at ' || years_counted || ' ' || years_counted_to,
                'url': yog_max_years_evidence_url, 'evidence': yog_max_years_evidence_text} END,
            CASE WHEN yog_preferred_max_years IS NOT NULL AND years_counted > yog_preferred_max_years THEN {
                'kind': 'concern',
                'text': 'prefers graduates within ' || printf('%g', yog_preferred_max_years)
                        || CASE WHEN yog_preferred_max_years = 1 THEN ' year' ELSE ' years' END
                        || ', you are at ' || years_counted || ' ' || years_counted_to,
                'url': yog_preferred_max_years_evidence_url, 'evidence': yog_preferred_max_years_evidence_text} END,
            CASE WHEN grad_year_min IS NOT NULL THEN {
                'kind': CASE WHEN graduation_year >= grad_year_min THEN 'plus' ELSE 'exclude' END,
                'text': 'graduates of ' || printf('%g', grad_year_min) || ' or later, you graduated in ' || graduation_year,
                'url': grad_year_min_evidence_url, 'evidence': grad_year_min_evidence_text} END,
            CASE WHEN yog_no_limit IS TRUE AND yog_max_years IS NULL THEN {
                'kind': 'plus',
                'text': 'no YOG cutoff',
                'url': yog_no_limit_evidence_url, 'evidence': yog_no_limit_evidence_text} END,
            CASE WHEN yog_max_years IS NULL AND yog_preferred_max_years IS NULL AND yog_no_limit IS NULL
                      AND grad_year_min IS NULL THEN {
                'kind': 'unknown', 'text': 'YOG policy not stated', 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR} END,
            -- recency of clinical activity (the graduation year stands in when the profile has no clinical_last_year)
            CASE WHEN clinical_recency_max_years IS NOT NULL THEN {
                'kind': CASE WHEN match_year - coalesce(clinical_last_year, graduation_year) <= clinical_recency_max_years THEN 'plus'
                             WHEN clinical_last_year IS NULL THEN 'unknown'
                             ELSE 'exclude' END,
                'text': 'clinical activity within ' || printf('%g', clinical_recency_max_years)
                        || CASE WHEN clinical_recency_max_years = 1 THEN ' year' ELSE ' years' END || ' required, '
                        || CASE WHEN clinical_last_year IS NOT NULL
                                THEN 'your last was in ' || clinical_last_year || ': '
                                     || greatest(0, match_year - clinical_last_year)
                                     || CASE WHEN match_year - clinical_last_year = 1 THEN ' year' ELSE ' years' END
                                     || ' by the ' || match_year || ' Match'
                                WHEN match_year - graduation_year <= clinical_recency_max_years
                                THEN 'you graduated in ' || graduation_year || ': ' || greatest(0, match_year - graduation_year)
                                     || CASE WHEN match_year - graduation_year = 1 THEN ' year' ELSE ' years' END
                                     || ' by the ' || match_year || ' Match'
                                ELSE 'your profile does not say when your last clinical work was (add clinical_last_year)' END,
                'url': clinical_recency_max_years_evidence_url, 'evidence': clinical_recency_max_years_evidence_text} END,
            -- USMLE Step 1 -----------------------------------------------------------
            CASE WHEN step1_pass_required IS TRUE AND NOT step1_passed THEN {
                'kind': 'exclude',
                'text': 'Step 1 pass required, you have not passed',
                'url': step1_pass_required_evidence_url, 'evidence': step1_pass_required_evidence_text} END,
            CASE WHEN step1_min IS NOT NULL AND step1_score IS NOT NULL AND step1_score < step1_min THEN {
                'kind': 'exclude',
                'text': 'Step 1 minimum ' || printf('%g', step1_min) || ', you have ' || step1_score,
                'url': step1_min_evidence_url, 'evidence': step1_min_evidence_text} END,
            -- USMLE Step 2 CK / COMLEX Level 2 --------------------------------------
            CASE WHEN step2ck_min IS NOT NULL THEN {
                'kind': CASE WHEN coalesce(step2ck_score, 0) < step2ck_min THEN 'exclude' ELSE 'plus' END,
                'text': 'Step 2 CK minimum ' || printf('%g', step2ck_min) || ', you have '
                        || coalesce(CAST(step2ck_score AS VARCHAR), 'no score'),
                'url': step2ck_min_evidence_url, 'evidence': step2ck_min_evidence_text} END,
            CASE WHEN step2ck_preferred_min IS NOT NULL AND coalesce(step2ck_score, 0) < step2ck_preferred_min THEN {
                'kind': 'concern',
                'text': 'prefers Step 2 CK ≥ ' || printf('%g', step2ck_preferred_min) || ', you have '
                        || coalesce(CAST(step2ck_score AS VARCHAR), 'no score'),
                'url': step2ck_preferred_min_evidence_url, 'evidence': step2ck_preferred_min_evidence_text} END,
            CASE WHEN step2ck_min IS NULL AND step2ck_preferred_min IS NULL THEN {
                'kind': 'unknown', 'text': 'Step 2 CK requirement not stated', 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR} END,
            CASE WHEN comlex2_min IS NOT NULL AND comlex2_score IS NOT NULL AND comlex2_score < comlex2_min THEN {
                'kind': 'exclude',
                'text': 'COMLEX Level 2 minimum ' || printf('%g', comlex2_min) || ', you have ' || comlex2_score,
                'url': comlex2_min_evidence_url, 'evidence': comlex2_min_evidence_text} END,
            -- attempts (only matter to an applicant who has failed an exam) ----------
            CASE WHEN attempts_max IS NOT NULL AND failed_attempts > 0 THEN {
                'kind': CASE WHEN failed_attempts + 1 > attempts_max THEN 'exclude' ELSE 'plus' END,
                'text': CASE WHEN attempts_max = 1 THEN 'first attempt only'
                             ELSE 'at most ' || printf('%g', attempts_max) || ' attempts' END
                        || ', you have ' || failed_attempts || ' failed attempt' || CASE WHEN failed_attempts = 1 THEN '' ELSE 's' END,
                'url': attempts_max_evidence_url, 'evidence': attempts_max_evidence_text} END,
            CASE WHEN attempts_max IS NULL AND failed_attempts > 0 THEN {
                'kind': 'unknown', 'text': 'attempt limit not stated', 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR} END,
            -- US clinical experience --------------------------------------------------
            CASE WHEN usce_requirement = 'required' AND usce_hands_on_months = 0 AND usce_observership_months > 0
                      AND usce_observership_ok IS FALSE THEN {
                'kind': 'exclude',
                'text': 'hands-on USCE required (observerships not accepted), you have only observerships',
                'url': usce_observership_ok_evidence_url, 'evidence': usce_observership_ok_evidence_text}
                 WHEN usce_requirement = 'required' AND usce_counted = 0 THEN {
                'kind': 'exclude',
                'text': 'USCE required, you have none',
                'url': usce_requirement_evidence_url, 'evidence': usce_requirement_evidence_text}
                 WHEN usce_requirement = 'required' AND usce_months IS NOT NULL AND usce_counted < usce_months THEN {
                'kind': 'exclude',
                'text': printf('%g', usce_months) || ' months of USCE required, you have ' || printf('%g', usce_counted) || ' months' || usce_note,
                'url': coalesce(usce_months_evidence_url, usce_requirement_evidence_url),
                'evidence': CASE WHEN usce_months_evidence_url IS NOT NULL THEN usce_months_evidence_text ELSE usce_requirement_evidence_text END}
                 WHEN usce_requirement = 'required' THEN {
                'kind': 'plus',
                'text': 'USCE required, you have ' || printf('%g', usce_counted) || ' months' || usce_note,
                'url': usce_requirement_evidence_url, 'evidence': usce_requirement_evidence_text}
                 WHEN usce_requirement = 'preferred' AND (usce_counted = 0 OR usce_counted < coalesce(usce_months, 0)) THEN {
                'kind': 'concern',
                'text': 'USCE preferred' || coalesce(' (' || printf('%g', usce_months) || ' months)', '')
                        || ', you have ' || CASE WHEN usce_counted = 0 THEN 'none' ELSE printf('%g', usce_counted) || ' months' || usce_note END,
                'url': usce_requirement_evidence_url, 'evidence': usce_requirement_evidence_text}
                 WHEN usce_requirement = 'not_required' THEN {
                'kind': 'plus',
                'text': 'USCE not required',
                'url': usce_requirement_evidence_url, 'evidence': usce_requirement_evidence_text}
                 WHEN usce_requirement IS NULL THEN {
                'kind': 'unknown', 'text': 'USCE requirement not stated', 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR} END,
            -- IMG share ----------------------------------------------------------------
            CASE WHEN img_share IS NULL THEN {
                'kind': 'unknown', 'text': 'IMG share unknown', 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR}
                 ELSE {
                'kind': CASE WHEN img_share >= img_share_high THEN 'plus'
                             WHEN img_share >= img_share_moderate THEN 'info'
                             ELSE 'concern' END,
                'text': 'IMG share ' || CAST(round(img_share * 100) AS INTEGER) || '%'
                        || coalesce(CASE img_share_source
                               WHEN 'roster' THEN ' (' || residents_img || ' of ' || residents_total || ' residents on the roster)'
                               WHEN 'stated' THEN ' (as stated by the program)' END, ''),
                'url': img_share_evidence_url,
                -- a roster has no sentence; a stated share has the one that states the count
                'evidence': CASE WHEN img_share_source = 'stated' THEN img_count_evidence_text END} END,
            -- geography (ordering only, never the tier) ---------------------------------
            CASE WHEN geography IS NOT NULL THEN {
                'kind': 'info', 'text': geography, 'url': NULL::VARCHAR, 'evidence': NULL::VARCHAR} END
        ], x -> x IS NOT NULL) AS reasons
    FROM q
),
counted AS (
    SELECT
        r.*,
        len(list_filter(reasons, x -> x.kind = 'exclude')) AS exclude_count,
        len(list_filter(reasons, x -> x.kind = 'concern')) AS concern_count,
        len(list_filter(reasons, x -> x.kind = 'unknown')) AS unknown_count
    FROM r
),
tiered AS (
    SELECT
        counted.*,
        CASE
            WHEN exclude_count > 0 THEN 'not_eligible'
            WHEN img_share >= img_share_high AND visa_confirmed AND concern_count = 0
                 AND unknown_count <= max_unknown_high THEN 'high'
            WHEN img_share < img_share_moderate OR concern_count > max_concerns_moderate
                 OR unknown_count > max_unknown_moderate THEN 'reach'
            ELSE 'moderate'
        END AS tier
    FROM counted
)
SELECT
    program_id, name, specialty, city, state, url,
    array_to_string(nrmp_codes, ';') AS nrmp_codes,
    tier,
    CASE tier WHEN 'high' THEN 1 WHEN 'moderate' THEN 2 WHEN 'reach' THEN 3 ELSE 4 END AS tier_rank,
    list_contains(preferred_states, state) AS in_preferred_state,
    exclude_count, concern_count, unknown_count,
    CAST(to_json(reasons) AS VARCHAR) AS reasons,
    img_share, img_share_source, residents_total, residents_img,
    visa_j1, visa_h1b, visa_j1_condition, visa_h1b_condition,
    yog_max_years, yog_preferred_max_years, yog_no_limit,
    step2ck_min, usce_requirement,
    pd_name, pd_email, coordinator_name, coordinator_email, phone
FROM tiered
ORDER BY tier_rank, in_preferred_state DESC, img_share DESC NULLS LAST, unknown_count, name, program_id;
