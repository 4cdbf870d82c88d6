package org.openics.analytics.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CambridgeMultimorbidityScoreTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 4, 1);

    static RecordedCondition condition(String code, LocalDate onset) {
        return new RecordedCondition(code, onset);
    }

    @Test
    void theTwentyPublishedGeneralOutcomeWeightsSumTo16Point33() {
        // Payne et al. 2020, 20-condition general-outcome weights: 0.65+0.50+1.34+1.53+0.53+0.43+1.46+0.49+2.50+0.75
        // +0.92+0.09+1.18+0.21+0.64+0.80+0.19+0.08+1.12+0.92
        assertThat(CmsCondition.values()).hasSize(20);
        assertThat(Arrays.stream(CmsCondition.values())
                        .mapToDouble(CmsCondition::weight)
                        .sum())
                .isCloseTo(16.33, within(1e-9));
    }

    @Test
    void sevenOfTheTwentyCannotBeExpressedWithOurData() {
        assertThat(Arrays.stream(CmsCondition.values()).filter(c -> !c.expressible()))
                .containsExactlyInAnyOrder(
                        CmsCondition.ALCOHOL_PROBLEMS,
                        CmsCondition.CONNECTIVE_TISSUE_DISORDER,
                        CmsCondition.EPILEPSY,
                        CmsCondition.HEARING_LOSS,
                        CmsCondition.IRRITABLE_BOWEL_SYNDROME,
                        CmsCondition.CONSTIPATION,
                        CmsCondition.PAINFUL_CONDITION);
    }

    @Test
    void hypertensionDiabetesAndCoronaryHeartDiseaseScore1Point32() {
        var result = CambridgeMultimorbidityScore.of(
                List.of(
                        condition("38341003", AS_AT.minusYears(10)),
                        condition("44054006", AS_AT.minusYears(3)),
                        condition("414545008", AS_AT.minusYears(1))),
                AS_AT);
        assertThat(result.score()).isEqualTo(1.32);
        assertThat(result.count()).isEqualTo(3);
    }

    @Test
    void aConditionRecordedTwiceCountsOnce() {
        var result = CambridgeMultimorbidityScore.of(
                List.of(
                        condition("52448006", AS_AT.minusYears(2)),
                        condition("52448006", AS_AT.minusYears(1)),
                        condition("49436004", null)),
                AS_AT);
        assertThat(result.score()).isEqualTo(3.84);
        assertThat(result.conditions())
                .containsExactlyInAnyOrder(CmsCondition.DEMENTIA, CmsCondition.ATRIAL_FIBRILLATION);
    }

    @Test
    void cancerCountsOnlyWhenDiagnosedInTheLastFiveYears() {
        assertThat(CambridgeMultimorbidityScore.of(List.of(condition("363346000", AS_AT.minusYears(6))), AS_AT)
                        .score())
                .isZero();
        assertThat(CambridgeMultimorbidityScore.of(List.of(condition("363346000", AS_AT.minusYears(4))), AS_AT)
                        .score())
                .isEqualTo(1.53);
        assertThat(CambridgeMultimorbidityScore.of(List.of(condition("363346000", AS_AT.minusYears(5))), AS_AT)
                        .score())
                .isEqualTo(1.53);
    }

    @Test
    void conditionsAfterTheReferenceDateAndCodesOutsideTheScoreDoNotCount() {
        var result = CambridgeMultimorbidityScore.of(
                List.of(condition("84114007", AS_AT.plusDays(1)), condition("110359009", AS_AT.minusYears(20))), AS_AT);
        assertThat(result.score()).isZero();
        assertThat(result.count()).isZero();
    }
}
