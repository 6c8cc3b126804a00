package cn.qingyang.assistance.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Our JSON API ({@code qingyang.api.*}). The default is written here and nowhere else;
 * application.yaml documents the key for administrators.
 *
 * @param maxBodyBytes largest JSON body our API accepts (bytes, default 1 MiB); a larger one is
 *                     answered 413. Uploads have their own limits (spring.servlet.multipart).
 */
@ConfigurationProperties("qingyang.api")
public record ApiProperties(@DefaultValue("1048576") long maxBodyBytes) {

    public ApiProperties {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("qingyang.api.max-body-bytes 应为正数（字节数），见 application.yaml。");
        }
    }
}
