package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.REFERRAL_DEPARTMENTS;
import static cn.qingyang.assistance.aid.AssistanceProcesses.ROUTE_CODES;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTES;

import cn.qingyang.assistance.workflow.ProcessVariables;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the AssistanceRoutes result into plain variables the diagram's gateways read
 * ({@value AssistanceProcesses#ROUTE_CODES}) and the departments to refer to.
 */
@Component("routeRecorder")
public class RouteRecorder implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, Object>> routes = ProcessVariables.of(execution).resultList(ROUTES);
        execution.setVariable(ROUTE_CODES, join(routes, "route"));
        execution.setVariable(REFERRAL_DEPARTMENTS, join(routes, "department"));
    }

    private static String join(List<Map<String, Object>> routes, String column) {
        return routes == null ? "" : routes.stream().map(r -> r.get(column)).filter(Objects::nonNull)
                .map(Object::toString).filter(s -> !s.isBlank()).distinct().collect(Collectors.joining(","));
    }
}
