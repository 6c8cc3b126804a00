package cn.qingyang.assistance.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.IntegrationTest;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

@IntegrationTest
class CountyTimeZoneIT {

    @Test
    void theApplicationRunsInBeijingTimeWhateverTheServersZone() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");
    }
}
