package org.openics.record.internal;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * What an observation's value reads as on the person page: a quantity ("52 mmol/mol"), a panel's components
 * ("138/86 mmHg" for a blood pressure), a code by its display ("Ex-smoker"), an integer (an AUDIT-C score "4"), or
 * text. {@code first} and {@code second} are what a chart draws (systolic and diastolic), null when not a number.
 */
record ObservationValue(String text, String unit, Double first, Double second) {

    private static final ObservationValue NONE = new ObservationValue("", "", null, null);

    static ObservationValue of(Observation observation) {
        if (observation.hasValue()) {
            return of(observation.getValue());
        }
        List<Observation.ObservationComponentComponent> components = observation.getComponent().stream()
                .filter(Observation.ObservationComponentComponent::hasValue)
                .toList();
        if (components.isEmpty()) {
            return observation.hasDataAbsentReason()
                    ? new ObservationValue("not recorded: " + text(observation.getDataAbsentReason()), "", null, null)
                    : NONE;
        }
        List<ObservationValue> parts =
                components.stream().map(c -> of(c.getValue())).toList();
        String unit = parts.stream().map(ObservationValue::unit).distinct().count() == 1
                ? parts.get(0).unit()
                : "";
        String text = unit.isEmpty()
                ? String.join(" / ", parts.stream().map(ObservationValue::text).toList())
                : String.join("/", parts.stream().map(p -> number(p.first())).toList()) + " " + unit;
        return new ObservationValue(
                text,
                unit,
                parts.get(0).first(),
                parts.size() > 1 ? parts.get(1).first() : null);
    }

    private static ObservationValue of(Type value) {
        if (value instanceof Quantity quantity && quantity.hasValue()) {
            String unit = unit(quantity);
            double number = quantity.getValue().doubleValue();
            return new ObservationValue(number(number) + (unit.isEmpty() ? "" : " " + unit), unit, number, null);
        }
        if (value instanceof org.hl7.fhir.r4.model.IntegerType integer && integer.getValue() != null) {
            return new ObservationValue(Integer.toString(integer.getValue()), "", (double) integer.getValue(), null);
        }
        if (value instanceof CodeableConcept concept) {
            return new ObservationValue(text(concept), "", null, null);
        }
        if (value instanceof org.hl7.fhir.r4.model.BooleanType yesNo && yesNo.getValue() != null) {
            return new ObservationValue(yesNo.getValue() ? "yes" : "no", "", null, null);
        }
        if (value.isPrimitive()) {
            return new ObservationValue(value.primitiveValue(), "", null, null);
        }
        return NONE;
    }

    /** The unit people read: the written unit, else the UCUM code without its brackets ("mm[Hg]" is "mmHg"). */
    private static String unit(Quantity quantity) {
        String unit = quantity.hasUnit() ? quantity.getUnit() : quantity.hasCode() ? quantity.getCode() : "";
        return unit.replace("[", "").replace("]", "");
    }

    private static String number(Double value) {
        return value == null
                ? "?"
                : new java.math.BigDecimal(Double.toString(value))
                        .stripTrailingZeros()
                        .toPlainString();
    }

    static String text(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode())
                .findFirst()
                .orElse("");
    }
}
