package cn.qingyang.assistance.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which processes each team may start from Tasklist (process keys). An administrator adds a
 * process here when a new diagram should be startable, not in Java.
 */
@ConfigurationProperties("qingyang.authorization")
public record AuthorizationProperties(@DefaultValue List<String> startableByVillage,
                                      @DefaultValue List<String> startableByTownship) {
}
