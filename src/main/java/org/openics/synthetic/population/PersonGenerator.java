package org.openics.synthetic.population;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openics.synthetic.population.Person.Contact;
import org.openics.synthetic.population.Person.Diagnosis;
import org.openics.synthetic.population.Person.DiagnosticRequest;
import org.openics.synthetic.population.Person.Measurement;
import org.openics.synthetic.population.Person.Prescription;
import org.openics.synthetic.population.Person.WaitingListEntry;
import org.openics.synthetic.population.PopulationFrame.Place;
import org.openics.synthetic.population.PopulationFrame.PracticeQuota;

/**
 * Draws person n of a frame: a pure function of the seed and n, so that people can be generated in
 * any order, on any thread, with the same result. Every rate below is documented with its source in
 * docs/synthetic-population.md.
 */
public final class PersonGenerator {

    static final int PATIENT = 0;
    static final int CONDITION = 1;
    static final int OBSERVATION = 2;
    static final int ENCOUNTER = 3;
    static final int MEDICATION = 4;
    static final int REQUEST = 5;

    private static final String[] MALE_NAMES = {
        "Oliver",
        "George",
        "Harry",
        "Jack",
        "Noah",
        "Leo",
        "Mohammed",
        "Kwame",
        "David",
        "James",
        "Daniel",
        "Samuel",
        "Joshua",
        "Adam",
        "Ibrahim",
        "Ravi",
        "Tomasz",
        "Chinedu",
        "Michael",
        "Peter",
        "Arjun",
        "Ethan",
        "Lucas",
        "Kofi",
        "Thomas",
        "William",
        "Yusuf",
        "Marcus",
        "Ahmed",
        "Luca"
    };
    private static final String[] FEMALE_NAMES = {
        "Olivia",
        "Amelia",
        "Isla",
        "Ava",
        "Grace",
        "Fatima",
        "Aisha",
        "Sophie",
        "Emily",
        "Chloe",
        "Priya",
        "Zainab",
        "Ama",
        "Maria",
        "Hannah",
        "Sarah",
        "Ngozi",
        "Mia",
        "Ruby",
        "Lily",
        "Anna",
        "Joanna",
        "Mei",
        "Chiamaka",
        "Jessica",
        "Elizabeth",
        "Leah",
        "Yasmin",
        "Grace",
        "Ella"
    };
    private static final String[] FAMILY_NAMES = {
        "Smith",
        "Jones",
        "Williams",
        "Brown",
        "Taylor",
        "Davies",
        "Evans",
        "Thomas",
        "Johnson",
        "Roberts",
        "Walker",
        "Wright",
        "Robinson",
        "Thompson",
        "White",
        "Hughes",
        "Edwards",
        "Green",
        "Hall",
        "Wood",
        "Harris",
        "Lewis",
        "Martin",
        "Jackson",
        "Clarke",
        "Clark",
        "Turner",
        "Hill",
        "Scott",
        "Cooper",
        "Okafor",
        "Mensah",
        "Adeyemi",
        "Patel",
        "Shah",
        "Khan",
        "Ahmed",
        "Begum",
        "Ali",
        "Hussain",
        "Nowak",
        "Kowalski",
        "Silva",
        "Santos",
        "Chen",
        "Wang",
        "Nguyen",
        "Campbell",
        "Francis",
        "Grant",
        "Boateng",
        "Osei",
        "Murphy",
        "Kelly"
    };

    private final PopulationFrame frame;
    private final long seed;
    private final LocalDate asAt;
    private final LocalDate windowStart;
    private final NhsNumbers nhsNumbers;

    public PersonGenerator(PopulationFrame frame, long seed, LocalDate asAt, NhsNumbers nhsNumbers) {
        this.frame = frame;
        this.seed = seed;
        this.asAt = asAt;
        this.windowStart = asAt.minusYears(1).plusDays(1);
        this.nhsNumbers = nhsNumbers;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public Person person(int index) {
        SplittableRandom r = new SplittableRandom(Ids.mix(seed, index));
        PracticeQuota practice = frame.practiceOf(index);
        Place place = practice.place();
        Profile who = profile(r, practice);
        int lsoa = who.lsoa();
        int decile = who.decile();
        Sex sex = who.sex();
        int age = who.age();
        Ethnicity ethnicity = who.ethnicity();
        LocalDate birthDate = asAt.minusYears(age).minusDays(r.nextInt(365));
        String given = (sex == Sex.MALE ? MALE_NAMES : FEMALE_NAMES)[r.nextInt(MALE_NAMES.length)];
        String family = FAMILY_NAMES[r.nextInt(FAMILY_NAMES.length)];

        LocalDate deathDate = null;
        double q = 1 - Math.exp(-Calibration.annualDeathHazard(sex, age + 0.5, decile));
        if (r.nextDouble() < q) {
            deathDate = between(r, windowStart, asAt);
        }
        LocalDate end = deathDate != null ? deathDate : asAt;
        double exposure = (ChronoUnit.DAYS.between(windowStart, end) + 1) / 365.0;

        // Shared frailty: conditions cluster in the same people, as multimorbidity does.
        double frailty = Math.exp(0.45 * r.nextGaussian() - 0.10125);
        String id = Ids.uuid(seed, index, PATIENT, 0);
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (LongTermCondition condition : LongTermCondition.values()) {
            double p = condition.probability(age, sex, decile, ethnicity)
                    * frailty
                    * practice.prevalenceFactor()[condition.ordinal()];
            if (r.nextDouble() < Math.min(0.95, p)) {
                int onsetAge = Math.max(0, age - r.nextInt(Math.min(age, 20) + 1));
                LocalDate onset = birthDate.plusYears(onsetAge).plusDays(r.nextInt(365));
                diagnoses.add(new Diagnosis(
                        Ids.uuid(seed, index, CONDITION, diagnoses.size()),
                        condition,
                        onset.isAfter(end) ? end : onset));
            }
        }
        int conditions = diagnoses.size();
        boolean hypertensive = diagnoses.stream().anyMatch(d -> d.condition() == LongTermCondition.HYPERTENSION);
        boolean diabetic = diagnoses.stream().anyMatch(d -> d.condition() == LongTermCondition.DIABETES);
        boolean depressed = diagnoses.stream().anyMatch(d -> d.condition() == LongTermCondition.DEPRESSION);
        boolean copd = diagnoses.stream().anyMatch(d -> d.condition() == LongTermCondition.COPD);

        List<Measurement> measurements = new ArrayList<>();
        if (age >= 18) {
            Measurements m = new Measurements(r, index, measurements, end.minusDays(729), end);
            double undiagnosed =
                    0.5 * LongTermCondition.HYPERTENSION.probability(age, sex, decile, ethnicity) * frailty;
            if (r.nextDouble() < (hypertensive ? 0.95 : age >= 40 ? 0.7 : 0.45)) {
                double systolic;
                double diastolic;
                if (hypertensive && r.nextDouble() < 0.62) {
                    systolic = 128 + 7 * r.nextGaussian();
                    diastolic = 78 + 6 * r.nextGaussian();
                } else if (hypertensive || r.nextDouble() < undiagnosed) {
                    systolic = 152 + 10 * r.nextGaussian();
                    diastolic = 92 + 7 * r.nextGaussian();
                } else {
                    systolic = Math.min(139, 112 + 0.3 * (age - 18) + 9 * r.nextGaussian());
                    diastolic = Math.min(89, 72 + 0.1 * (age - 18) + 7 * r.nextGaussian());
                }
                m.add(
                        Measure.BLOOD_PRESSURE,
                        Math.round(clamp(systolic, 85, 230)),
                        Math.round(clamp(diastolic, 45, 130)));
            }
            if (r.nextDouble() < 0.65) {
                double bmi = 25
                        + 0.05 * (Math.min(age, 70) - 18)
                        + 0.2 * (5.5 - decile)
                        + (diabetic ? 3 : 0)
                        + 4.5 * r.nextGaussian();
                m.add(Measure.BODY_MASS_INDEX, Math.round(clamp(bmi, 14, 60) * 10) / 10.0, 0);
            }
            if (r.nextDouble() < 0.85) {
                double current = Math.min(
                        0.7,
                        0.12
                                * Math.exp(0.14 * (5.5 - decile))
                                * (sex == Sex.MALE ? 1.25 : 0.8)
                                * (age < 60 ? 1.1 : 0.65)
                                * (copd ? 3 : 1)
                                * (ethnicity.group() == Ethnicity.Group.WHITE ? 1.1 : 0.8));
                double u = r.nextDouble();
                SmokingStatus status = u < current
                        ? SmokingStatus.CURRENT
                        : u < current + (age > 50 ? 0.33 : 0.17) ? SmokingStatus.EX : SmokingStatus.NEVER;
                m.add(Measure.SMOKING_STATUS, status.ordinal(), 0);
            }
            if (r.nextDouble() < 0.45) {
                double mean =
                        2.5 * (sex == Sex.MALE ? 1.3 : 0.8) * (ethnicity.group() == Ethnicity.Group.WHITE ? 1.2 : 0.6);
                int score = Math.min(12, poisson(r, mean) + (r.nextDouble() < 0.04 ? 5 : 0));
                m.add(Measure.AUDIT_C, score, 0);
            }
            if (r.nextDouble() < (depressed ? 0.55 : 0.03)) {
                m.add(Measure.PHQ9, depressed ? 5 + r.nextInt(18) : Math.min(27, poisson(r, 3)), 0);
            }
            if (r.nextDouble() < (depressed ? 0.35 : 0.03)) {
                m.add(Measure.GAD7, depressed ? 4 + r.nextInt(15) : Math.min(21, poisson(r, 3)), 0);
            }
            if (diabetic && r.nextDouble() < 0.9) {
                m.add(Measure.HBA1C, Math.round(clamp(48 * Math.exp(0.15 + 0.18 * r.nextGaussian()), 30, 140)), 0);
            }
        }

        List<Contact> contacts = new ArrayList<>();
        double morbidity = 1 + 0.3 * conditions;
        double deprivation = 5.5 - decile;
        int gp = poisson(
                r,
                exposure
                        * 3.0
                        * gpAgeFactor(age)
                        * morbidity
                        * Math.exp(0.04 * deprivation)
                        * (sex == Sex.FEMALE ? 1.2 : 0.8));
        for (int i = 0; i < gp; i++) {
            LocalDate day = between(r, windowStart, end);
            contacts.add(new Contact(
                    Ids.uuid(seed, index, ENCOUNTER, contacts.size()),
                    ContactKind.GP_CONSULTATION,
                    day,
                    day,
                    practice.code().value()));
        }
        int outpatient = poisson(r, exposure * 0.9 * hospitalAgeFactor(age) * (1 + 0.35 * conditions));
        for (int i = 0; i < outpatient; i++) {
            LocalDate day = between(r, windowStart, end);
            contacts.add(new Contact(
                    Ids.uuid(seed, index, ENCOUNTER, contacts.size()),
                    ContactKind.OUTPATIENT,
                    day,
                    day,
                    place.provider(r.nextDouble())));
        }
        int emergency = poisson(
                r, exposure * 0.42 * emergencyAgeFactor(age) * (1 + 0.25 * conditions) * Math.exp(0.09 * deprivation));
        for (int i = 0; i < emergency; i++) {
            LocalDate day = between(r, windowStart, end);
            String provider = place.provider(r.nextDouble());
            contacts.add(new Contact(
                    Ids.uuid(seed, index, ENCOUNTER, contacts.size()),
                    ContactKind.EMERGENCY_DEPARTMENT,
                    day,
                    day,
                    provider));
            if (r.nextDouble() < Math.min(0.6, 0.1 * (age >= 65 ? 2.2 : 1.0) * (1 + 0.1 * conditions))) {
                LocalDate discharge = day.plusDays(1 + (long) (-Math.log(1 - r.nextDouble()) * (age >= 65 ? 8 : 3.5)));
                contacts.add(new Contact(
                        Ids.uuid(seed, index, ENCOUNTER, contacts.size()),
                        ContactKind.EMERGENCY_ADMISSION,
                        day,
                        discharge.isAfter(end) ? end : discharge,
                        provider));
            }
        }

        List<Prescription> prescriptions = new ArrayList<>();
        for (Diagnosis diagnosis : diagnoses) {
            for (Medicine medicine : Medicine.values()) {
                if (medicine.condition() == diagnosis.condition() && r.nextDouble() < medicine.uptake()) {
                    LocalDate from =
                            diagnosis.onset().isAfter(end.minusDays(364)) ? diagnosis.onset() : end.minusDays(364);
                    prescriptions.add(new Prescription(
                            Ids.uuid(seed, index, MEDICATION, prescriptions.size()),
                            medicine,
                            between(r, from, end),
                            diagnosis.id()));
                }
            }
        }

        List<WaitingListEntry> waits = new ArrayList<>();
        List<DiagnosticRequest> tests = new ArrayList<>();
        if (deathDate == null) {
            double onList = 0.11 * rttAgeFactor(age) * (1 + 0.1 * conditions);
            int entries = r.nextDouble() < onList ? (r.nextDouble() < 0.15 ? 2 : 1) : 0;
            for (int i = 0; i < entries; i++) {
                boolean urgent = r.nextDouble() < 0.12;
                double weeks = Math.min(156, (urgent ? 6 : 16) * Math.exp(0.65 * r.nextGaussian()));
                LocalDate clockStart = asAt.minusDays(Math.round(weeks * 7));
                if (clockStart.isBefore(birthDate)) {
                    clockStart = birthDate;
                }
                waits.add(new WaitingListEntry(
                        Ids.uuid(seed, index, REQUEST, i),
                        specialty(r, age, sex),
                        clockStart,
                        urgent,
                        place.provider(r.nextDouble())));
            }
            if (r.nextDouble() < 0.035 * rttAgeFactor(age)) {
                double weeks = Math.min(52, -Math.log(1 - r.nextDouble()) * 4.5);
                LocalDate requested = asAt.minusDays(Math.round(weeks * 7));
                tests.add(new DiagnosticRequest(
                        Ids.uuid(seed, index, REQUEST, 10),
                        pickTest(r),
                        requested.isBefore(birthDate) ? birthDate : requested,
                        place.provider(r.nextDouble())));
            }
        }
        return new Person(
                index,
                id,
                nhsNumbers.nhsNumber(index),
                given,
                family,
                sex,
                birthDate,
                ethnicity,
                practice.code(),
                place.lsoas()[lsoa],
                place.name(),
                decile,
                deathDate,
                diagnoses,
                measurements,
                contacts,
                prescriptions,
                waits,
                tests);
    }

    /** Who a person is, before anything happens to them. */
    record Profile(int lsoa, int decile, Sex sex, int age, Ethnicity ethnicity) {}

    /** Draws where a practice's patient lives, their sex, age and ethnicity. */
    static Profile profile(SplittableRandom r, PracticeQuota practice) {
        Place place = practice.place();
        int lsoa = place.lsoaAt(reflect(practice.catchmentCentre() + r.nextGaussian() * 0.22));
        int cell = pick(r, place.ageSex());
        int age = ageIn(r, cell % 5);
        Ethnicity ethnicity = Ethnicity.values()[pick(r, place.ethnicity())];
        return new Profile(lsoa, place.deciles()[lsoa], cell < 5 ? Sex.MALE : Sex.FEMALE, age, ethnicity);
    }

    /** Expected recorded prevalence of each condition in a practice, over a fixed sample of its patients' profiles. */
    static double[] expectedPrevalence(PracticeQuota practice, int sample) {
        SplittableRandom r =
                new SplittableRandom(Ids.mix(practice.code().value().hashCode(), sample));
        double[] sum = new double[LongTermCondition.values().length];
        for (int i = 0; i < sample; i++) {
            Profile who = profile(r, practice);
            for (LongTermCondition condition : LongTermCondition.values()) {
                sum[condition.ordinal()] +=
                        Math.min(0.95, condition.probability(who.age(), who.sex(), who.decile(), who.ethnicity()));
            }
        }
        for (int c = 0; c < sum.length; c++) {
            sum[c] /= sample;
        }
        return sum;
    }

    /** Collects measurements with their ids and dates. */
    private final class Measurements {
        private final SplittableRandom r;
        private final int index;
        private final List<Measurement> into;
        private final LocalDate from;
        private final LocalDate to;

        Measurements(SplittableRandom r, int index, List<Measurement> into, LocalDate from, LocalDate to) {
            this.r = r;
            this.index = index;
            this.into = into;
            this.from = from;
            this.to = to;
        }

        void add(Measure measure, double value, double value2) {
            into.add(new Measurement(
                    Ids.uuid(seed, index, OBSERVATION, into.size()), measure, between(r, from, to), value, value2));
        }
    }

    private static int ageIn(SplittableRandom r, int band) {
        int floor = Calibration.AGE_BAND_FLOORS[band];
        if (band == Calibration.AGE_BAND_FLOORS.length - 1) {
            // numbers fall by roughly a tenth a year of age above 65
            return (int) Math.min(Calibration.OLDEST, floor + Math.floor(-Math.log(1 - r.nextDouble()) * 11));
        }
        return floor + r.nextInt(Calibration.AGE_BAND_FLOORS[band + 1] - floor);
    }

    private static Specialty specialty(SplittableRandom r, int age, Sex sex) {
        if (age < 16 && r.nextDouble() < 0.5) {
            return Specialty.PAEDIATRICS;
        }
        while (true) {
            double u = r.nextDouble();
            for (Specialty s : Specialty.values()) {
                u -= s.share();
                if (u < 0) {
                    if (s == Specialty.GYNAECOLOGY && sex == Sex.MALE || s == Specialty.PAEDIATRICS && age >= 16) {
                        break;
                    }
                    return s;
                }
            }
        }
    }

    private static DiagnosticTest pickTest(SplittableRandom r) {
        double u = r.nextDouble();
        for (DiagnosticTest test : DiagnosticTest.values()) {
            u -= test.share();
            if (u < 0) {
                return test;
            }
        }
        return DiagnosticTest.NON_OBSTETRIC_ULTRASOUND;
    }

    private static double gpAgeFactor(int age) {
        return age < 5 ? 1.5 : age < 18 ? 0.6 : age < 40 ? 0.8 : age < 60 ? 1.0 : age < 75 ? 1.4 : 2.0;
    }

    private static double hospitalAgeFactor(int age) {
        return age < 18 ? 0.5 : age < 40 ? 0.7 : age < 60 ? 1.0 : age < 75 ? 1.6 : 1.8;
    }

    private static double emergencyAgeFactor(int age) {
        return age < 5 ? 1.8 : age < 18 ? 0.8 : age < 40 ? 1.0 : age < 75 ? 0.9 : 1.9;
    }

    private static double rttAgeFactor(int age) {
        return age < 18 ? 0.45 : age < 40 ? 0.7 : age < 60 ? 1.05 : 1.5;
    }

    static int pick(SplittableRandom r, int[] weights) {
        long total = 0;
        for (int w : weights) {
            total += w;
        }
        long u = r.nextLong(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }

    private static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    private static double reflect(double x) {
        double y = Math.abs(x) % 2;
        return y > 1 ? 2 - y : y;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
