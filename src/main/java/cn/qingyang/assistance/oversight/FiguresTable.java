package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.intake.Channel;
import java.util.Map;

/** A township's figures as a markdown table, as the county's forms show them. */
public final class FiguresTable {

    private FiguresTable() {
    }

    public static String markdown(TownshipFigures f) {
        StringBuilder md = new StringBuilder("| 指标 | 数据 |\n|---|---|\n");
        row(md, "收到遇困报告（合计）", String.valueOf(f.reportsTotal()));
        for (Map.Entry<String, Long> channel : f.reportsByChannel().entrySet()) {
            row(md, "其中：" + channelLabel(channel.getKey()), String.valueOf(channel.getValue()));
        }
        row(md, "入户调查评估按时完成", ratio(f.visitsOnTime(), f.visitsDone()));
        row(md, "走访不见人（不见人不放过，继续走访）", String.valueOf(f.unseenVisits()));
        row(md, "情况未查清、退回补充调查（情况不调查清楚不放过）", String.valueOf(f.incompleteVisits()));
        row(md, "获得救助的案件", String.valueOf(f.assistedCases()));
        row(md, "从登记到首次救助平均天数",
                f.averageDaysToAssistance() == null ? "—" : f.averageDaysToAssistance() + " 天");
        row(md, "逾期任务（期内到期、超期完成或仍未完成）", String.valueOf(f.overdueTasks()));
        row(md, "定期回访按时完成", ratio(f.followUpsOnTime(), f.followUpsDone()));
        row(md, "村级每月摸排按时完成", ratio(f.villageSweeps() - f.villageSweepsOverdue(), f.villageSweeps()));
        row(md, "抽查核实 / 发现问题", f.spotChecked() + " / " + f.spotCheckFindings());
        return md.toString();
    }

    public static String channelLabel(String code) {
        return Channel.fromCode(code).map(Channel::label).orElse(code);
    }

    private static String ratio(long part, long whole) {
        return whole == 0 ? "0 / 0" : part + " / " + whole + "（" + Math.round(100.0 * part / whole) + "%）";
    }

    private static void row(StringBuilder md, String label, String value) {
        md.append("| ").append(label).append(" | ").append(value).append(" |\n");
    }
}
