package org.openics.governance.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Exclusion;
import org.openics.governance.LogVerification;
import org.openics.governance.MemberVote;
import org.openics.governance.Outcome;
import org.openics.governance.Vote;

class DecisionChainTest {

    @Test
    void anUntouchedChainVerifies() {
        LogVerification result = DecisionChain.verify(chain(3));
        assertThat(result.intact()).isTrue();
        assertThat(result.records()).isEqualTo(3);
    }

    @Test
    void eachHashIsSha256OverTheRecordAndThePreviousHash() {
        List<DecisionRecord> chain = chain(2);
        assertThat(chain.get(0).previousHash()).isEqualTo(DecisionChain.GENESIS);
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(0).hash()).matches("[0-9a-f]{64}").isEqualTo(DecisionChain.hash(chain.get(0)));
        assertThat(DecisionChain.canonical(chain.get(0)))
                .contains("previousHash=" + DecisionChain.GENESIS)
                .contains("valuePounds=1000");
    }

    @Test
    void changingAStoredOutcomeIsDetected() {
        List<DecisionRecord> chain = chain(3);
        DecisionRecord r = chain.get(1);
        chain.set(
                1,
                new DecisionRecord(
                        r.sequence(),
                        r.recordedAt(),
                        r.body(),
                        r.meetingDate(),
                        r.item(),
                        r.proposal(),
                        r.function(),
                        r.valuePounds(),
                        r.place(),
                        r.counterparties(),
                        Outcome.APPROVED,
                        r.reason(),
                        r.entry(),
                        r.excluded(),
                        r.confidentialGround(),
                        r.previousHash(),
                        r.hash()));
        LogVerification result = DecisionChain.verify(chain);
        assertThat(result.intact()).isFalse();
        assertThat(result.problems())
                .singleElement()
                .asString()
                .startsWith("record 2 was altered after it was recorded");
    }

    @Test
    void rehashingAnAlteredRecordStillBreaksTheLinkToTheNext() {
        List<DecisionRecord> chain = chain(3);
        DecisionRecord r = chain.get(0);
        chain.set(
                0,
                DecisionChain.seal(new DecisionRecord(
                        r.sequence(),
                        r.recordedAt(),
                        r.body(),
                        r.meetingDate(),
                        r.item(),
                        r.proposal(),
                        r.function(),
                        1,
                        r.place(),
                        r.counterparties(),
                        r.outcome(),
                        r.reason(),
                        r.entry(),
                        r.excluded(),
                        r.confidentialGround(),
                        r.previousHash(),
                        null)));
        assertThat(DecisionChain.verify(chain).problems())
                .singleElement()
                .asString()
                .startsWith("record 2 does not follow the record before it");
    }

    @Test
    void removingARecordIsDetected() {
        List<DecisionRecord> chain = chain(3);
        chain.remove(1);
        assertThat(DecisionChain.verify(chain).problems())
                .first()
                .asString()
                .isEqualTo("record 2 is missing: the next stored record is 3");
    }

    @Test
    void fieldSeparatorsInsideValuesCannotForgeAnotherRecord() {
        DecisionRecord plain = record(1, "a,b", DecisionChain.GENESIS);
        DecisionRecord split = new DecisionRecord(
                1,
                plain.recordedAt(),
                plain.body(),
                plain.meetingDate(),
                plain.item(),
                plain.proposal(),
                plain.function(),
                plain.valuePounds(),
                plain.place(),
                List.of("a", "b"),
                plain.outcome(),
                plain.reason(),
                plain.entry(),
                plain.excluded(),
                plain.confidentialGround(),
                plain.previousHash(),
                null);
        assertThat(DecisionChain.hash(plain)).isNotEqualTo(DecisionChain.hash(split));
    }

    @Test
    void aRecordWithoutNamedVotesHashesAsRecordsDidBeforeVotesWereKept() {
        // the canonical form written before votes existed, hashed independently of this code (sha256 over the 16 lines)
        DecisionRecord old = chain(1).get(0);
        assertThat(DecisionChain.canonical(old))
                .doesNotContain("votes=")
                .endsWith("\npreviousHash=" + DecisionChain.GENESIS);
        assertThat(old.hash()).isEqualTo("c1e83c1d36db90cc9851c01e245b80b1cb353396b0e99a8c2861823ac2ad1575");
    }

    @Test
    void namedVotesAreSealedAndChangingOneIsDetected() {
        DecisionRecord r = record(1, "Z00100", DecisionChain.GENESIS);
        List<MemberVote> votes = List.of(
                new MemberVote("lam-lead", "Ms Lead", Vote.FOR), new MemberVote("lam-lay", "Mr Lay", Vote.AGAINST));
        DecisionRecord sealed = DecisionChain.seal(withVotes(r, votes));
        assertThat(sealed.votes()).isEqualTo(votes);
        assertThat(DecisionChain.canonical(sealed)).endsWith("\nvotes=lam-lead|Ms Lead|FOR,lam-lay|Mr Lay|AGAINST");
        assertThat(sealed.hash()).isNotEqualTo(DecisionChain.seal(r).hash());
        assertThat(DecisionChain.verify(List.of(sealed)).intact()).isTrue();
        DecisionRecord turned = new DecisionRecord(
                sealed.sequence(),
                sealed.recordedAt(),
                sealed.body(),
                sealed.meetingDate(),
                sealed.item(),
                sealed.proposal(),
                sealed.function(),
                sealed.valuePounds(),
                sealed.place(),
                sealed.counterparties(),
                sealed.outcome(),
                sealed.reason(),
                sealed.entry(),
                sealed.excluded(),
                sealed.confidentialGround(),
                List.of(new MemberVote("lam-lead", "Ms Lead", Vote.FOR), new MemberVote("lam-lay", "Mr Lay", Vote.FOR)),
                sealed.previousHash(),
                sealed.hash());
        assertThat(DecisionChain.verify(List.of(turned)).problems())
                .singleElement()
                .asString()
                .startsWith("record 1 was altered after it was recorded");
        assertThat(sealed.voted(Vote.AGAINST)).containsExactly("Mr Lay");
    }

    private static DecisionRecord withVotes(DecisionRecord r, List<MemberVote> votes) {
        return new DecisionRecord(
                r.sequence(),
                r.recordedAt(),
                r.body(),
                r.meetingDate(),
                r.item(),
                r.proposal(),
                r.function(),
                r.valuePounds(),
                r.place(),
                r.counterparties(),
                r.outcome(),
                r.reason(),
                r.entry(),
                r.excluded(),
                r.confidentialGround(),
                votes,
                r.previousHash(),
                null);
    }

    private static List<DecisionRecord> chain(int n) {
        List<DecisionRecord> records = new ArrayList<>();
        String previous = DecisionChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            DecisionRecord sealed = DecisionChain.seal(record(i, "Z00100", previous));
            records.add(sealed);
            previous = sealed.hash();
        }
        return records;
    }

    private static DecisionRecord record(long sequence, String counterparty, String previous) {
        return new DecisionRecord(
                sequence,
                Instant.parse("2026-05-14T10:00:00Z").plusSeconds(sequence),
                "LCPZ-E09000022-COM",
                LocalDate.of(2026, 5, 14),
                "Item " + sequence,
                "Award",
                "PRIMARY_MEDICAL",
                1000,
                "LCPZ-E09000022",
                List.of(counterparty),
                Outcome.REJECTED,
                "because",
                "SORD-3.3-LAMBETH",
                List.of(new Exclusion("lam-gp", "Dr Rachel Moyo", "interest")),
                null,
                previous,
                null);
    }
}
