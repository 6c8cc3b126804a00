package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_NUMBER;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTE_LABELS;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTES;

import cn.qingyang.assistance.workflow.ProcessVariables;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the AssistanceRoutes result into plain variables the diagram's gateways read: a flag per
 * known route ({@link RouteFlags}), the route codes and the departments to refer to. A code the
 * diagram does not know is logged as a warning for the administrator and kept in a variable that
 * Cockpit shows and the form of 告知并解释政策 names beside the routes' names; the case goes on by
 * the gateway's default path.
 */
@Component("routeRecorder")
class RouteRecorder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RouteRecorder.class);

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, Object>> routes = ProcessVariables.of(execution).resultList(ROUTES);
        List<String> codes = column(routes, "route");
        execution.setVariables(RouteFlags.variables(codes, column(routes, "department")));
        execution.setVariable(ROUTE_LABELS, String.join("、", column(routes, "routeLabel")));
        List<String> unknown = RouteFlags.unknown(codes);
        if (!unknown.isEmpty()) {
            log.warn("Case {}: AssistanceRoutes gave route codes {} that DiscoveryCase does not know; the case takes the default path "
                    + "(告知并解释政策). Add a flag and a flow for them, or correct the decision.",
                    execution.getVariable(CASE_NUMBER), unknown);
        }
    }

    private static List<String> column(List<Map<String, Object>> routes, String column) {
        return routes == null ? List.of() : routes.stream().map(r -> r.get(column)).filter(Objects::nonNull)
                .map(Object::toString).filter(s -> !s.isBlank()).distinct().toList();
    }
}
