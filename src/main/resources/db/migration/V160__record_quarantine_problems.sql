-- Each quarantine row keeps its problems as kinds with their particulars, next to the reason's text:
-- [{"kind": "UNRESOLVABLE_REFERENCE", "detail": "Patient/p1"}, ...] (org.openics.record.ProblemKind), so that the
-- data quality page counts by kind without reading the text. Rows written before this version are classified once,
-- here, by the first problem of their reason (the texts the record wrote until now); what matches none stays null.
alter table record.quarantine add column problems jsonb;
update record.quarantine set problems = jsonb_build_array(jsonb_build_object('kind', k.kind, 'detail', k.detail))
from (select id,
             case when reason like 'missing or malformed resource id%' then 'MALFORMED_ID'
                  when reason like 'invalid NHS number%' then 'INVALID_NHS_NUMBER'
                  when reason like 'required element % is missing%' then 'REQUIRED_ELEMENT_MISSING'
                  when reason like 'unsupported conditional reference%' then 'UNSUPPORTED_CONDITIONAL_REFERENCE'
                  when reason like 'unresolvable reference%' then 'UNRESOLVABLE_REFERENCE'
                  when reason like 'ambiguous conditional reference%' then 'AMBIGUOUS_CONDITIONAL_REFERENCE'
                  when reason like 'impossible date%' then 'IMPOSSIBLE_DATE'
                  when reason like 'date in the future%' then 'DATE_IN_FUTURE'
                  when reason like 'date before%' then 'DATE_TOO_EARLY'
                  when reason like 'death (%) before birth%' then 'DEATH_BEFORE_BIRTH'
                  when reason like 'unknown code%' then 'UNKNOWN_CODE'
                  when reason like 'not valid FHIR R4 JSON%' then 'NOT_FHIR_JSON'
                  when reason like 'R4: %' then 'R4_INVALID'
                  when reason like '% as its author or provider, but %' then 'FOREIGN_AUTHOR'
                  when reason like '% was recorded by %; only % may change it%' then 'RECORDED_BY_ANOTHER'
                  when reason like '% is not in the record yet: people come into the record%' then 'PATIENT_NOT_IN_RECORD'
                  when reason like 'no write about person %' then 'NO_WRITE_ACCESS'
                  when reason like 'not stored: another resource of the transaction failed%' then 'TRANSACTION_FAILED'
                  when reason like 'A40%' then 'A40_NOT_MERGED'
                  when resource_type like 'HL7v2 ADT%' then 'HL7V2_UNREADABLE'
             end as kind,
             substring(reason from '^required element (\S+) is missing') as detail
      from record.quarantine) k
where k.id = record.quarantine.id and k.kind is not null;
