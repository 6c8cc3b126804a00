-- Every person has a blind index once V11.1 sealed the rows written in clear: "one person, one row"
-- rests on uq_person_id_number_index from here on.
ALTER TABLE person ALTER COLUMN id_number_index SET NOT NULL;
