package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.common.BadRequestException;
import java.util.Set;

/** Filters of the ledger list; null means "any". Checked here so a bad filter is a Chinese 400. */
record LedgerQuery(String township, String village, String category, Boolean urgent, String status,
                          int page, int size) {

    static final Set<String> CATEGORIES = Set.of("SPECIAL", "GENERAL", "TEMPORARY", "URGENT");
    static final Set<String> STATUSES = Set.of(LedgerService.ACTIVE, LedgerService.CLOSED);
    static final int MAX_SIZE = 200;

    public LedgerQuery {
        if (category != null && !CATEGORIES.contains(category)) {
            throw new BadRequestException("CATEGORY_UNKNOWN",
                    "台账类别“" + category + "”无效，应为 SPECIAL（特殊困难）、GENERAL（一般困难）、TEMPORARY（临时困难）或 URGENT（急难对象）。", "category");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequestException("STATUS_UNKNOWN", "台账状态“" + status + "”无效，应为 ACTIVE（跟踪回访中）或 CLOSED（已销号）。", "status");
        }
        if (page < 0) {
            throw new BadRequestException("PAGE_INVALID", "页码（page）从 0 开始，不能为负数。", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("SIZE_INVALID", "每页条数（size）应在 1 到 " + MAX_SIZE + " 之间。", "size");
        }
    }
}
