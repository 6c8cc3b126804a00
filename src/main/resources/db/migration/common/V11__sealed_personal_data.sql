-- Encryption at rest (docs/security-encryption.md): ID numbers and phone numbers are stored sealed
-- with SM4-GCM as 'v1:<keyId>:<base64 iv+ciphertext+tag>' (up to about 200 characters), and a
-- person is found by the keyed blind index of the ID number ('<indexKeyId>:<HMAC-SM3, base64url>').
-- This step makes room; V11.1 (Java: crypto.PersonalDataMigration, it needs the key) seals what an
-- earlier version wrote in clear; V11.2 makes the index mandatory.
ALTER TABLE person DROP CONSTRAINT uq_person_id_number;
ALTER TABLE person ALTER COLUMN id_number SET DATA TYPE VARCHAR(200);
ALTER TABLE person ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE person ADD COLUMN id_number_index VARCHAR(100);
ALTER TABLE person ADD CONSTRAINT uq_person_id_number_index UNIQUE (id_number_index);
ALTER TABLE care_arrangement ALTER COLUMN caregiver_phone SET DATA TYPE VARCHAR(200);
ALTER TABLE outbound_message ALTER COLUMN recipient SET DATA TYPE VARCHAR(200);
