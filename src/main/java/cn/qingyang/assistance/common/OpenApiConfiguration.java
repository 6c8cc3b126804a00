package cn.qingyang.assistance.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of our own API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}),
 * both behind the same login as {@code /api} (see RestSecurityConfiguration). Only {@code /api/**}
 * is described (springdoc.paths-to-match); Camunda's {@code /engine-rest} has its own documentation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI qingyangOpenApi() {
        return new OpenAPI()
                .info(new Info().title("青阳县社会救助主动发现 API").version("v1")
                        .description("""
                                青阳县民政局社会救助主动发现系统的接口：各渠道上报遇困人员（村级摸排、大数据预警、12345 热线、网上申请等），\
                                查询案件及其上报记录，查询当前用户和组织机构。

                                - 认证：HTTP Basic（系统对接），或任务办理（Tasklist）的登录会话（修改类请求须带 X-XSRF-TOKEN）。
                                - 错误统一为 `{"error": {"code", "message", "field"}}`，message 为中文，说明如何改正。
                                - 乡镇只能看到本乡镇的案件，村只能上报本村的人员；身份证号码在应答中一律脱敏（如 341723********0119）。""")
                        .contact(new Contact().name("青阳县民政局社会救助股")))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Camunda 用户名和密码")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
