package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class EndedRecordsTest {

    @Test
    void recognisesARecordByIdInBothApis() {
        Matcher rest = EndedRecords.RECORD.matcher("/task/abc-1/variables/x/data");
        assertThat(rest.matches()).isTrue();
        assertThat(rest.group(2)).isEqualTo("task");
        assertThat(rest.group(3)).isEqualTo("abc-1");
        Matcher webapp = EndedRecords.RECORD.matcher("engine/default/process-instance/pi-9/variables");
        assertThat(webapp.matches()).isTrue();
        assertThat(webapp.group(1)).isEqualTo("default");
        assertThat(webapp.group(3)).isEqualTo("pi-9");
        assertThat(EndedRecords.RECORD.matcher("/execution/e-2").matches()).isTrue();
    }

    @Test
    void leavesCollectionsAndOtherResourcesAlone() {
        assertThat(EndedRecords.RECORD.matcher("/task").matches()).isFalse();
        assertThat(EndedRecords.RECORD.matcher("/history/task/abc").matches()).isFalse();
        assertThat(EndedRecords.RECORD.matcher("/process-definition/x/xml").matches()).isFalse();
        Matcher count = EndedRecords.RECORD.matcher("/task/count");
        assertThat(count.matches() && !EndedRecords.NOT_IDS.contains(count.group(3))).isFalse();
    }
}
