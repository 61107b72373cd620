-- 006_more_facts: three facts real program pages state that the first
-- schema lacked (issue 11): the most years allowed since the applicant's
-- last clinical activity (clinical_recency_max_years, not a graduation
-- limit), when ECFMG certification must be held (ecfmg_deadline:
-- application, interview, rank_list, match or training_start), and the
-- earliest graduation year a page states (grad_year_min). The facts table
-- already takes any field; programs gains a column triple per field,
-- appended after the visa conditions so that no exported column moves.

ALTER TABLE programs ADD COLUMN clinical_recency_max_years DOUBLE;
ALTER TABLE programs ADD COLUMN clinical_recency_max_years_evidence_url VARCHAR;
ALTER TABLE programs ADD COLUMN clinical_recency_max_years_evidence_text VARCHAR;
ALTER TABLE programs ADD COLUMN ecfmg_deadline VARCHAR;
ALTER TABLE programs ADD COLUMN ecfmg_deadline_evidence_url VARCHAR;
ALTER TABLE programs ADD COLUMN ecfmg_deadline_evidence_text VARCHAR;
ALTER TABLE programs ADD COLUMN grad_year_min DOUBLE;
ALTER TABLE programs ADD COLUMN grad_year_min_evidence_url VARCHAR;
ALTER TABLE programs ADD COLUMN grad_year_min_evidence_text VARCHAR;
