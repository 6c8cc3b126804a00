package cn.qingyang.assistance.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Demo users of the demo profile: one shared password (configuration), Chinese names and roles. */
@ConfigurationProperties("qingyang.demo")
public record DemoProperties(String password, @DefaultValue List<DemoUser> users) {

    public record DemoUser(String id, String name, String role, @DefaultValue List<String> groups) {
    }
}
