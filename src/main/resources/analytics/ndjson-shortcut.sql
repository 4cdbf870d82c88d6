-- BENCH-ONLY SHORTCUT (docs/indicators.md): fills the fact tables straight from the generator's FHIR NDJSON
-- folder DIR with DuckDB's JSON reader, producing the same columns as the record's fact feed would
-- (pseudonym: a hash of the Patient id instead of the record's keyed hash; fact ids negative so that they
-- never collide with the record's). Place and PCN of the practice are filled afterwards from the registry.
delete from fact_person;
delete from fact_death;
delete from fact_condition;
delete from fact_observation;
delete from fact_encounter;
delete from fact_waiting_list;
create or replace temp table patient as
    select id, gender, birthDate, deceasedDateTime,
        json_extract_string(extension, '$[0].valueCodeableConcept.coding[0].code') as ethnicity,
        json_extract_string(address, '$[0].extension[0].valueString') as lsoa,
        json_extract_string(generalPractitioner, '$[0].identifier.value') as practice
    from read_json('DIR/Patient.ndjson', format = 'newline_delimited',
        columns = {id: 'VARCHAR', gender: 'VARCHAR', birthDate: 'DATE', deceasedDateTime: 'VARCHAR', extension: 'JSON', address: 'JSON',
                   generalPractitioner: 'JSON'});
insert into fact_person select -row_number() over (), 0, md5(id)[1:24], null, null, practice, lsoa, birthDate, gender, ethnicity from patient;
insert into fact_death select -row_number() over (), 0, md5(id)[1:24], cast(deceasedDateTime[1:10] as date) from patient
    where deceasedDateTime is not null;
drop table patient;
insert into fact_condition
    select -row_number() over (), 0, md5(substr(json_extract_string(subject, '$.reference'), 9))[1:24],
        json_extract_string(code, '$.coding[0].code'), json_extract_string(code, '$.coding[0].system'),
        cast(coalesce(onsetDateTime, recordedDate)[1:10] as date), json_extract_string(recorder, '$.identifier.value')
    from read_json('DIR/Condition.ndjson', format = 'newline_delimited',
        columns = {code: 'JSON', subject: 'JSON', onsetDateTime: 'VARCHAR', recordedDate: 'VARCHAR', recorder: 'JSON'});
insert into fact_observation
    select -row_number() over (), 0, md5(substr(json_extract_string(subject, '$.reference'), 9))[1:24],
        json_extract_string(code, '$.coding[0].code'), json_extract_string(code, '$.coding[0].system'),
        cast(effectiveDateTime[1:10] as date),
        coalesce(cast(json_extract(valueQuantity, '$.value') as double), cast(valueInteger as double),
            cast(json_extract(component, '$[0].valueQuantity.value') as double)),
        coalesce(json_extract_string(valueQuantity, '$.code'), json_extract_string(component, '$[0].valueQuantity.code')),
        json_extract_string(performer, '$[0].identifier.value'),
        json_extract_string(valueCodeableConcept, '$.coding[0].code'),
        cast(json_extract(component, '$[1].valueQuantity.value') as double)
    from read_json('DIR/Observation.ndjson', format = 'newline_delimited',
        columns = {code: 'JSON', subject: 'JSON', effectiveDateTime: 'VARCHAR', valueQuantity: 'JSON', valueInteger: 'INTEGER',
                   valueCodeableConcept: 'JSON', component: 'JSON', performer: 'JSON'});
insert into fact_encounter
    select -row_number() over (), 0, md5(substr(json_extract_string(subject, '$.reference'), 9))[1:24],
        json_extract_string(class, '$.code'), json_extract_string(type, '$[0].coding[0].code'),
        cast(json_extract_string(period, '$.start')[1:10] as date), cast(json_extract_string(period, '$.end')[1:10] as date),
        coalesce(json_extract_string(class, '$.code') = 'IMP' and json_extract_string(hospitalization, '$.admitSource.coding[0].code') = 'emd', false),
        json_extract_string(serviceProvider, '$.identifier.value')
    from read_json('DIR/Encounter.ndjson', format = 'newline_delimited',
        columns = {class: 'JSON', type: 'JSON', subject: 'JSON', period: 'JSON', hospitalization: 'JSON', serviceProvider: 'JSON'});
insert into fact_waiting_list
    select -row_number() over (), 0, md5(substr(json_extract_string(subject, '$.reference'), 9))[1:24],
        json_extract_string(performer, '$[0].identifier.value'), json_extract_string(extension, '$[0].valueCoding.code'),
        cast(authoredOn[1:10] as date), priority, status
    from read_json('DIR/ServiceRequest.ndjson', format = 'newline_delimited',
        columns = {extension: 'JSON', status: 'VARCHAR', priority: 'VARCHAR', category: 'JSON', subject: 'JSON', authoredOn: 'VARCHAR',
                   performer: 'JSON'})
    where json_extract_string(category, '$[0].coding[0].code') = 'rtt';
