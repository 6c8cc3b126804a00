package cn.qingyang.assistance.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param file the organisation list: the demo list by default, the official one from a path an
 *             administrator gives ({@code QINGYANG_ORGANISATION_FILE=/etc/qingyang/org-units.csv})
 */
@ConfigurationProperties("qingyang.organisation")
public record OrganisationProperties(Resource file) {
}
