package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The person page in a real browser: signed in, with the access decision shown and audited. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonPageIT extends PlatformIT {

    @Autowired
    SharedCareRecord record;

    @BeforeAll
    void ingestTheFixtures() {
        RecordFixtures.load(record);
    }

    Page signIn(String user) {
        return Browser.signedIn(url("/record"), user);
    }

    @Test
    void aClinicianFindsAPatientByNhsNumberAndSeesTheIntegratedRecord() {
        Page page = signIn("clinician");
        page.fill("#nhsNumber", "999 000 0018");
        page.click("button:has-text('Find')");
        page.waitForSelector("[data-testid=name]");
        assertThat(page.textContent("[data-testid=name]")).contains("Lovelace");
        assertThat(page.textContent("[data-testid=access]")).contains("registered at practice Z00001");
        assertThat(page.textContent("[data-testid=problems]"))
                .contains("Type 2 diabetes mellitus")
                .contains("Z00001");
        assertThat(page.textContent("[data-testid=waiting]")).contains("ZBHC1").contains("treatment function 110");
        assertThat(page.locator(".record-chart canvas").count()).isPositive();
        Browser.screenshot(page, "record-person");
    }

    @Test
    void aRefusedClinicianCanBreakGlassWithAReason() {
        Page page = signIn("clinician");
        long dan = record.personByNhsNumber(RecordFixtures.DAN).orElseThrow().value();
        page.navigate(url("/record/person/" + dan));
        assertThat(page.textContent("[data-testid=reason]")).contains("no legitimate relationship");
        Browser.screenshot(page, "record-refused");
        page.fill("#reason", "collapsed in the surgery car park");
        page.click("button:has-text('Break glass')");
        page.waitForSelector("[data-testid=name]");
        assertThat(page.textContent("[data-testid=access]")).contains("break glass: collapsed in the surgery car park");
        assertThat(page.textContent("[data-testid=encounters]")).contains("RJ1");
    }

    @Test
    void aResidentSeesTheirOwnRecordAndWhoLookedAtIt() {
        Page clinician = signIn("clinician");
        clinician.navigate(url("/record/person/"
                + record.personByNhsNumber(RecordFixtures.RESIDENT)
                        .orElseThrow()
                        .value()));
        Page page = signIn("resident");
        page.waitForSelector("[data-testid=accesses]");
        assertThat(page.textContent("[data-testid=name]")).contains("Resident");
        // Z00001 is named when the registry holds it (the demo ICS, if another test of this store loaded it)
        assertThat(page.textContent("[data-testid=accesses]"))
                .contains("clinician")
                .containsPattern("Clinician, ([^(]+ \\()?Z00001");
        Browser.screenshot(page, "record-resident");
    }
}
