package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.person.ResidentIdNumber;

/** A report after validation: normalised values and the organisation units it names. */
public record ValidReport(Channel channel, OrgUnit township, OrgUnit village, String reporter, String name,
                          ResidentIdNumber idNumber, String phone, String description, boolean urgent,
                          boolean relatedToStaff, String externalRef) {
}
