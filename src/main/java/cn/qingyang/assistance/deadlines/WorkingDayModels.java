package cn.qingyang.assistance.deadlines;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * {@link WorkingDayExpressions} per deployed process definition, read once from its model
 * ({@link RepositoryService#getBpmnModelInstance}): a deployed definition never changes.
 */
@Component
class WorkingDayModels {

    private final RepositoryService repository;
    private final Map<String, WorkingDayExpressions> byDefinition = new ConcurrentHashMap<>();

    WorkingDayModels(RepositoryService repository) {
        this.repository = repository;
    }

    WorkingDayExpressions of(String processDefinitionId) {
        return byDefinition.computeIfAbsent(processDefinitionId,
                id -> WorkingDayExpressions.of(repository.getBpmnModelInstance(id)));
    }
}
