-- tier.sql: sorts every program into a tier for one applicant, with the reasons.
--
-- Tiers (tier_rank):
--   1 high          IMG share ≥ $img_share_high, the needed visa is confirmed, no soft
--                   preference missed, at most $max_unknown_high relevant facts unknown
--   2 moderate      eligible, neither high nor reach
--   3 reach         IMG share known and < $img_share_moderate, or more than
--                   $max_concerns_moderate soft preferences missed, or more than
--                   $max_unknown_moderate relevant facts unknown
--   4 not_eligible  a hard rule excludes the applicant (any 'exclude' reason)
--
-- Every reason is {kind, text, url}: kind is exclude | concern | unknown | plus | info;
-- text already ends with " — evidence: URL" when the program's page states it.
-- NULL in a fact column means the program's pages did not say: never "no".
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
-- Parameters (all bound by queries.Programs, never spliced into the text). The last two
-- narrow the programs tiered: they hold warehouse program ids and specialty names only.
WITH params AS (
    SELECT
        $applicant_years::INTEGER          AS applicant_years,      -- application year - graduation year
        $visa_needed::VARCHAR              AS visa_needed,          -- none | j1 | h1b | j1_or_h1b
        $citizenship::VARCHAR              AS citizenship,          -- us | permanent_resident | non_us
        $us_img::BOOLEAN                   AS us_img,               -- studied abroad; only the reasons' wording reads it
        $step1_passed::BOOLEAN             AS step1_passed,
        $step1_score::INTEGER              AS step1_score,          -- NULL: none (pass/fail era)
        $step2ck_score::INTEGER            AS step2ck_score,        -- NULL: not taken
        $comlex2_score::INTEGER            AS comlex2_score,        -- NULL: not taken
        $failed_attempts::INTEGER          AS failed_attempts,      -- most failures on one exam
        $usce_hands_on_months::DOUBLE      AS usce_hands_on_months,
        $usce_observership_months::DOUBLE  AS usce_observership_months,
        string_split($preferred_states::VARCHAR, ',') AS preferred_states, -- 'NY,NJ' or ''
        $img_share_high::DOUBLE            AS img_share_high,
        $img_share_moderate::DOUBLE        AS img_share_moderate,
        $max_unknown_high::INTEGER         AS max_unknown_high,
        $max_unknown_moderate::INTEGER     AS max_unknown_moderate,
        $max_concerns_moderate::INTEGER    AS max_concerns_moderate,
        from_json($program_ids::VARCHAR, '["VARCHAR"]') AS program_ids,  -- JSON array; [] = every program
        from_json($specialties::VARCHAR, '["VARCHAR"]') AS specialties   -- JSON array, lower case; [] = all
),
p AS (
    SELECT
        pr.*,
        params.*,
        -- A limit counted to the Match or to the start of training reaches one year further.
        applicant_years + CASE WHEN pr.yog_counted_to IN ('match', 'training_start') THEN 1 ELSE 0 END
            AS years_counted,
        -- Observerships count unless the program says they do not.
        usce_hands_on_months + CASE WHEN pr.usce_observership_ok IS FALSE THEN 0 ELSE usce_observership_months END
            AS usce_counted,
        CASE WHEN pr.usce_observership_ok IS FALSE AND usce_observership_months > 0
             THEN ' hands-on (observerships not accepted)' ELSE '' END
            AS usce_note,
        CASE visa_needed
            WHEN 'none' THEN TRUE
            WHEN 'j1' THEN pr.visa_j1 IS TRUE
            WHEN 'h1b' THEN pr.visa_h1b IS TRUE
            WHEN 'j1_or_h1b' THEN pr.visa_j1 IS TRUE OR pr.visa_h1b IS TRUE
        END AS visa_confirmed,
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
        coalesce(CASE WHEN pr.visa_j1 IS FALSE THEN pr.visa_j1_evidence_url END, pr.visa_h1b_evidence_url)
            AS visa_refusal_url
    FROM programs pr, params
    WHERE (len(params.program_ids) = 0 OR pr.program_id IN (SELECT unnest(program_ids) FROM params))
      AND (len(params.specialties) = 0 OR lower(pr.specialty) IN (SELECT unnest(specialties) FROM params))
),
r AS (
    SELECT
        p.*,
        list_filter([
            -- visa -----------------------------------------------------------------
            CASE WHEN visa_needed IN ('j1', 'j1_or_h1b') AND visa_j1 IS FALSE THEN {
                'kind': CASE WHEN visa_needed = 'j1' OR visa_h1b IS FALSE THEN 'exclude' ELSE 'concern' END,
                'text': 'J-1 not accepted' || CASE WHEN citizens_pr_only THEN citizens_note ELSE '' END
                        || coalesce(' — evidence: ' || visa_j1_evidence_url, ''),
                'url': visa_j1_evidence_url} END,
            CASE WHEN visa_needed IN ('h1b', 'j1_or_h1b') AND visa_h1b IS FALSE THEN {
                'kind': CASE WHEN visa_needed = 'h1b' OR visa_j1 IS FALSE THEN 'exclude' ELSE 'concern' END,
                'text': 'H-1B not sponsored' || CASE WHEN citizens_pr_only THEN citizens_note ELSE '' END
                        || coalesce(' — evidence: ' || visa_h1b_evidence_url, ''),
                'url': visa_h1b_evidence_url} END,
            CASE WHEN visa_needed IN ('j1', 'j1_or_h1b') AND visa_j1 IS TRUE THEN {
                'kind': 'plus',
                'text': 'J-1 accepted' || coalesce(' (' || nullif(visa_j1_condition, '') || ')', '')
                        || coalesce(' — evidence: ' || visa_j1_evidence_url, ''),
                'url': visa_j1_evidence_url} END,
            CASE WHEN visa_needed IN ('h1b', 'j1_or_h1b') AND visa_h1b IS TRUE THEN {
                'kind': 'plus',
                'text': 'H-1B sponsored' || coalesce(' (' || nullif(visa_h1b_condition, '') || ')', '')
                        || coalesce(' — evidence: ' || visa_h1b_evidence_url, ''),
                'url': visa_h1b_evidence_url} END,
            CASE WHEN (visa_needed = 'j1' OR (visa_needed = 'j1_or_h1b' AND visa_h1b IS NOT TRUE))
                      AND visa_j1 IS NULL THEN {
                'kind': 'unknown', 'text': 'J-1 policy not stated', 'url': NULL::VARCHAR} END,
            CASE WHEN (visa_needed = 'h1b' OR (visa_needed = 'j1_or_h1b' AND visa_j1 IS NOT TRUE))
                      AND visa_h1b IS NULL THEN {
                'kind': 'unknown', 'text': 'H-1B policy not stated', 'url': NULL::VARCHAR} END,
            -- no visa needed: visa policy never counts against; citizenship may --------
            CASE WHEN visa_needed = 'none' AND citizens_pr_only
                      AND (citizenship = 'us' OR (citizenship = 'permanent_resident' AND permanent_residents_named)) THEN {
                'kind': 'info',
                'text': CASE WHEN permanent_residents_named THEN 'open only to US citizens and permanent residents'
                             ELSE 'open only to US citizens' END
                        || ': you qualify as ' || you_are
                        || coalesce(' — evidence: ' || visa_refusal_url, ''),
                'url': visa_refusal_url}
                 WHEN visa_needed = 'none' AND citizens_pr_only AND citizenship = 'permanent_resident' THEN {
                'kind': 'concern',
                'text': 'its page names only US citizens as eligible: ask whether permanent residents are considered'
                        || coalesce(' — evidence: ' || visa_refusal_url, ''),
                'url': visa_refusal_url}
                 WHEN visa_needed = 'none' AND citizens_pr_only THEN {
                'kind': 'concern',
                'text': 'open only to US citizens and permanent residents, and your profile says you are neither: ask whether your status qualifies'
                        || coalesce(' — evidence: ' || visa_refusal_url, ''),
                'url': visa_refusal_url}
                 WHEN visa_needed = 'none' AND (visa_j1 IS FALSE OR visa_h1b IS FALSE) THEN {
                'kind': 'info',
                'text': CASE WHEN visa_j1 IS FALSE AND visa_h1b IS FALSE THEN 'J-1 not accepted and H-1B not sponsored'
                             WHEN visa_j1 IS FALSE THEN 'J-1 not accepted' ELSE 'H-1B not sponsored' END
                        || ': does not affect you, '
                        || coalesce('as ' || you_are || ' you need no visa', 'your profile says you need no visa')
                        || coalesce(' — evidence: ' || visa_refusal_url, ''),
                'url': visa_refusal_url} END,
            -- year of graduation ---------------------------------------------------
            CASE WHEN yog_max_years IS NOT NULL THEN {
                'kind': CASE WHEN years_counted > yog_max_years THEN 'exclude' ELSE 'plus' END,
                'text': 'YOG limit ' || printf('%g', yog_max_years) || CASE WHEN yog_max_years = 1 THEN ' year' ELSE ' years' END
                        || ', you are at ' || years_counted
                        || coalesce(' — evidence: ' || yog_max_years_evidence_url, ''),
                'url': yog_max_years_evidence_url} END,
            CASE WHEN yog_preferred_max_years IS NOT NULL AND years_counted > yog_preferred_max_years THEN {
                'kind': 'concern',
                'text': 'prefers graduates within ' || printf('%g', yog_preferred_max_years)
                        || CASE WHEN yog_preferred_max_years = 1 THEN ' year' ELSE ' years' END
                        || ', you are at ' || years_counted
                        || coalesce(' — evidence: ' || yog_preferred_max_years_evidence_url, ''),
                'url': yog_preferred_max_years_evidence_url} END,
            CASE WHEN yog_no_limit IS TRUE AND yog_max_years IS NULL THEN {
                'kind': 'plus',
                'text': 'no YOG cutoff' || coalesce(' — evidence: ' || yog_no_limit_evidence_url, ''),
                'url': yog_no_limit_evidence_url} END,
            CASE WHEN yog_max_years IS NULL AND yog_preferred_max_years IS NULL AND yog_no_limit IS NULL THEN {
                'kind': 'unknown', 'text': 'YOG policy not stated', 'url': NULL::VARCHAR} END,
            -- USMLE Step 1 -----------------------------------------------------------
            CASE WHEN step1_pass_required IS TRUE AND NOT step1_passed THEN {
                'kind': 'exclude',
                'text': 'Step 1 pass required, you have not passed'
                        || coalesce(' — evidence: ' || step1_pass_required_evidence_url, ''),
                'url': step1_pass_required_evidence_url} END,
            CASE WHEN step1_min IS NOT NULL AND step1_score IS NOT NULL AND step1_score < step1_min THEN {
                'kind': 'exclude',
                'text': 'Step 1 minimum ' || printf('%g', step1_min) || ', you have ' || step1_score
                        || coalesce(' — evidence: ' || step1_min_evidence_url, ''),
                'url': step1_min_evidence_url} END,
            -- USMLE Step 2 CK / COMLEX Level 2 --------------------------------------
            CASE WHEN step2ck_min IS NOT NULL THEN {
                'kind': CASE WHEN coalesce(step2ck_score, 0) < step2ck_min THEN 'exclude' ELSE 'plus' END,
                'text': 'Step 2 CK minimum ' || printf('%g', step2ck_min) || ', you have '
                        || coalesce(CAST(step2ck_score AS VARCHAR), 'no score')
                        || coalesce(' — evidence: ' || step2ck_min_evidence_url, ''),
                'url': step2ck_min_evidence_url} END,
            CASE WHEN step2ck_preferred_min IS NOT NULL AND coalesce(step2ck_score, 0) < step2ck_preferred_min THEN {
                'kind': 'concern',
                'text': 'prefers Step 2 CK ≥ ' || printf('%g', step2ck_preferred_min) || ', you have '
                        || coalesce(CAST(step2ck_score AS VARCHAR), 'no score')
                        || coalesce(' — evidence: ' || step2ck_preferred_min_evidence_url, ''),
                'url': step2ck_preferred_min_evidence_url} END,
            CASE WHEN step2ck_min IS NULL AND step2ck_preferred_min IS NULL THEN {
                'kind': 'unknown', 'text': 'Step 2 CK requirement not stated', 'url': NULL::VARCHAR} END,
            CASE WHEN comlex2_min IS NOT NULL AND comlex2_score IS NOT NULL AND comlex2_score < comlex2_min THEN {
                'kind': 'exclude',
                'text': 'COMLEX Level 2 minimum ' || printf('%g', comlex2_min) || ', you have ' || comlex2_score
                        || coalesce(' — evidence: ' || comlex2_min_evidence_url, ''),
                'url': comlex2_min_evidence_url} END,
            -- attempts (only matter to an applicant who has failed an exam) ----------
            CASE WHEN attempts_max IS NOT NULL AND failed_attempts > 0 THEN {
                'kind': CASE WHEN failed_attempts + 1 > attempts_max THEN 'exclude' ELSE 'plus' END,
                'text': CASE WHEN attempts_max = 1 THEN 'first attempt only'
                             ELSE 'at most ' || printf('%g', attempts_max) || ' attempts' END
                        || ', you have ' || failed_attempts || ' failed attempt' || CASE WHEN failed_attempts = 1 THEN '' ELSE 's' END
                        || coalesce(' — evidence: ' || attempts_max_evidence_url, ''),
                'url': attempts_max_evidence_url} END,
            CASE WHEN attempts_max IS NULL AND failed_attempts > 0 THEN {
                'kind': 'unknown', 'text': 'attempt limit not stated', 'url': NULL::VARCHAR} END,
            -- US clinical experience --------------------------------------------------
            CASE WHEN usce_requirement = 'required' AND usce_hands_on_months = 0 AND usce_observership_months > 0
                      AND usce_observership_ok IS FALSE THEN {
                'kind': 'exclude',
                'text': 'hands-on USCE required (observerships not accepted), you have only observerships'
                        || coalesce(' — evidence: ' || usce_observership_ok_evidence_url, ''),
                'url': usce_observership_ok_evidence_url}
                 WHEN usce_requirement = 'required' AND usce_counted = 0 THEN {
                'kind': 'exclude',
                'text': 'USCE required, you have none' || coalesce(' — evidence: ' || usce_requirement_evidence_url, ''),
                'url': usce_requirement_evidence_url}
                 WHEN usce_requirement = 'required' AND usce_months IS NOT NULL AND usce_counted < usce_months THEN {
                'kind': 'exclude',
                'text': printf('%g', usce_months) || ' months of USCE required, you have ' || printf('%g', usce_counted) || ' months' || usce_note
                        || coalesce(' — evidence: ' || coalesce(usce_months_evidence_url, usce_requirement_evidence_url), ''),
                'url': coalesce(usce_months_evidence_url, usce_requirement_evidence_url)}
                 WHEN usce_requirement = 'required' THEN {
                'kind': 'plus',
                'text': 'USCE required, you have ' || printf('%g', usce_counted) || ' months' || usce_note
                        || coalesce(' — evidence: ' || usce_requirement_evidence_url, ''),
                'url': usce_requirement_evidence_url}
                 WHEN usce_requirement = 'preferred' AND (usce_counted = 0 OR usce_counted < coalesce(usce_months, 0)) THEN {
                'kind': 'concern',
                'text': 'USCE preferred' || coalesce(' (' || printf('%g', usce_months) || ' months)', '')
                        || ', you have ' || CASE WHEN usce_counted = 0 THEN 'none' ELSE printf('%g', usce_counted) || ' months' || usce_note END
                        || coalesce(' — evidence: ' || usce_requirement_evidence_url, ''),
                'url': usce_requirement_evidence_url}
                 WHEN usce_requirement = 'not_required' THEN {
                'kind': 'plus',
                'text': 'USCE not required' || coalesce(' — evidence: ' || usce_requirement_evidence_url, ''),
                'url': usce_requirement_evidence_url}
                 WHEN usce_requirement IS NULL THEN {
                'kind': 'unknown', 'text': 'USCE requirement not stated', 'url': NULL::VARCHAR} END,
            -- IMG share ----------------------------------------------------------------
            CASE WHEN img_share IS NULL THEN {
                'kind': 'unknown', 'text': 'IMG share unknown', 'url': NULL::VARCHAR}
                 ELSE {
                'kind': CASE WHEN img_share >= img_share_high THEN 'plus'
                             WHEN img_share >= img_share_moderate THEN 'info'
                             ELSE 'concern' END,
                'text': 'IMG share ' || CAST(round(img_share * 100) AS INTEGER) || '%'
                        || coalesce(CASE img_share_source
                               WHEN 'roster' THEN ' (' || residents_img || ' of ' || residents_total || ' residents on the roster)'
                               WHEN 'stated' THEN ' (as stated by the program)' END, '')
                        || coalesce(' — evidence: ' || img_share_evidence_url, ''),
                'url': img_share_evidence_url} END,
            -- geography (ordering only, never the tier) ---------------------------------
            CASE WHEN list_contains(preferred_states, state) THEN {
                'kind': 'info', 'text': 'in your preferred states (' || state || ')', 'url': NULL::VARCHAR} END
        ], x -> x IS NOT NULL) AS reasons
    FROM p
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
