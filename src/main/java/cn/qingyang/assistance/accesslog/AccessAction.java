package cn.qingyang.assistance.accesslog;

/** What was done with personal data, with its Chinese name for the log's readers. */
public enum AccessAction {
    READ_CASE("查看案件"),
    SHOW_ID_NUMBER("查看完整身份证号"),
    READ_LEDGER("查询分类台账"),
    READ_SPOT_CHECK("查看随机抽查对象"),
    READ_HOUSEHOLD("查看一户一档"),
    SEARCH_HOUSEHOLDS("查找家庭"),
    EXPORT("导出");

    private final String label;

    AccessAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
