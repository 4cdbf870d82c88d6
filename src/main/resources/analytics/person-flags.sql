-- One row per person of an ICS: the units and breakdown categories the person counts in, the age band
-- (0, 1-4, 5-9 ... 90+ by age at the reference date, or at death), and 0/1 flags and counts that the
-- indicators of analytics/indicators.yaml sum. REF is the reference date, START the first day of the
-- 12-month period, Q1..Q4 and Q5 the quarter boundaries.
create or replace table person_flags as
with obs as (
    select pseudonym,
        arg_max(value, effective) filter (where code = '85354-9') as systolic,
        arg_max(diastolic, effective) filter (where code = '85354-9') as diastolic,
        arg_max(value, effective) filter (where code = '39156-5') as bmi,
        arg_max(value_code, effective) filter (where code = '72166-2') as smoking,
        arg_max(value, effective) filter (where code = '75626-2') as audit_c,
        arg_max(value, effective) filter (where code = '44261-6') as phq9,
        arg_max(value, effective) filter (where code = '70274-6') as gad7,
        arg_max(value, effective) filter (where code = '59261-8') as hba1c
    from fact_observation
    where effective > DATE 'REF' - interval 2 year and effective <= DATE 'REF'
    group by pseudonym
), cond as (
    select pseudonym,
        bool_or(code = '38341003') as htn, bool_or(code = '44054006') as dm, bool_or(code = '414545008') as chd,
        bool_or(code = '230690007') as stia, bool_or(code = '49436004') as af, bool_or(code = '84114007') as hf,
        bool_or(code = '13645005') as copd, bool_or(code = '195967001') as ast, bool_or(code = '709044004') as ckd,
        bool_or(code = '35489007') as dep, bool_or(code = '58214004') as smi, bool_or(code = '52448006') as dem,
        bool_or(code = '363346000') as can, bool_or(code = '110359009') as ld
    from fact_condition
    where onset is null or onset <= DATE 'REF'
    group by pseudonym
), enc as (
    select pseudonym,
        count(*) filter (where class = 'EMER') as ae,
        count(*) filter (where class = 'EMER' and start_date < DATE 'Q2') as ae_q1,
        count(*) filter (where class = 'EMER' and start_date >= DATE 'Q2' and start_date < DATE 'Q3') as ae_q2,
        count(*) filter (where class = 'EMER' and start_date >= DATE 'Q3' and start_date < DATE 'Q4') as ae_q3,
        count(*) filter (where class = 'EMER' and start_date >= DATE 'Q4') as ae_q4,
        count(*) filter (where emergency_admission) as adm,
        count(*) filter (where emergency_admission and start_date < DATE 'Q2') as adm_q1,
        count(*) filter (where emergency_admission and start_date >= DATE 'Q2' and start_date < DATE 'Q3') as adm_q2,
        count(*) filter (where emergency_admission and start_date >= DATE 'Q3' and start_date < DATE 'Q4') as adm_q3,
        count(*) filter (where emergency_admission and start_date >= DATE 'Q4') as adm_q4,
        count(*) filter (where class = 'AMB' and type = '11429006') as gp,
        count(*) filter (where class = 'AMB' and type = '11429006' and start_date < DATE 'Q2') as gp_q1,
        count(*) filter (where class = 'AMB' and type = '11429006' and start_date >= DATE 'Q2' and start_date < DATE 'Q3') as gp_q2,
        count(*) filter (where class = 'AMB' and type = '11429006' and start_date >= DATE 'Q3' and start_date < DATE 'Q4') as gp_q3,
        count(*) filter (where class = 'AMB' and type = '11429006' and start_date >= DATE 'Q4') as gp_q4
    from fact_encounter
    where start_date >= DATE 'START' and start_date <= DATE 'REF'
    group by pseudonym
), wl as (
    select pseudonym, count(*) as waits,
        count(*) filter (where DATE 'REF' - clock_start <= 126) as w18,
        count(*) filter (where DATE 'REF' - clock_start > 364) as w52
    from fact_waiting_list
    where (status is null or status = 'active') and clock_start <= DATE 'REF'
    group by pseudonym
), base as (
    select p.*,
        (p.death_date is null or p.death_date > DATE 'REF') as alive,
        (p.death_date is null or p.death_date >= DATE 'START') as at_risk,
        (p.death_date between DATE 'START' and DATE 'REF') as died,
        coalesce(c.htn, false) as htn, coalesce(c.dm, false) as dm, coalesce(c.chd, false) as chd, coalesce(c.stia, false) as stia,
        coalesce(c.af, false) as af, coalesce(c.hf, false) as hf, coalesce(c.copd, false) as copd, coalesce(c.ast, false) as ast,
        coalesce(c.ckd, false) as ckd, coalesce(c.dep, false) as dep, coalesce(c.smi, false) as smi, coalesce(c.dem, false) as dem,
        coalesce(c.can, false) as can, coalesce(c.ld, false) as ld,
        o.systolic, o.diastolic, o.bmi, o.smoking, o.audit_c, o.phq9, o.gad7, o.hba1c,
        e.ae, e.ae_q1, e.ae_q2, e.ae_q3, e.ae_q4, e.adm, e.adm_q1, e.adm_q2, e.adm_q3, e.adm_q4, e.gp, e.gp_q1, e.gp_q2, e.gp_q3, e.gp_q4,
        w.waits, w.w18, w.w52
    from person p left join cond c using (pseudonym) left join obs o using (pseudonym)
        left join enc e using (pseudonym) left join wl w using (pseudonym)
    where p.ics is not null and p.age is not null and p.age >= 0
), counted as (
    select *,
        htn::int + dm::int + chd::int + stia::int + af::int + hf::int + copd::int + ast::int + ckd::int + dep::int + smi::int
            + dem::int + can::int + ld::int as conditions,
        (not htn and (systolic >= 140 or diastolic >= 90)) as undiagnosed_high
    from base
)
select ics, place, pcn, practice, lsoa, imd_decile, imd_quintile, ethnic_group, place_imd_decile, ics_imd_decile,
    case when age < 18 then '0-17' when age < 45 then '18-44' when age < 65 then '45-64' when age < 75 then '65-74' else '75+' end as age_group,
    case lower(sex) when 'male' then 'Male' when 'female' then 'Female' else 'Other or unknown' end as sex,
    case when age = 0 then 0 when age < 5 then 1 when age >= 90 then 90 else 5 * (age // 5) end as band,
    (alive)::int as pop,
    (alive and age >= 17)::int as pop17,
    (alive and age >= 18)::int as pop18,
    (alive and htn)::int as c_htn, (alive and dm and age >= 17)::int as c_dm, (alive and chd)::int as c_chd,
    (alive and stia)::int as c_stia, (alive and af)::int as c_af, (alive and hf)::int as c_hf, (alive and copd)::int as c_copd,
    (alive and ast)::int as c_ast, (alive and ckd and age >= 18)::int as c_ckd, (alive and dep and age >= 18)::int as c_dep,
    (alive and smi)::int as c_smi, (alive and dem)::int as c_dem, (alive and can)::int as c_can, (alive and ld)::int as c_ld,
    (alive and age >= 18 and conditions >= 2)::int as mm2,
    (alive and age >= 18 and conditions >= 4)::int as mm4,
    coalesce(alive and age >= 18 and undiagnosed_high, false)::int as htn_undiag,
    coalesce(alive and age >= 18 and (htn or undiagnosed_high), false)::int as htn_all18,
    (alive and htn and systolic is not null)::int as htn_bp,
    coalesce(alive and htn and systolic <= (case when age >= 80 then 150 else 140 end) and diastolic <= 90, false)::int as htn_ctrl,
    (alive and age >= 18 and bmi is not null)::int as bmi_rec,
    coalesce(alive and age >= 18 and bmi >= 30, false)::int as obese,
    (alive and age >= 18 and smoking is not null)::int as smk_rec,
    coalesce(alive and age >= 18 and smoking = '77176002', false)::int as smoker,
    (alive and age >= 18 and audit_c is not null)::int as audit_rec,
    coalesce(alive and age >= 18 and audit_c >= 5, false)::int as audit5,
    coalesce(alive and age >= 18 and audit_c >= 8, false)::int as audit8,
    (alive and age >= 18 and (phq9 is not null or gad7 is not null))::int as mh_screen,
    coalesce(alive and age >= 18 and (phq9 >= 10 or gad7 >= 10), false)::int as mh_high,
    (alive and dm and age >= 17 and hba1c is not null)::int as dm_hba1c,
    coalesce(alive and dm and age >= 17 and hba1c <= 58, false)::int as dm_ctrl,
    (at_risk)::int as risk,
    coalesce(died, false)::int as death,
    (at_risk and lower(sex) = 'male')::int as risk_m,
    coalesce(died and lower(sex) = 'male', false)::int as death_m,
    (at_risk and lower(sex) = 'female')::int as risk_f,
    coalesce(died and lower(sex) = 'female', false)::int as death_f,
    coalesce(ae, 0) as ae, coalesce(ae_q1, 0) as ae_q1, coalesce(ae_q2, 0) as ae_q2, coalesce(ae_q3, 0) as ae_q3, coalesce(ae_q4, 0) as ae_q4,
    coalesce(adm, 0) as adm, coalesce(adm_q1, 0) as adm_q1, coalesce(adm_q2, 0) as adm_q2, coalesce(adm_q3, 0) as adm_q3,
    coalesce(adm_q4, 0) as adm_q4,
    coalesce(gp, 0) as gp, coalesce(gp_q1, 0) as gp_q1, coalesce(gp_q2, 0) as gp_q2, coalesce(gp_q3, 0) as gp_q3, coalesce(gp_q4, 0) as gp_q4,
    coalesce(case when alive then waits end, 0) as waits,
    coalesce(case when alive then w18 end, 0) as w18,
    coalesce(case when alive then w52 end, 0) as w52,
    (alive and coalesce(waits, 0) > 0)::int as waiting
from counted
