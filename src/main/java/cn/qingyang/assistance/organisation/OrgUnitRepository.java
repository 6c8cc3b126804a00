package cn.qingyang.assistance.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code org_unit} table. */
@Repository
public class OrgUnitRepository {

    private final JdbcClient jdbc;

    public OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the unit or updates its name, level and parent; marks it active. */
    public void upsert(OrgUnit unit) {
        int updated = jdbc.sql("""
                        UPDATE org_unit SET name = :name, level = :level, parent_code = :parent, active = TRUE,
                               updated_at = CURRENT_TIMESTAMP
                         WHERE code = :code
                           AND (name <> :name OR level <> :level OR active = FALSE
                                OR COALESCE(parent_code, '') <> COALESCE(:parent, ''))""")
                .param("code", unit.code()).param("name", unit.name())
                .param("level", unit.level().code()).param("parent", unit.parentCode())
                .update();
        if (updated == 0 && findByCode(unit.code()).isEmpty()) {
            jdbc.sql("INSERT INTO org_unit (code, name, level, parent_code) VALUES (:code, :name, :level, :parent)")
                    .param("code", unit.code()).param("name", unit.name())
                    .param("level", unit.level().code()).param("parent", unit.parentCode())
                    .update();
        }
    }

    /** Units no longer listed stay (cases refer to them) but are marked inactive. */
    public int deactivateAllExcept(Collection<String> codes) {
        List<String> stale = jdbc.sql("SELECT code FROM org_unit WHERE active = TRUE").query(String.class).list()
                .stream().filter(code -> !codes.contains(code)).toList();
        stale.forEach(code -> jdbc.sql("UPDATE org_unit SET active = FALSE, updated_at = CURRENT_TIMESTAMP WHERE code = :code")
                .param("code", code).update());
        return stale.size();
    }

    public Optional<OrgUnit> findByCode(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM org_unit WHERE code = :code")
                .param("code", code).query(OrgUnitRepository::map).optional();
    }

    public Optional<OrgUnit> findActiveByCode(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM org_unit WHERE code = :code AND active = TRUE")
                .param("code", code).query(OrgUnitRepository::map).optional();
    }

    public List<OrgUnit> findActive(OrgLevel level) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM org_unit WHERE level = :level AND active = TRUE ORDER BY code")
                .param("level", level.code()).query(OrgUnitRepository::map).list();
    }

    public List<OrgUnit> findActiveChildren(String parentCode) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM org_unit WHERE parent_code = :parent AND active = TRUE ORDER BY code")
                .param("parent", parentCode).query(OrgUnitRepository::map).list();
    }

    private static OrgUnit map(ResultSet rs, int row) throws SQLException {
        return new OrgUnit(rs.getString("code"), rs.getString("name"),
                OrgLevel.fromCode(rs.getString("level")).orElseThrow(), rs.getString("parent_code"));
    }
}
