package cn.qingyang.assistance.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Form submissions through Tasklist (the webapps' engine API) and through {@code /engine-rest}. */
@Configuration(proxyBeanMethods = false)
public class FormErrorMessages {

    @Bean
    FilterRegistrationBean<FormErrorMessageFilter> formErrorMessageFilter(ObjectMapper json,
            CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new FormErrorMessageFilter(json));
        registration.setName("form-error-messages");
        registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        return registration;
    }
}
