package org.openics.engagement.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Panel;
import org.openics.engagement.PanelEvent;
import org.openics.engagement.PanelMember;
import org.openics.engagement.Partner;
import org.openics.engagement.PartnerKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The citizens' panel in the engagement schema: members (pseudonymous), invitations, events, partners. */
@Repository
class JdbcPanelStore {

    private final JdbcTemplate jdbc;

    JdbcPanelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PanelMember> members() {
        return jdbc.query(
                "select * from engagement.panel_member order by reference",
                (rs, n) -> new PanelMember(
                        rs.getString("reference"),
                        rs.getString("place"),
                        AgeBand.parse(rs.getString("age_band")),
                        Optional.ofNullable(rs.getString("lsoa")),
                        Optional.ofNullable(rs.getString("recruited_by")),
                        rs.getDate("consented_on").toLocalDate(),
                        Optional.ofNullable(rs.getDate("withdrawn_on")).map(Date::toLocalDate)));
    }

    boolean memberExists(String reference) {
        Integer n = jdbc.queryForObject(
                "select count(*) from engagement.panel_member where reference = ?", Integer.class, reference);
        return n != null && n > 0;
    }

    void insertMember(PanelMember m, String by) {
        jdbc.update(
                "insert into engagement.panel_member (reference, place, age_band, lsoa, recruited_by, consented_on, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                m.reference(),
                m.place(),
                m.ageBand().map(Enum::name).orElse(null),
                m.lsoa().orElse(null),
                m.recruitedBy().orElse(null),
                Date.valueOf(m.consentedOn()),
                by);
    }

    int withdraw(String reference, LocalDate on) {
        return jdbc.update(
                "update engagement.panel_member set withdrawn_on = ? where reference = ? and withdrawn_on is null",
                Date.valueOf(on),
                reference);
    }

    int invite(String consultation, String member, LocalDate on) {
        return jdbc.update(
                "insert into engagement.invitation (consultation, member, invited_on) values (?, ?, ?) on conflict do nothing",
                consultation,
                member,
                Date.valueOf(on));
    }

    int tookPart(String consultation, String member) {
        return jdbc.update(
                "update engagement.invitation set took_part = true where consultation = ? and member = ?",
                consultation,
                member);
    }

    List<Panel.Invitations> invitations() {
        return jdbc.query(
                "select consultation, count(*), count(*) filter (where took_part) from engagement.invitation "
                        + "group by consultation order by consultation",
                (rs, n) -> new Panel.Invitations(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    void insertEvent(PanelEvent e) {
        jdbc.update(
                "insert into engagement.event (title, held_on, place, partner, attendance) values (?, ?, ?, ?, ?)",
                e.title(),
                Date.valueOf(e.heldOn()),
                e.place(),
                e.partner().orElse(null),
                e.attendance());
    }

    List<PanelEvent> events() {
        return jdbc.query(
                "select * from engagement.event order by held_on desc, id",
                (rs, n) -> new PanelEvent(
                        rs.getString("title"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getString("place"),
                        Optional.ofNullable(rs.getString("partner")),
                        rs.getInt("attendance")));
    }

    void insertPartner(Partner p) {
        jdbc.update(
                "insert into engagement.partner (code, name, kind, place) values (?, ?, ?, ?)",
                p.code(),
                p.name(),
                p.kind().name(),
                p.place());
    }

    List<Partner> partners() {
        return jdbc.query(
                "select * from engagement.partner order by kind, name",
                (rs, n) -> new Partner(
                        rs.getString("code"),
                        rs.getString("name"),
                        PartnerKind.valueOf(rs.getString("kind")),
                        rs.getString("place")));
    }
}
