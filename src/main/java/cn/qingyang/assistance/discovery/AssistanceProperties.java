package cn.qingyang.assistance.discovery;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * County figures an administrator keeps current (qingyang.assistance.*).
 *
 * @param dibaoMonthlyStandard      the county's monthly 低保 standard per person (元)
 * @param townshipAidCapMultiplier  first aid above this many months of the 低保 standard needs
 *                                  county approval (our default 10, an Anhui county practice)
 */
@ConfigurationProperties("qingyang.assistance")
public record AssistanceProperties(@DefaultValue("810") BigDecimal dibaoMonthlyStandard,
                                   @DefaultValue("10") BigDecimal townshipAidCapMultiplier) {

    public BigDecimal townshipAidCap() {
        return dibaoMonthlyStandard.multiply(townshipAidCapMultiplier);
    }
}
