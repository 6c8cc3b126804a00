package cn.qingyang.assistance.crypto;

import java.util.List;

/**
 * Every column of our tables that holds an ID number or a phone number, sealed by
 * {@link FieldCipher}: the one list that the upgrade ({@link PersonalDataMigration}) and the key
 * rotation ({@link DataKeyRotation}) walk. A new column with such data is added here.
 */
enum SealedTable {

    /** The person: ID number (with its blind index {@code id_number_index}) and phone. */
    PERSON("person", List.of("id_number", "phone"), "id_number"),
    /** The carer named in a 物质+服务 care agreement. */
    CARE_ARRANGEMENT("care_arrangement", List.of("caregiver_phone"), null),
    /** The recipient of an outside message: an SMS goes to the person's phone. */
    OUTBOUND_MESSAGE("outbound_message", List.of("recipient"), null);

    static final String INDEX_COLUMN = "id_number_index";

    final String table;
    final List<String> columns;
    /** The column whose plaintext the blind index is computed from, or null. */
    final String indexSource;

    SealedTable(String table, List<String> columns, String indexSource) {
        this.table = table;
        this.columns = columns;
        this.indexSource = indexSource;
    }
}
