package cn.qingyang.assistance.accesslog;

import cn.qingyang.assistance.security.CallerScope;
import cn.qingyang.assistance.security.RequestUser;
import cn.qingyang.assistance.workflow.EngineAsSystem;
import cn.qingyang.assistance.workflow.ProcessVariables;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A case file is read in Tasklist too: opening a task's form loads the case's variables (name,
 * masked ID number, phone, what was reported and found). Every such read that succeeds, through
 * the webapps' engine API or {@code /engine-rest} (a task's form variables, a task's or an
 * instance's variables), is a {@link AccessAction#READ_CASE} row of the access log, naming the task
 * the person was working on. The answer is held back until its row is written, so that nobody
 * reads a case file the log does not show (and a reader never sees the log lag behind the read).
 * Reads of single variables (the 案件档案 tab's look-ups) are not
 * logged here: the tab reads the case through {@code /api}, which logs it.
 */
class EngineReadLog extends OncePerRequestFilter {

    private static final Pattern TASK_READ = Pattern.compile(".*/task/([^/]+)/(form-variables|variables)$");
    private static final Pattern INSTANCE_READ = Pattern.compile(".*/process-instance/([^/]+)/variables$");

    private final AccessLog accessLog;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final EngineAsSystem system;
    private final IdentityService identity;
    private final String webappPath;

    public EngineReadLog(AccessLog accessLog, TaskService tasks, RuntimeService runtime, EngineAsSystem system,
                         IdentityService identity, String webappPath) {
        this.accessLog = accessLog;
        this.tasks = tasks;
        this.runtime = runtime;
        this.system = system;
        this.identity = identity;
        this.webappPath = webappPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Matcher task = TASK_READ.matcher(path);
        Matcher instance = INSTANCE_READ.matcher(path);
        if (!"GET".equals(request.getMethod()) || (!task.matches() && !instance.matches())) {
            chain.doFilter(request, response);
            return;
        }
        // who reads, while the authentication filter (outside this one) still holds them
        String user = RequestUser.of(request, identity, webappPath);
        // the variables reach the reader only once the read is in the log: held back until then
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        if (user != null && held.getStatus() == HttpServletResponse.SC_OK) {
            Read read = system.call(() -> task.matches() ? ofTask(task.group(1)) : ofInstance(instance.group(1)));
            if (read != null && read.caseNumber() != null) {
                accessLog.record(new CallerScope(user, List.of()), AccessAction.READ_CASE, read.caseNumber(),
                        read.townshipCode(), null, read.why());
            }
        }
        held.copyBodyToResponse();
    }

    private record Read(String caseNumber, String townshipCode, String why) {
    }

    private Read ofTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getExecutionId() == null) {
            return null;
        }
        return read(task.getExecutionId(), "办理任务“" + task.getName() + "”");
    }

    private Read ofInstance(String instanceId) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
            return null;
        }
        return read(instanceId, "查看流程变量");
    }

    private Read read(String executionId, String why) {
        ProcessVariables variables = ProcessVariables.from(name -> runtime.getVariable(executionId, name));
        return new Read(variables.text("caseNumber"), variables.text("townshipCode"), why);
    }

}
