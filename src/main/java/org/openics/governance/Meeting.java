package org.openics.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting of a body: its agenda (items with papers), who attended, what was declared there and its minutes.
 *
 * @param present      person ids of the members present (empty until attendance is recorded)
 * @param inAttendance people attending who are not members (officers, presenters), by name or role
 * @param minutes      the minutes, once drafted; else null
 */
public record Meeting(
        long id,
        String body,
        LocalDate date,
        String title,
        String location,
        List<AgendaItem> items,
        Set<String> present,
        List<String> inAttendance,
        List<MeetingDeclaration> declarations,
        Minutes minutes) {

    public Meeting {
        Codes.require(body, "body");
        if (date == null) {
            throw new IllegalArgumentException("a meeting needs a date");
        }
        title = title == null || title.isBlank() ? null : title.strip();
        location = location == null || location.isBlank() ? null : location.strip();
        items = List.copyOf(items);
        present = Set.copyOf(present);
        inAttendance = List.copyOf(inAttendance);
        declarations = List.copyOf(declarations);
    }

    public Optional<AgendaItem> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }

    public boolean attendanceRecorded() {
        return !present.isEmpty();
    }

    public Meeting withItems(List<AgendaItem> newItems) {
        return new Meeting(id, body, date, title, location, newItems, present, inAttendance, declarations, minutes);
    }

    public Meeting withAttendance(
            Set<String> newPresent, List<String> newInAttendance, List<MeetingDeclaration> newDeclarations) {
        return new Meeting(
                id, body, date, title, location, items, newPresent, newInAttendance, newDeclarations, minutes);
    }

    public Meeting withMinutes(Minutes newMinutes) {
        return new Meeting(id, body, date, title, location, items, present, inAttendance, declarations, newMinutes);
    }

    public Meeting replacing(AgendaItem item) {
        return withItems(
                items.stream().map(i -> i.number() == item.number() ? item : i).toList());
    }
}
