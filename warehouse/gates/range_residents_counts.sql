-- range: roster counts are non-negative and IMG + unknown residents never exceed the total.
SELECT program_id, residents_total, residents_img, residents_unknown FROM programs
WHERE residents_total < 0 OR residents_img < 0 OR residents_unknown < 0
   OR residents_img + residents_unknown > residents_total
