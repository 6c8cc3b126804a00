package cn.qingyang.assistance.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Form submissions through Tasklist (the webapps' engine API) and through {@code /engine-rest}. */
@Configuration(proxyBeanMethods = false)
public class FormErrorMessages {

    @Bean
    FilterRegistrationBean<FormErrorMessageFilter> formErrorMessageFilter(ObjectMapper json,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<>(new FormErrorMessageFilter(json));
        registration.setName("form-error-messages");
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        return registration;
    }
}
