-- match_history.sql: how often each program went unfilled in the last Matches of the NRMP
-- results imported into the warehouse (table match_results; `imgfriendly import
-- match-results`), through its NRMP codes, and the reason the applicant's list shows.
--
-- The last Matches are the $matches latest Match years the results hold before the Match the
-- applicant prepares for ($match_year): during Match Week that Match's results do not exist
-- yet. A program went unfilled in a Match when any of its codes filled fewer positions than
-- its quota; open_codes names the codes that did, so a program whose preliminary track goes
-- unfilled while its categorical track fills says so.
WITH last AS (
    SELECT DISTINCT year FROM match_results
    WHERE year < $match_year::INTEGER
    ORDER BY year DESC
    LIMIT $matches::INTEGER
),
per_code AS (
    SELECT p.program_id, m.program_code, m.year, m.quota, m.filled
    FROM programs p, unnest(p.nrmp_codes) AS c(code)
    JOIN match_results m ON m.program_code = c.code
    WHERE m.year IN (SELECT year FROM last)
),
per_year AS (
    SELECT program_id, year, sum(quota - filled) AS open,
           list(program_code ORDER BY program_code) FILTER (WHERE filled < quota) AS open_codes
    FROM per_code
    GROUP BY program_id, year
),
per_program AS (
    SELECT
        program_id,
        (SELECT count(*) FROM last) AS matches,
        count(*) AS known,
        count(*) FILTER (WHERE open > 0) AS unfilled,
        coalesce(list(year ORDER BY year) FILTER (WHERE open > 0), []::INTEGER[]) AS unfilled_years,
        CAST(sum(open) AS INTEGER) AS open_positions,
        list_sort(list_distinct(flatten(coalesce(list(open_codes) FILTER (WHERE open > 0), [])))) AS open_codes,
        (SELECT list_sort(list_distinct(list(m.program_code))) FROM per_code m WHERE m.program_id = per_year.program_id) AS codes
    FROM per_year
    GROUP BY program_id
)
SELECT
    program_id, matches, known, unfilled, unfilled_years, open_positions, open_codes,
    CASE
        WHEN unfilled > 0 THEN
            'went unfilled in ' || unfilled || ' of the last ' || matches || ' Matches ('
            || array_to_string(unfilled_years, ', ') || ': '
            || open_positions || CASE WHEN open_positions = 1 THEN ' position' ELSE ' positions' END
            || CASE WHEN len(open_codes) < len(codes) THEN ', ' || array_to_string(open_codes, ', ') || ' only' ELSE '' END
            || CASE WHEN known < matches THEN '; results for ' || known || ' of them' ELSE '' END
            || ')'
        WHEN known = matches THEN 'filled in each of the last ' || matches || ' Matches'
        ELSE 'filled in each of the ' || known || ' of the last ' || matches || ' Matches with results for its codes'
    END AS reason
FROM per_program
ORDER BY program_id;
