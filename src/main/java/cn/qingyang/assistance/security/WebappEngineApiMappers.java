package cn.qingyang.assistance.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The webapps' engine API ({@code /camunda/api/engine}, what Cockpit and Tasklist call) is the same
 * Camunda REST resources in a JAX-RS application of the webapp starter ("Engine Api"), which
 * answers refusals and absent records with 500 and a WARN with a stack trace. It gets the same
 * exception mappers as {@code /engine-rest} ({@link TenantDenialExceptionMapper}) through Jersey's
 * provider list, set before its servlet starts (on the first request).
 */
@Component
class WebappEngineApiMappers implements SmartInitializingSingleton {

    static final String ENGINE_API_SERVLET = "Engine Api";
    static final String JERSEY_PROVIDERS = "jersey.config.server.provider.classnames";

    private static final Logger log = LoggerFactory.getLogger(WebappEngineApiMappers.class);

    private final ServletContext servletContext;

    public WebappEngineApiMappers(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (servletContext.getServletRegistrations().isEmpty()) {
            // no servlet container (a test's mock web environment): no webapp to configure
            return;
        }
        ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API_SERVLET);
        if (engineApi == null) {
            throw new IllegalStateException("the webapps' engine API servlet \"" + ENGINE_API_SERVLET
                    + "\" is not registered: its refusals would answer 500");
        }
        String providers = TenantDenialExceptionMapper.ForEngine.class.getName() + ","
                + TenantDenialExceptionMapper.ForRest.class.getName() + "," + EndedRecords.class.getName();
        if (!engineApi.setInitParameter(JERSEY_PROVIDERS, providers)) {
            throw new IllegalStateException("the webapps' engine API already names its own providers: "
                    + engineApi.getInitParameter(JERSEY_PROVIDERS));
        }
        log.debug("The webapps' engine API answers refusals and absent records like /engine-rest");
    }
}
