package cn.qingyang.assistance.common;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat, so that bad requests reach our API's Chinese answers. An encoded slash (%2F) in a path, as in {@code /api/cases/a%2Fb}, is passed to the application
 * still encoded instead of being refused by Tomcat with an English error page: our API answers it
 * like any other unknown case, in Chinese. It is never decoded into a path separator.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    /**
     * An upload refused as too large is read to its end (up to server.tomcat.max-swallow-size)
     * so that the client receives our 413 and its Chinese message, not a reset connection.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedUploadsAreAnswered() {
        return factory -> factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheApi() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
