package cn.qingyang.assistance.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings rows up to the current keys, a batch at a time: a plaintext value (a database written by
 * the version before encryption) is sealed, a value sealed with another key is opened and sealed
 * again, a blind index under another index key is recomputed from the decrypted ID number. Each
 * row is updated only if it still holds what was read (a concurrent change wins and the row comes
 * up again in a later batch), so batches may run while the application works, be interrupted at
 * any point and be started again: a row is always either entirely old or entirely new, and both
 * are readable as long as the old keys are configured.
 */
final class Reencryption {

    private final FieldCipher cipher;
    private final BlindIndex index;

    Reencryption(FieldCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    /** Rows of the table not yet entirely under the current keys. */
    long pending(Connection connection, SealedTable table) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table.table + where(table))) {
            bindPrefixes(count, table);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Rows whose value in the column starts with none of the prefixes (sealed with a key not
     * named, or not sealed at all).
     */
    long underOtherKeys(Connection connection, String table, String column, List<String> prefixes) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NOT NULL");
        prefixes.forEach(prefix -> sql.append(" AND ").append(column).append(" NOT LIKE ?"));
        try (PreparedStatement count = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < prefixes.size(); i++) {
                count.setString(i + 1, prefixes.get(i) + "%");
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Re-encrypts up to {@code limit} rows of the table; the number of rows it changed. */
    int batch(Connection connection, SealedTable table, int limit) throws SQLException {
        List<String> read = new ArrayList<>(table.columns);
        if (table.indexSource != null) {
            read.add(SealedTable.INDEX_COLUMN);
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + String.join(", ", read)
                + " FROM " + table.table + where(table) + " ORDER BY id")) {
            bindPrefixes(select, table);
            select.setMaxRows(limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[read.size() + 1];
                    row[0] = rs.getLong(1);
                    for (int i = 0; i < read.size(); i++) {
                        row[i + 1] = rs.getString(i + 2);
                    }
                    rows.add(row);
                }
            }
        }
        StringBuilder sql = new StringBuilder("UPDATE " + table.table + " SET ");
        for (int i = 0; i < read.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(read.get(i)).append(" = ?");
        }
        sql.append(" WHERE id = ?");
        for (String column : read) {
            sql.append(" AND ").append(column).append(" IS NOT DISTINCT FROM ?");
        }
        int changed = 0;
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            for (Object[] row : rows) {
                int p = 1;
                String indexSourcePlain = null;
                for (int i = 0; i < table.columns.size(); i++) {
                    String stored = (String) row[i + 1];
                    String plain = plaintext(stored);
                    if (table.columns.get(i).equals(table.indexSource)) {
                        indexSourcePlain = plain;
                    }
                    setString(update, p++, stored == null || stored.startsWith(cipher.currentPrefix())
                            ? stored : cipher.seal(plain));
                }
                if (table.indexSource != null) {
                    String storedIndex = (String) row[read.size()];
                    setString(update, p++, storedIndex != null && storedIndex.startsWith(index.currentPrefix())
                            || indexSourcePlain == null ? storedIndex : index.of(indexSourcePlain));
                }
                update.setLong(p++, (Long) row[0]);
                for (int i = 0; i < read.size(); i++) {
                    setString(update, p++, (String) row[i + 1]);
                }
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    private String plaintext(String stored) {
        return stored == null || !FieldCipher.isSealed(stored) ? stored : cipher.open(stored);
    }

    private static String where(SealedTable table) {
        List<String> conditions = new ArrayList<>();
        for (String column : table.columns) {
            conditions.add("(" + column + " IS NOT NULL AND " + column + " NOT LIKE ?)");
        }
        if (table.indexSource != null) {
            conditions.add("(" + table.indexSource + " IS NOT NULL AND (" + SealedTable.INDEX_COLUMN + " IS NULL OR "
                    + SealedTable.INDEX_COLUMN + " NOT LIKE ?))");
        }
        return " WHERE " + String.join(" OR ", conditions);
    }

    private void bindPrefixes(PreparedStatement statement, SealedTable table) throws SQLException {
        int p = 1;
        for (int i = 0; i < table.columns.size(); i++) {
            statement.setString(p++, cipher.currentPrefix() + "%");
        }
        if (table.indexSource != null) {
            statement.setString(p, index.currentPrefix() + "%");
        }
    }

    private static void setString(PreparedStatement statement, int position, String value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.VARCHAR);
        } else {
            statement.setString(position, value);
        }
    }
}
