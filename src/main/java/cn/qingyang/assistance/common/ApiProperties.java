package cn.qingyang.assistance.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Our JSON API ({@code qingyang.api.*}). The value is application.yaml's, where it is documented
 * for administrators; there is no second default here, and a configuration without it does not start.
 *
 * @param maxBodyBytes largest JSON body our API accepts (bytes); a larger one is answered 413.
 *                     Uploads have their own limits (spring.servlet.multipart).
 */
@ConfigurationProperties("qingyang.api")
public record ApiProperties(long maxBodyBytes) {

    public ApiProperties {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("qingyang.api.max-body-bytes 未配置或不是正数（字节数），见 application.yaml。");
        }
    }
}
