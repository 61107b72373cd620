-- range: img_share is a fraction in [0, 1].
SELECT program_id, img_share, residents_total, residents_img FROM programs
WHERE img_share < 0 OR img_share > 1 OR isnan(img_share)
