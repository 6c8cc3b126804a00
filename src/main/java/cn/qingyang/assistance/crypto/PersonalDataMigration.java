package cn.qingyang.assistance.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V11.1 (Java, because it needs the key): seals the ID numbers and phone numbers
 * that a version before encryption wrote in clear, and fills the blind index, in Flyway's
 * transaction, before the application serves anyone: no report can meet a person who is not yet
 * indexed. V11 made room for it, V11.2 makes the index mandatory. Spring Boot hands every
 * {@link JavaMigration} bean to Flyway.
 */
@Component
class PersonalDataMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataMigration.class);
    private static final int BATCH = 1000;

    private final Reencryption reencryption;

    public PersonalDataMigration(FieldCipher cipher, BlindIndex index) {
        this.reencryption = new Reencryption(cipher, index);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11.1");
    }

    @Override
    public String getDescription() {
        return "seal ID numbers and phone numbers written in clear";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        for (SealedTable table : SealedTable.values()) {
            long sealed = 0;
            for (int n; (n = reencryption.batch(context.getConnection(), table, BATCH)) > 0; ) {
                sealed += n;
            }
            log.info("加密存储升级 / sealed personal data: {} rows of {}", sealed, table.table);
        }
    }
}
