package cn.qingyang.assistance.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a change of a year's holiday arrangement moved: county level only (who may call it:
 * {@code ApiAccessRules}, the county bureau and administrators), since it lists the tasks of every
 * township.
 */
@RestController
@Tag(name = "节假日安排", description = "录入节假日安排后，未办结任务的期限和待触发的计时器随之更正")
class DueDateMovesController {

    private final DueDateMoveRepository moves;
    private final ZoneId zone;

    DueDateMovesController(DueDateMoveRepository moves, @Value("${qingyang.time-zone}") ZoneId zone) {
        this.moves = moves;
        this.zone = zone;
    }

    /** A move as the county reads it: dates in Beijing time. */
    public record Move(String kind, String kindLabel, String itemId, String processInstanceId, String caseNumber,
                       String elementName, OffsetDateTime oldDue, OffsetDateTime newDue) {
    }

    public record Moves(long changeId, int count, List<Move> moves) {
    }

    @GetMapping("/api/calendar/changes/{changeId}/moves")
    @Operation(summary = "查询一次节假日安排变更移动的期限（县民政局）",
            description = "该次变更移动的每个任务期限（TASK）和计时器（TIMER）：案件编号、任务或事件名称、原期限、新期限。变更未移动任何期限时列表为空。")
    public Moves moves(@PathVariable long changeId) {
        List<Move> list = moves.ofChange(changeId).stream().map(m -> new Move(m.kind().name(),
                m.kind() == DueDateMove.Kind.TASK ? "任务期限" : "计时器", m.itemId(), m.processInstanceId(), m.businessKey(),
                m.elementName(), m.oldDue().atZone(zone).toOffsetDateTime(), m.newDue().atZone(zone).toOffsetDateTime())).toList();
        return new Moves(changeId, list.size(), list);
    }
}
