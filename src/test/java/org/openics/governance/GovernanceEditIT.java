package org.openics.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.governance.demo.DemoGovernance;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The board secretary's daily work through the entry point and the pages; every other role refused with the reason. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceEditIT extends PlatformIT {

    static final org.openics.kernel.Actor SECRETARY = new org.openics.kernel.Actor(
            "secretary",
            org.openics.kernel.UserRole.GOVERNANCE_ADMIN,
            java.util.Optional.of("QZZ"),
            java.util.Optional.empty());

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    String original;

    @BeforeAll
    void loadTheDemo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        original = governance.exportModel();
    }

    /** The other governance tests share this store and expect the demo's deliberate breaches. */
    @org.junit.jupiter.api.AfterAll
    void restoreTheDemo() {
        assertThat(governance
                        .importModel(SECRETARY, original, "restore after GovernanceEditIT")
                        .problems())
                .isEmpty();
    }

    static Actor as(UserRole role) {
        return new Actor(
                role.name().toLowerCase(),
                role,
                Optional.of("QZZ"),
                role == UserRole.RESIDENT
                        ? Optional.of(new org.openics.kernel.NhsNumber("9000000009"))
                        : Optional.empty());
    }

    @Test
    void onlyAGovernanceAdministratorMayChangeGovernanceAtTheEntryPoint() {
        String before = governance.exportModel();
        GovernanceChange change = new GovernanceChange.DeclareInterest(
                "chair",
                InterestKind.NON_FINANCIAL_PERSONAL,
                "RJ1",
                "trustee of the hospital charity",
                LocalDate.now());
        for (UserRole role : UserRole.values()) {
            if (role == UserRole.GOVERNANCE_ADMIN) {
                continue;
            }
            assertThatThrownBy(() -> governance.change(as(role), change))
                    .as(role.name())
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessageContaining("the " + role.label() + " role may not change the ICS's governance")
                    .hasMessageContaining("only Governance administrator may");
        }
        assertThatThrownBy(() -> governance.change(null, change)).isInstanceOf(NotAuthorised.class);
        assertThat(governance.exportModel()).isEqualTo(before);
    }

    @Test
    void aChangeIsKeptInTheHistoryAttributedAndARefusedOneChangesNothing() {
        ChangeResult made = governance.change(
                as(UserRole.GOVERNANCE_ADMIN),
                new GovernanceChange.DeclareInterest(
                        "ned-1",
                        InterestKind.INDIRECT,
                        "RJZ",
                        "brother is a consultant at the trust",
                        LocalDate.of(2026, 7, 1)));
        assertThat(made.problems()).isEmpty();
        assertThat(governance.history(10).get(0)).satisfies(h -> {
            assertThat(h.modelVersion()).isEqualTo(made.version());
            assertThat(h.by()).isEqualTo("governance_admin (Governance administrator)");
            assertThat(h.what()).contains("ned-1").contains("RJZ");
        });
        String before = governance.exportModel();
        ChangeResult refused = governance.change(
                as(UserRole.GOVERNANCE_ADMIN),
                new GovernanceChange.EndSeat("chair", DemoGovernance.BOARD, Role.MEMBER, LocalDate.now()));
        assertThat(refused.made()).isFalse();
        assertThat(refused.problems()).singleElement().asString().contains("holds no seat as Member");
        assertThat(governance.exportModel()).isEqualTo(before);
    }

    @Test
    void theSecretaryAppointsAMemberThroughThePagesAndTheRegisterShowsThem() {
        Page page = Browser.signedIn(url("/governance/edit"), "secretary");
        page.navigate(url("/governance/edit"));
        page.selectOption("#appoint-body", "QZZ-BOARD");
        page.selectOption("#appoint-person", "");
        page.fill("#appoint-new-id", "pm-gp-new");
        page.fill("#appoint-new-name", "Dr Ngozi Adebayo");
        page.selectOption("#appoint-role", "PARTNER_MEMBER_GENERAL_PRACTICE");
        page.fill("#appoint-from", LocalDate.now().toString());
        page.getByTestId("appoint-form").locator("button[type=submit]").click();
        page.waitForURL("**/governance/edit**");
        assertThat(page.getByTestId("made"))
                .containsText("appointed Dr Ngozi Adebayo (pm-gp-new) as Partner member (general practice)");
        assertThat(page.getByTestId("history")).containsText("secretary (Governance administrator)");
        Browser.screenshot(page, "governance-edit");
        page.navigate(url("/governance/interests"));
        assertThat(page.getByTestId("register")).containsText("Dr Ngozi Adebayo");
        assertThat(governance.validate(LocalDate.now()).breaches())
                .noneSatisfy(b -> assertThat(b.rule()).startsWith("ICB-PARTNER-GENERAL-PRACTICE"));
    }

    @Test
    void anAnalystSeesTheReasonInsteadOfTheFormsAndAPostIsRefused() {
        Page page = Browser.signedIn(url("/governance/edit"), "analyst");
        page.navigate(url("/governance/edit"));
        assertThat(page.getByTestId("refusal")).containsText("the Analyst role may not change the ICS's governance");
        assertThat(page.getByTestId("appoint-form")).hasCount(0);
        String token = page.locator("input[name=_csrf]").count() > 0
                ? page.locator("input[name=_csrf]").first().inputValue()
                : null;
        FormData form = FormData.create()
                .set("person", "chair")
                .set("kind", "FINANCIAL")
                .set("organisation", "RJ1")
                .set("description", "x")
                .set("from", LocalDate.now().toString());
        if (token != null) {
            form.set("_csrf", token);
        }
        APIResponse response = page.request()
                .post(url("/governance/edit/interest"), RequestOptions.create().setForm(form));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("the Analyst role may not change the ICS");
    }
}
