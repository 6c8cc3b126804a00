package cn.qingyang.assistance.accesslog;

import cn.qingyang.assistance.common.EngineAsSystem;
import cn.qingyang.assistance.security.CallerScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A case file is read in Tasklist too: opening a task's form loads the case's variables (name,
 * masked ID number, phone, what was reported and found). Every such read that succeeds, through
 * the webapps' engine API or {@code /engine-rest} (a task's form variables, a task's or an
 * instance's variables), is a {@link AccessAction#READ_CASE} row of the access log, naming the task
 * the person was working on. Reads of single variables (the 案件档案 tab's look-ups) are not
 * logged here: the tab reads the case through {@code /api}, which logs it.
 */
public class EngineReadLog extends OncePerRequestFilter {

    private static final Pattern TASK_READ = Pattern.compile(".*/task/([^/]+)/(form-variables|variables)$");
    private static final Pattern INSTANCE_READ = Pattern.compile(".*/process-instance/([^/]+)/variables$");

    private final AccessLog accessLog;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final EngineAsSystem system;

    public EngineReadLog(AccessLog accessLog, TaskService tasks, RuntimeService runtime, EngineAsSystem system) {
        this.accessLog = accessLog;
        this.tasks = tasks;
        this.runtime = runtime;
        this.system = system;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod()) || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        String path = request.getRequestURI();
        Matcher task = TASK_READ.matcher(path);
        Matcher instance = INSTANCE_READ.matcher(path);
        if (!task.matches() && !instance.matches()) {
            return;
        }
        String user = user(request);
        if (user == null) {
            return;
        }
        Read read = system.call(() -> task.matches() ? ofTask(task.group(1)) : ofInstance(instance.group(1)));
        if (read != null && read.caseNumber() != null) {
            accessLog.record(new CallerScope(user, List.of()), AccessAction.READ_CASE, read.caseNumber(),
                    read.townshipCode(), null, read.why());
        }
    }

    private record Read(String caseNumber, String townshipCode, String why) {
    }

    private Read ofTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getExecutionId() == null) {
            return null;
        }
        return new Read((String) runtime.getVariable(task.getExecutionId(), "caseNumber"),
                (String) runtime.getVariable(task.getExecutionId(), "townshipCode"), "办理任务“" + task.getName() + "”");
    }

    private Read ofInstance(String instanceId) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
            return null;
        }
        return new Read((String) runtime.getVariable(instanceId, "caseNumber"),
                (String) runtime.getVariable(instanceId, "townshipCode"), "查看流程变量");
    }

    /** The webapp session's user, else the HTTP Basic user (the answer was 200: the credentials held). */
    private static String user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null && !authentications.getAuthentications().isEmpty()) {
                UserAuthentication authentication = authentications.getAuthentications().get(0);
                return authentication.getName();
            }
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? decoded.substring(0, colon) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
