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
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/** The flags the DiscoveryCase gateways read, from the route codes of AssistanceRoutes. */
class RouteFlagsTest {

    @Test
    void eachKnownRouteSetsItsFlagAndNoOther() {
        Map<String, Object> flags = RouteFlags.variables(List.of("DIBAO_WHOLE_HOUSEHOLD", "REFERRAL_HOUSING"), List.of("county-housing"));

        assertThat(flags).containsEntry(ROUTE_DIBAO, true).containsEntry(ROUTE_REFERRAL, true)
                .containsEntry(ROUTE_TEMPORARY, false).containsEntry(ROUTE_CARE, false).containsEntry(ROUTE_MONITORING, false)
                .containsEntry(CENTRAL_CARE, false).containsEntry(NEEDS_APPLICATION, true)
                .containsEntry(ROUTE_CODES, "DIBAO_WHOLE_HOUSEHOLD,REFERRAL_HOUSING")
                .containsEntry(REFERRAL_DEPARTMENTS, "county-housing").containsEntry(UNKNOWN_ROUTE_CODES, "");
    }

    @Test
    void centralCareIsItsOwnFlagBesideTheCareRoute() {
        assertThat(RouteFlags.variables(List.of("CENTRAL_CARE"), List.of())).containsEntry(ROUTE_CARE, true).containsEntry(CENTRAL_CARE, true);
        assertThat(RouteFlags.variables(List.of("MATERIAL_SERVICE"), List.of())).containsEntry(ROUTE_CARE, true).containsEntry(CENTRAL_CARE, false);
    }

    @Test
    void monitoringAloneNeedsNoApplication() {
        assertThat(RouteFlags.variables(List.of("LOW_INCOME_MONITORING"), List.of()))
                .containsEntry(ROUTE_MONITORING, true).containsEntry(NEEDS_APPLICATION, false);
    }

    @Test
    void aCodeTheDiagramDoesNotKnowSetsNoFlagAndIsKept() {
        Map<String, Object> flags = RouteFlags.variables(List.of("HOUSING_SUBSIDY", "TEMPORARY"), List.of());

        assertThat(flags).containsEntry(UNKNOWN_ROUTE_CODES, "HOUSING_SUBSIDY").containsEntry(ROUTE_TEMPORARY, true)
                .containsEntry(ROUTE_DIBAO, false).containsEntry(ROUTE_REFERRAL, false);
        // not a substring match: a code that merely contains a known one is unknown
        assertThat(RouteFlags.variables(List.of("DIBAO_TOP_UP"), List.of())).containsEntry(ROUTE_DIBAO, false)
                .containsEntry(UNKNOWN_ROUTE_CODES, "DIBAO_TOP_UP");
    }

    @Test
    void everyRouteCodeTheDecisionTableGivesIsKnown() {
        var model = Dmn.readModelFromFile(new java.io.File("bpmn/assistance-routes.dmn"));
        List<String> codes = model.getModelElementsByType(Rule.class).stream()
                .map(rule -> rule.getOutputEntries().iterator().next()).map(OutputEntry::getTextContent)
                .map(text -> text.strip().replace("\"", "")).distinct().toList();

        assertThat(codes).isNotEmpty();
        assertThat(RouteFlags.unknown(codes)).as("route codes of AssistanceRoutes without a flow in DiscoveryCase").isEmpty();
    }
}
