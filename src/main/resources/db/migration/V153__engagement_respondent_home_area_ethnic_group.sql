-- Issue #19: a respondent may give their home area (an LSOA chosen from their place's list; no postcode is asked) and
-- their ethnic group (2021 census category), both optional, so responses compare with the population by deprivation
-- and ethnic group.
alter table engagement.response add column lsoa text, add column ethnic_group text;
