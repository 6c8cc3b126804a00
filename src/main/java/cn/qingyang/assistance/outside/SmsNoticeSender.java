package cn.qingyang.assistance.outside;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 短信告知: the person is told the decision. The diagram gives the wording (input parameter
 * {@value #TEXT}, editable in Modeler) and what it is about ({@value #KIND}), which makes the
 * message's key: one SMS per case and kind, however often the job runs. The SMS is recorded in the
 * outbox with the case's transaction and sent by the {@link OutboxRelay} after it has committed.
 */
@Component("smsNoticeSender")
public class SmsNoticeSender implements JavaDelegate {

    public static final String KIND = "smsKind";
    public static final String TEXT = "smsText";

    private final Outbox outbox;
    private final OutboundMessageRepository messages;

    SmsNoticeSender(Outbox outbox, OutboundMessageRepository messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.of(execution).id(CASE_ID);
        ProcessVariables notice = ProcessVariables.local(execution);
        outbox.sms("sms:" + caseId + ":" + notice.text(KIND), caseId, messages.phoneOfCase(caseId), notice.text(TEXT));
    }
}
