package cn.qingyang.assistance.person;

/**
 * 户籍: whether a person's ID number was issued by the county (its present or former region codes,
 * {@link CountyProperties#regionCodes()}) or elsewhere. It says nothing about where the person
 * lives (the report's township and village do); 临时救助 serves non-local residents too.
 */
public enum HouseholdRegistration {

    LOCAL("本地户籍"),
    NON_LOCAL("非本地户籍");

    private final String label;

    HouseholdRegistration(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
