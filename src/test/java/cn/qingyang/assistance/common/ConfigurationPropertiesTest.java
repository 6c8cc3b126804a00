package cn.qingyang.assistance.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * common's configuration records bound as Spring binds them, from the shipped application.yaml
 * (the one place their values are written): a changed value changes what the application does,
 * and a missing one stops the start instead of falling back to a value written nowhere.
 */
class ConfigurationPropertiesTest {

    @EnableConfigurationProperties(ApiProperties.class)
    static class ApiOnly {
    }

    static final ApplicationContextRunner SPRING = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(ApiOnly.class, ClockConfiguration.class);

    @Test
    void theShippedConfigurationGivesOneMegabyteAndBeijingTime() {
        SPRING.run(context -> {
            assertThat(context.getBean(ApiProperties.class).maxBodyBytes()).isEqualTo(1_048_576L);
            assertThat(context.getBean(TimeZoneProperties.class).timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        });
    }

    @Test
    void aChangedBodyLimitChangesWhatTheApiRefuses() {
        SPRING.withPropertyValues("qingyang.api.max-body-bytes=10").run(context -> {
            var filter = new RequestSizeLimitFilter(context.getBean(ApiProperties.class).maxBodyBytes());
            assertThat(status(filter, "{\"a\":\"12\"}")).as("10 bytes").isEqualTo(200);
            assertThat(status(filter, "{\"a\":\"123\"}")).as("11 bytes").isEqualTo(413);
        });
    }

    @Test
    void aChangedZoneChangesTheCountysClock() {
        SPRING.withPropertyValues("qingyang.time-zone=Asia/Urumqi")
                .run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Urumqi")));
    }

    @Test
    void aMissingOrNonsensicalValueStopsTheStart() {
        assertThatThrownBy(() -> new Binder(List.of()).bindOrCreate("qingyang.api", ApiProperties.class))
                .hasRootCauseMessage("qingyang.api.max-body-bytes 未配置或不是正数（字节数），见 application.yaml。");
        assertThatThrownBy(() -> new Binder(List.of()).bindOrCreate("qingyang", TimeZoneProperties.class))
                .hasRootCauseMessage("qingyang.time-zone 未配置（县里的时区，如 Asia/Shanghai），见 application.yaml。");
        SPRING.withPropertyValues("qingyang.api.max-body-bytes=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("qingyang.api.max-body-bytes"));
    }

    @Test
    void theJvmRunsInTheConfiguredZoneBeforeAnyBeanExists() {
        TimeZone before = TimeZone.getDefault();
        try {
            var environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("qingyang.time-zone", "Asia/Urumqi")));
            new CountyTimeZone().postProcessEnvironment(environment, null);
            assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Urumqi");

            assertThatThrownBy(() -> new CountyTimeZone().postProcessEnvironment(new StandardEnvironment(), null))
                    .hasRootCauseMessage("qingyang.time-zone 未配置（县里的时区，如 Asia/Shanghai），见 application.yaml。");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    private static int status(RequestSizeLimitFilter filter, String body) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/reports");
        request.setContentType("application/json");
        request.setContent(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
