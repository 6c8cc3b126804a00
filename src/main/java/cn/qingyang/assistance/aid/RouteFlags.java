package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.REFERRAL_DEPARTMENTS;
import static cn.qingyang.assistance.aid.AssistanceProcesses.ROUTE_CODES;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CENTRAL_CARE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.NEEDS_APPLICATION;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTE_CARE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTE_DIBAO;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTE_MONITORING;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTE_REFERRAL;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.ROUTE_TEMPORARY;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.UNKNOWN_ROUTE_CODES;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route codes of AssistanceRoutes as the DiscoveryCase gateways read them: one flag per route
 * the diagram knows, so that a condition reads {@code ${routeDibao}}, never a substring of the
 * codes. A code the diagram does not know sets no flag (a case with nothing else takes the
 * gateway's default path, 告知并解释政策) and is kept in {@code unknownRouteCodes}.
 */
public final class RouteFlags {

    static final Set<String> DIBAO = Set.of("DIBAO", "DIBAO_WHOLE_HOUSEHOLD");
    static final Set<String> TEMPORARY = Set.of("TEMPORARY");
    static final Set<String> CARE = Set.of("CENTRAL_CARE", "MATERIAL_SERVICE");
    static final Set<String> REFERRAL = Set.of("REFERRAL_MEDICAL", "REFERRAL_HOUSING", "REFERRAL_EMPLOYMENT", "REFERRAL_EDUCATION");
    static final Set<String> MONITORING = Set.of("LOW_INCOME_MONITORING");
    private static final List<Set<String>> KNOWN = List.of(DIBAO, TEMPORARY, CARE, REFERRAL, MONITORING);

    private RouteFlags() {
    }

    /** The variables the gateways and the called processes read, for the codes and departments the decision gave. */
    public static Map<String, Object> variables(List<String> codes, List<String> departments) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ROUTE_CODES, String.join(",", codes));
        variables.put(REFERRAL_DEPARTMENTS, String.join(",", departments));
        variables.put(ROUTE_DIBAO, any(codes, DIBAO));
        variables.put(ROUTE_TEMPORARY, any(codes, TEMPORARY));
        variables.put(ROUTE_CARE, any(codes, CARE));
        variables.put(ROUTE_REFERRAL, any(codes, REFERRAL));
        variables.put(ROUTE_MONITORING, any(codes, MONITORING));
        variables.put(CENTRAL_CARE, codes.contains("CENTRAL_CARE"));
        variables.put(NEEDS_APPLICATION, any(codes, DIBAO) || any(codes, TEMPORARY) || any(codes, CARE));
        variables.put(UNKNOWN_ROUTE_CODES, String.join(",", unknown(codes)));
        return variables;
    }

    /** The codes no flag stands for, in the decision's order. */
    public static List<String> unknown(Collection<String> codes) {
        return codes.stream().filter(code -> KNOWN.stream().noneMatch(known -> known.contains(code))).toList();
    }

    private static boolean any(Collection<String> codes, Set<String> route) {
        return codes.stream().anyMatch(route::contains);
    }
}
