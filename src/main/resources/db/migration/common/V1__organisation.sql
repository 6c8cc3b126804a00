-- Organisation of the county: county -> townships -> villages/communities.
CREATE TABLE org_unit (
    code        VARCHAR(12)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(10)  NOT NULL,
    parent_code VARCHAR(12),
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ck_org_unit_level CHECK (level IN ('county', 'township', 'village')),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_code);
