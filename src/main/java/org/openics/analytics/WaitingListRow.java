package org.openics.analytics;

import java.time.LocalDate;

/**
 * One open referral-to-treatment waiting list entry from the facts store, pseudonymous, with what analytics knows of the
 * person: ICS and place of residence (through their practice), practice, LSOA, IMD quintile (1 most deprived; null when
 * the LSOA is unknown) and ethnic group. {@code priority} is the FHIR request priority code.
 */
public record WaitingListRow(
        String pseudonym,
        String provider,
        String treatmentFunction,
        LocalDate clockStart,
        String priority,
        String ics,
        String place,
        String practice,
        String lsoa,
        Integer imdQuintile,
        String ethnicGroup) {}
