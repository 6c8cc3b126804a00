package cn.qingyang.assistance.crypto;

import org.flywaydb.core.api.migration.JavaMigration;

/** Flyway's V11.1 ({@link PersonalDataMigration}) for tests outside this package that run every migration (the upgrade test). */
public final class PersonalDataMigrations {

    private PersonalDataMigrations() {
    }

    public static JavaMigration v11_1(CryptoProperties keys) {
        return new PersonalDataMigration(new FieldCipher(keys), new BlindIndex(keys));
    }
}
