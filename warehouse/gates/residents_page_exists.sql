-- relationships: every resident cites a page fetched tonight.
SELECT r.program_id, r.name, r.evidence_url FROM residents r
WHERE r.evidence_url IS NULL
   OR r.evidence_url NOT IN (SELECT url FROM pages UNION SELECT final_url FROM pages WHERE final_url IS NOT NULL)
