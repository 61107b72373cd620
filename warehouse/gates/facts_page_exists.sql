-- relationships: every fact read tonight cites a page fetched tonight (carried facts cite an older night's page).
SELECT f.program_id, f.field, f.evidence_url FROM facts f
WHERE NOT f.carried
  AND (f.evidence_url IS NULL
       OR f.evidence_url NOT IN (SELECT url FROM pages UNION SELECT final_url FROM pages WHERE final_url IS NOT NULL))
