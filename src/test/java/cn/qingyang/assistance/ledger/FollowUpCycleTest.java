package cn.qingyang.assistance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-visit flag FollowUpVisits' gateway reads, from the category's repeating interval. */
class FollowUpCycleTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "R1/P1M, true",
        "R1/P3M, true",
        "R/P1M, false",
        "R4/P3M, false",
        "R12/P1M, false",
        "P1M, false",
        "'', false",
        "NULL, false"})
    void aCycleVisitsOnceWhenItRepeatsExactlyOnce(String cycle, boolean once) {
        assertThat(LedgerService.visitsOnce(cycle)).isEqualTo(once);
    }
}
