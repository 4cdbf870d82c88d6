package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFrameTest {

    @Test
    void theDashboardIsCurrentOnlyOnTheOverviewAndItsDrillDown() {
        assertThat(PageFrame.section("/")).isEqualTo("/");
        assertThat(PageFrame.section("/dashboard/place/LCPZ-E09000004")).isEqualTo("/");
        assertThat(PageFrame.section("/login")).isEmpty();
        assertThat(PageFrame.section("/mutual-aid")).isEmpty();
    }

    @Test
    void eachSectionIsCurrentOnItsOwnPathsAndThoseBelow() {
        assertThat(PageFrame.section("/cohorts")).isEqualTo("/cohorts");
        assertThat(PageFrame.section("/indicators/smoking-prevalence")).isEqualTo("/indicators");
        assertThat(PageFrame.section("/record/person/3")).isEqualTo("/record");
        assertThat(PageFrame.section("/recordings")).isEmpty();
    }
}
