-- accepted_values: img_share_source is roster or stated, and set exactly when img_share is.
SELECT program_id, img_share, img_share_source FROM programs
WHERE (img_share_source IS NOT NULL AND img_share_source NOT IN ('roster', 'stated'))
   OR ((img_share IS NULL) <> (img_share_source IS NULL))
