package cn.qingyang.assistance.intake;

/**
 * A report of a person in hardship, from any channel. Everything is optional here so that the
 * validator, not the JSON binder, says in Chinese what is missing.
 */
public record ReportRequest(String channel, String townshipCode, String villageCode, String reporter,
                            PersonData person, String description, Boolean urgent, Boolean relatedToStaff,
                            String externalRef) {

    public record PersonData(String name, String idNumber, String phone) {
    }
}
