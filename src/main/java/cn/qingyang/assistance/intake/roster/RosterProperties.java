package cn.qingyang.assistance.intake.roster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Roster uploads ({@code qingyang.roster.*}); the defaults are here and only here.
 *
 * @param asyncAboveRows rosters of more than this many data rows are imported in the background
 *                       (202 + {@code /api/rosters/imports/{id}})
 * @param maxRows        rosters of more data rows are refused as a whole (413)
 */
@ConfigurationProperties("qingyang.roster")
public record RosterProperties(@DefaultValue("500") int asyncAboveRows, @DefaultValue("20000") int maxRows) {
}
