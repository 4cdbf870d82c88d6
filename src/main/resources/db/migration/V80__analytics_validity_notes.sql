-- Why a figure is not calculated (or is shown as none): a typed reason (ValidityNote.Reason) and its detail.
alter table analytics.indicator_value add column note_reason text, add column note_detail text;
alter table analytics.inequality add column sii_note_reason text, add column sii_note_detail text,
    add column rii_note_reason text, add column rii_note_detail text;
alter table analytics.attributable_deaths add column note_reason text, add column note_detail text;
