package cn.qingyang.assistance.deadlines;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The moves recorded per change of a holiday arrangement (table due_date_move, V20). */
@Repository
class DueDateMoveRepository {

    private final JdbcClient jdbc;

    DueDateMoveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(DueDateMove move, Instant movedAt) {
        jdbc.sql("INSERT INTO due_date_move (change_id, kind, item_id, process_instance_id, business_key, element_name, "
                        + "old_due, new_due, moved_at) VALUES (:change, :kind, :item, :pi, :key, :name, :old, :new, :at)")
                .param("change", move.changeId()).param("kind", move.kind().name()).param("item", move.itemId())
                .param("pi", move.processInstanceId()).param("key", move.businessKey()).param("name", move.elementName())
                .param("old", Timestamp.from(move.oldDue())).param("new", Timestamp.from(move.newDue()))
                .param("at", Timestamp.from(movedAt)).update();
    }

    List<DueDateMove> ofChange(long changeId) {
        return jdbc.sql("SELECT change_id, kind, item_id, process_instance_id, business_key, element_name, old_due, new_due "
                        + "FROM due_date_move WHERE change_id = :change ORDER BY business_key, old_due, id")
                .param("change", changeId)
                .query((rs, row) -> new DueDateMove(rs.getLong("change_id"), DueDateMove.Kind.valueOf(rs.getString("kind")),
                        rs.getString("item_id"), rs.getString("process_instance_id"), rs.getString("business_key"),
                        rs.getString("element_name"), rs.getTimestamp("old_due").toInstant(),
                        rs.getTimestamp("new_due").toInstant()))
                .list();
    }
}
