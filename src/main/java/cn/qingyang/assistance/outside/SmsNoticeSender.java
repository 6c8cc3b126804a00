package cn.qingyang.assistance.outside;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 短信告知: the person is told the decision. The diagram gives the wording (input parameter
 * {@value #TEXT}, editable in Modeler) and what it is about ({@value #KIND}), which makes the
 * message's key: one SMS per case and kind, however often the job runs.
 */
@Component("smsNoticeSender")
public class SmsNoticeSender implements JavaDelegate {

    public static final String KIND = "smsKind";
    public static final String TEXT = "smsText";

    private final SmsGateway sms;
    private final OutboundMessageRepository messages;

    public SmsNoticeSender(SmsGateway sms, OutboundMessageRepository messages) {
        this.sms = sms;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.of(execution).id(CASE_ID);
        ProcessVariables notice = ProcessVariables.local(execution);
        sms.send("sms:" + caseId + ":" + notice.text(KIND), caseId, messages.phoneOfCase(caseId), notice.text(TEXT));
    }
}
