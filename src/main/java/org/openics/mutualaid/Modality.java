package org.openics.mutualaid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fifteen tests of NHS England's monthly diagnostics waiting-times return (DM01), by the short code an import
 * names them with. The six-week standard applies to each.
 */
public enum Modality {
    MRI("Magnetic resonance imaging", "imaging"),
    CT("Computed tomography", "imaging"),
    NOUS("Non-obstetric ultrasound", "imaging"),
    BARIUM("Barium enema", "imaging"),
    DEXA("DEXA scan", "imaging"),
    AUDIO("Audiology assessments", "physiological measurement"),
    ECHO("Cardiology: echocardiography", "physiological measurement"),
    EP("Cardiology: electrophysiology", "physiological measurement"),
    NEURO("Neurophysiology: peripheral neurophysiology", "physiological measurement"),
    SLEEP("Respiratory physiology: sleep studies", "physiological measurement"),
    URO("Urodynamics: pressures and flows", "physiological measurement"),
    COLON("Colonoscopy", "endoscopy"),
    FLEXI("Flexi sigmoidoscopy", "endoscopy"),
    CYSTO("Cystoscopy", "endoscopy"),
    GASTRO("Gastroscopy", "endoscopy");

    private final String display;
    private final String group;

    Modality(String display, String group) {
        this.display = display;
        this.group = group;
    }

    public String display() {
        return display;
    }

    public String group() {
        return group;
    }

    /** By its code, without regard to case ("mri", "NOUS"). */
    public static Optional<Modality> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
