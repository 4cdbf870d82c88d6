package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.kernel.UserRole;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident in headless Chromium: downloads their record and sets (then withdraws) an opt-out, both audited. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentRightsBrowserIT extends PlatformIT {

    @Autowired
    SharedCareRecord record;

    long resident;
    long ada;

    @BeforeAll
    void ingestTheFixtures() {
        RecordFixtures.load(record);
        resident =
                record.personByNhsNumber(RecordFixtures.RESIDENT).orElseThrow().value();
        ada = record.personByNhsNumber(RecordFixtures.ADA).orElseThrow().value();
    }

    @AfterAll
    void leaveNoOptOut() {
        record.recordOptOut(new PersonId(resident), OptOutKind.NATIONAL, false, SharedCareRecord.OPERATOR);
    }

    @Test
    void aResidentDownloadsTheirRecordAsOneFhirFile() throws Exception {
        Page page = Browser.signedIn(url("/record"), "resident");
        page.waitForSelector("[data-testid=own-rights]");
        Download download = page.waitForDownload(() -> page.click("[data-testid=download]"));
        assertThat(download.suggestedFilename()).isEqualTo("my-record-" + resident + ".json");
        JsonNode bundle = new ObjectMapper().readTree(Files.readString(download.path()));
        assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.path("total").asInt())
                .isEqualTo(bundle.path("entry").size())
                .isPositive();
        assertThat(bundle.toString()).contains("\"resourceType\":\"Patient\"").contains("9000000009");
        assertThat(record.accessesTo(new PersonId(resident)))
                .anyMatch(a -> a.what().contains("download of the whole record") && a.granted());
    }

    @Test
    void aResidentOptsOutOfTheNationalDataOptOutAndSeesWhatItMeans() {
        Page page = Browser.signedIn(url("/record"), "resident");
        page.click("[data-testid=choices]");
        page.waitForSelector("[data-testid=choice-NATIONAL]");
        assertThat(page.textContent("[data-testid=choice-NATIONAL] [data-testid=state]"))
                .contains("You have not opted out");
        assertThat(page.textContent("main")).contains("never change your care").contains("left out of the figures");
        page.click("[data-testid=toggle-NATIONAL]");
        page.waitForSelector("[data-testid=message]");
        assertThat(page.textContent("[data-testid=message]"))
                .contains("you have opted out (national data opt-out)")
                .contains("next analytics refresh");
        assertThat(page.textContent("[data-testid=choice-NATIONAL] [data-testid=state]"))
                .isEqualTo("You have opted out.");
        assertThat(page.textContent("[data-testid=choice-NATIONAL]")).contains("resident self-service");
        Browser.screenshot(page, "record-resident-choices");
        assertThat(record.optOuts(new PersonId(resident), SharedCareRecord.OPERATOR))
                .anyMatch(c -> c.kind() == OptOutKind.NATIONAL && c.optedOut());

        page.navigate(url("/record/person/" + resident));
        assertThat(page.textContent("[data-testid=accesses]")).contains("opted out: national data opt-out");
    }

    @Test
    void aResidentMayNotSeeOrChangeAnotherPersonsChoicesNorDownloadTheirRecord() {
        Page page = Browser.signedIn(url("/record"), "resident");
        Response choices = page.navigate(url("/record/person/" + ada + "/choices"));
        assertThat(choices.status()).isEqualTo(403);
        Response download = page.navigate(url("/record/person/" + ada + "/download"));
        assertThat(download.status()).isEqualTo(403);
    }

    @Test
    void theEntryPointRefusesAResidentActingForSomeoneElse() {
        var someoneElse = TestActors.of(UserRole.RESIDENT); // NHS number 900 000 0009, not Ada's
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> record.recordOptOut(new PersonId(ada), OptOutKind.NATIONAL, true, someoneElse))
                .isInstanceOf(org.openics.kernel.NotAuthorised.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> record.download(new PersonId(ada), someoneElse))
                .isInstanceOf(org.openics.kernel.NotAuthorised.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> record.download(new PersonId(ada), TestActors.of(UserRole.CLINICIAN)))
                .isInstanceOf(org.openics.kernel.NotAuthorised.class);
        assertThat(record.optOuts(new PersonId(ada), SharedCareRecord.OPERATOR)).noneMatch(OptOutChoice::optedOut);
    }
}
