-- match_results as warehouse/migrations/005_match_results.sql defines it, for
-- examples/unfilled_history.sql: six Matches (2021–2026; the last five are 2022–2026).
-- P01's preliminary track went unfilled in 2023 and 2025 while its categorical track filled;
-- P14 went unfilled every year; P13 only in 2021 (outside the last five); the surgery
-- program in 2026.
CREATE TABLE match_results (
    program_code VARCHAR NOT NULL, year INTEGER NOT NULL, quota INTEGER NOT NULL, filled INTEGER NOT NULL,
    source VARCHAR, imported_at TIMESTAMP NOT NULL,
    CHECK (quota >= 0 AND filled >= 0 AND filled <= quota)
);
INSERT INTO match_results
SELECT code, year, quota, quota - CASE
        WHEN code = '1234140P0' AND year = 2023 THEN 1
        WHEN code = '1234140P0' AND year = 2025 THEN 2
        WHEN code = '1414140C0' AND year >= 2022 THEN 1
        WHEN code = '1313140C0' AND year = 2021 THEN 2
        WHEN code = '2323440C0' AND year = 2026 THEN 3
        ELSE 0 END,
    'fixture.csv', TIMESTAMP '2026-03-25 00:00:00'
FROM (VALUES ('1234140C0', 12), ('1234140P0', 4), ('1414140C0', 6), ('1313140C0', 8), ('2323440C0', 5)) AS c(code, quota),
     range(2021, 2027) AS y(year);
