package org.openics.analytics.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 4, 1);
    static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);

    static PersonHistory person(Integer age, String... codes) {
        return new PersonHistory(
                age,
                null,
                java.util.Arrays.stream(codes)
                        .map(c -> new RecordedCondition(c, LONG_AGO))
                        .toList(),
                0,
                0);
    }

    static Segment segmentOf(PersonHistory person) {
        return SegmentRules.segment(person, AS_AT).segment();
    }

    @Test
    void anAdultWithNoConditionAndNoEmergencyCareIsHealthy() {
        Segmentation s = SegmentRules.segment(person(35), AS_AT);
        assertThat(s.segment()).isEqualTo(Segment.HEALTHY);
        assertThat(s.cmsScore()).isZero();
    }

    @Test
    void anInfantIsInMaternalAndInfantHealth() {
        assertThat(segmentOf(person(0))).isEqualTo(Segment.MATERNAL_AND_INFANT);
    }

    @Test
    void anAandEAttendanceWithoutLongTermConditionsIsAnAcuteEpisode() {
        assertThat(segmentOf(new PersonHistory(30, null, List.of(), 0, 1))).isEqualTo(Segment.ACUTE_EPISODE);
    }

    @Test
    void oneOrTwoConditionsAreStableAndThreeAreComplex() {
        assertThat(segmentOf(person(50, "38341003"))).isEqualTo(Segment.CHRONIC_STABLE);
        assertThat(segmentOf(person(50, "38341003", "44054006"))).isEqualTo(Segment.CHRONIC_STABLE);
        Segmentation complex = SegmentRules.segment(person(50, "38341003", "44054006", "414545008"), AS_AT);
        assertThat(complex.segment()).isEqualTo(Segment.CHRONIC_COMPLEX);
        assertThat(complex.cmsScore()).isEqualTo(1.32);
        assertThat(complex.conditionCount()).isEqualTo(3);
    }

    @Test
    void learningDisabilityOutranksChronicConditions() {
        assertThat(segmentOf(person(30, "110359009", "38341003", "44054006", "195967001")))
                .isEqualTo(Segment.DISABILITY);
    }

    @Test
    void heartFailureOrCopdIsLimitedReserve() {
        assertThat(segmentOf(person(70, "84114007"))).isEqualTo(Segment.LIMITED_RESERVE);
        assertThat(segmentOf(person(60, "13645005", "110359009"))).isEqualTo(Segment.LIMITED_RESERVE);
    }

    @Test
    void dementiaOrOldAgeWithThreeConditionsIsFrailty() {
        assertThat(segmentOf(person(70, "52448006"))).isEqualTo(Segment.FRAILTY_DEMENTIA);
        assertThat(segmentOf(person(84, "38341003", "44054006", "13645005"))).isEqualTo(Segment.FRAILTY_DEMENTIA);
        assertThat(segmentOf(person(79, "38341003", "44054006", "414545008"))).isEqualTo(Segment.CHRONIC_COMPLEX);
    }

    @Test
    void deathInTheLastYearOrRecentCancerWithRepeatedAdmissionsIsEndOfLife() {
        assertThat(segmentOf(new PersonHistory(88, AS_AT.minusMonths(3), List.of(), 0, 0)))
                .isEqualTo(Segment.END_OF_LIFE);
        assertThat(segmentOf(new PersonHistory(88, AS_AT.minusMonths(13), List.of(), 0, 0)))
                .isEqualTo(Segment.HEALTHY);
        Segmentation cancer = SegmentRules.segment(
                new PersonHistory(
                        67,
                        null,
                        List.of(
                                new RecordedCondition("363346000", AS_AT.minusMonths(8)),
                                new RecordedCondition("52448006", LONG_AGO)),
                        2,
                        3),
                AS_AT);
        assertThat(cancer.segment()).isEqualTo(Segment.END_OF_LIFE);
        assertThat(cancer.reason()).contains("2 emergency admissions");
        assertThat(segmentOf(new PersonHistory(
                        67, null, List.of(new RecordedCondition("363346000", AS_AT.minusMonths(8))), 1, 3)))
                .isEqualTo(Segment.CHRONIC_STABLE);
    }

    @Test
    void segmentNamesParseInAnyCaseWithHyphens() {
        assertThat(Segment.parse("chronic-complex")).isEqualTo(Segment.CHRONIC_COMPLEX);
    }
}
