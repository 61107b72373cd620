-- accepted_values: a fact's field is one of imgfriendly.FieldKinds and its value has that field's kind.
SELECT f.program_id, f.field, a.kind, f.value_bool, f.value_num, f.value_text
FROM facts f LEFT JOIN accepted_fields a ON a.field = f.field
WHERE a.field IS NULL
   OR (a.kind = 'bool' AND (f.value_bool IS NULL OR f.value_num IS NOT NULL OR f.value_text IS NOT NULL))
   OR (a.kind = 'number' AND (f.value_num IS NULL OR f.value_bool IS NOT NULL OR f.value_text IS NOT NULL))
   OR (a.kind = 'text' AND (f.value_text IS NULL OR f.value_bool IS NOT NULL OR f.value_num IS NOT NULL))
