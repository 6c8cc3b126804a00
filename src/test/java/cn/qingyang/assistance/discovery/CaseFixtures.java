package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.intake.ReportRequest;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.security.CallerScope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: valid ID numbers of the county, reports, and complete or partial visit records. */
public final class CaseFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    public static final CallerScope QIAOMU_CASEWORKER = new CallerScope("qiaomu-caseworker", List.of("township-341723200"));

    private CaseFixtures() {
    }

    /** A fresh, valid ID number of Qingyang (341723), born 1950-1999, unique in this JVM. */
    public static String newIdNumber() {
        int serial = SERIAL.incrementAndGet();
        String body = "341723" + (1950 + serial % 50) + "0101" + String.format("%03d", serial % 1000);
        return TestIdNumbers.withCheckDigit(body);
    }

    public static ReportRequest report(String idNumber, boolean urgent, boolean relatedToStaff) {
        return new ReportRequest("village_sweep", "341723200", "341723200201", "张卫国",
                new ReportRequest.PersonData("王大山", idNumber, "13800000000"), "独居老人，患重病，无稳定收入",
                urgent, relatedToStaff, null);
    }

    /** A visit where the person was not seen. */
    public static Map<String, Object> notSeenVisit() {
        Map<String, Object> v = new HashMap<>();
        v.put(VISIT_DATE, LocalDate.now().toString());
        v.put(INVESTIGATOR_1, "王建华");
        v.put(INVESTIGATOR_2, "李秀兰");
        v.put(PERSON_SEEN, "NO");
        v.put(NOT_SEEN_REASON, "家中无人，邻居称外出务工");
        return v;
    }

    /**
     * A complete visit: every assessment item, a countermeasure, "情况已查清". The household's
     * income is above every line and it has no special need, so AssistanceRoutes finds no route:
     * the township explains the policy. Tests of a route override the items that lead to it.
     */
    public static Map<String, Object> completeVisit() {
        Map<String, Object> v = new HashMap<>(notSeenVisit());
        v.put(PERSON_SEEN, "YES");
        v.remove(NOT_SEEN_REASON);
        v.put(HEALTH_STATUS, "SERIOUS");
        v.put(DISABILITY_GRADE, "0");
        v.put(LABOUR_CAPACITY, "LOST");
        v.put(ADL_EATING, "YES");
        v.put(ADL_DRESSING, "YES");
        v.put(ADL_BATHING, "NO");
        v.put(ADL_TOILETING, "YES");
        v.put(ADL_TRANSFERRING, "YES");
        v.put(ADL_WALKING, "YES");
        v.put(HOUSEHOLD_SIZE, 2L);
        v.put(INCOME_WAGE, 0L);
        v.put(INCOME_BUSINESS, 0L);
        v.put(INCOME_PROPERTY, 0L);
        v.put(INCOME_TRANSFER, 4000.0);
        v.put(MAIN_ASSETS, "自有砖木结构住房一处，无车辆，存款约 2000 元");
        v.put(MEDICAL_SPENDING, 1200.0);
        v.put(EDUCATION_SPENDING, 0L);
        v.put(CAUSE_1, "01");
        v.put(CAUSE_2, "04");
        v.put(HARDSHIP_DEGREE, "SEVERE");
        v.put(SELF_HELP_CAPACITY, "WEAK");
        v.put(HOUSEHOLD_PARTLY_ON_DIBAO, false);
        v.put(EXTREME_POVERTY_PERSON, false);
        v.put(RIGHTS_AT_RISK, false);
        v.put(WILLING_CENTRAL_CARE, false);
        v.put(MEDICAL_NEED, false);
        v.put(HOUSING_NEED, false);
        v.put(EMPLOYMENT_NEED, false);
        v.put(EDUCATION_NEED, false);
        v.put(TEMPORARY_NEED, false);
        v.put(CAN_APPLY_THEMSELVES, "YES");
        v.put(FINDINGS, "本人患尿毒症，每周透析两次，配偶无劳动能力");
        v.put(COUNTERMEASURES, "宣讲低保、医疗救助政策，纳入台账定期回访");
        v.put(INVESTIGATION_CONCLUSION, "COMPLETE");
        return v;
    }

    public static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }
}
