package cn.qingyang.assistance.organisation;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Diagrams are deployed once for the whole county (shared definitions); each case belongs to
 * the tenant of its township. A process instance started with the variable
 * {@value #TOWNSHIP_CODE} gets that township as tenant, and so do decisions evaluated inside it;
 * an unknown township code stops the start. Instances without it (county-level processes such
 * as timers that fan out to townships) have no tenant.
 */
@Component
public class TownshipTenants extends AbstractCamundaConfiguration implements TenantIdProvider {

    /** Start variable naming the township (division code) a case belongs to. */
    public static final String TOWNSHIP_CODE = "townshipCode";

    private final OrgUnitRepository orgUnits;

    public TownshipTenants(OrgUnitRepository orgUnits) {
        this.orgUnits = orgUnits;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Object code = ctx.getVariables() == null ? null : ctx.getVariables().get(TOWNSHIP_CODE);
        if (code != null && !code.toString().isBlank()) {
            return township(code.toString());
        }
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        return starterTownship();
    }

    /**
     * A village or township user starting a process without naming the township (the Tasklist
     * report form) works for their own township: the instance belongs to it, not to everyone.
     */
    private String starterTownship() {
        CommandContext command = Context.getCommandContext();
        Authentication user = command == null ? null : command.getAuthentication();
        if (user == null || user.getGroupIds() == null) {
            return null;
        }
        Set<String> townships = new HashSet<>();
        for (String group : user.getGroupIds()) {
            OrganisationGroups.townshipOf(group).ifPresent(townships::add);
            OrganisationGroups.villageOf(group).flatMap(orgUnits::findActiveByCode).map(OrgUnit::parentCode)
                    .ifPresent(townships::add);
        }
        return townships.size() == 1 ? OrganisationGroups.tenant(townships.iterator().next()) : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution == null ? null : execution.getTenantId();
    }

    private String township(String code) {
        return orgUnits.findActiveByCode(code)
                .filter(unit -> unit.level() == OrgLevel.TOWNSHIP)
                .map(unit -> OrganisationGroups.tenant(unit.code()))
                .orElseThrow(() -> new ProcessEngineException("乡镇编码“" + code + "”不是本县在册的乡镇，无法受理。"));
    }
}
