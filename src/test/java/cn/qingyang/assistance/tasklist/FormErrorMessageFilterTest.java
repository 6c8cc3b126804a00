package cn.qingyang.assistance.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormErrorMessageFilterTest {

    final FormErrorMessageFilter filter = new FormErrorMessageFilter(new ObjectMapper());

    @Test
    void ourChineseReasonIsTakenFromBehindTheEnginesPrefix() {
        assertThat(FormErrorMessageFilter.personFacing("Cannot submit task form 968e460d-ebf4-11f1: 不提出对策建议不放过——请填写对策建议。"))
                .isEqualTo("不提出对策建议不放过——请填写对策建议。");
        assertThat(FormErrorMessageFilter.personFacing(
                "Cannot instantiate process definition ReportIntake:1:4fa1626d-ebf4: 上报未受理：身份证号码校验位不正确"))
                .isEqualTo("上报未受理：身份证号码校验位不正确");
        assertThat(FormErrorMessageFilter.personFacing("Cannot submit task form 1: 第一行\n第二行")).isEqualTo("第一行\n第二行");
    }

    @Test
    void anEnglishReasonOrAnotherMessageIsLeftAlone() {
        assertThat(FormErrorMessageFilter.personFacing("Cannot submit task form abc: Cannot find task with id abc")).isNull();
        assertThat(FormErrorMessageFilter.personFacing("不提出对策建议不放过")).isNull();
        assertThat(FormErrorMessageFilter.personFacing("ENGINE-03005 Execution of 'UPDATE' failed: 数据库")).isNull();
    }

    @Test
    void theAnswerKeepsItsOtherFields() {
        byte[] body = "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot submit task form t1: 请选择困难程度\",\"code\":0}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(filter.withoutEnginePrefix(body), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"InvalidRequestException\",\"message\":\"请选择困难程度\",\"code\":0}");
        assertThat(filter.withoutEnginePrefix("<html>500</html>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(filter.withoutEnginePrefix("[\"Cannot submit task form t1: 请选择\"]".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
