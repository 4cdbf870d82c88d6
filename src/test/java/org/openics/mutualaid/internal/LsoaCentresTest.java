package org.openics.mutualaid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.geography.Shape;
import org.openics.geography.shapes.Projection;
import org.openics.mutualaid.Location;

class LsoaCentresTest {

    static double[] ring(double... lonLat) {
        double[] xy = new double[lonLat.length];
        for (int i = 0; i < lonLat.length; i += 2) {
            xy[i] = Projection.x(lonLat[i]);
            xy[i + 1] = Projection.y(lonLat[i + 1]);
        }
        return xy;
    }

    @Test
    void anLsoasHomeIsTheCentreOfItsOutlineBackInLatitudeAndLongitude() {
        Shape square = Shape.of(List.of(ring(-0.12, 51.45, -0.10, 51.45, -0.10, 51.47, -0.12, 51.47, -0.12, 51.45)));
        Location centre = LsoaCentres.centre(square);
        assertThat(centre.longitude()).isCloseTo(-0.11, within(1e-9));
        // the Mercator midpoint lies a hair north of the arithmetic one, metres at this size
        assertThat(centre.latitude()).isCloseTo(51.46, within(1e-4)).isGreaterThan(51.46);
        assertThat(centre.milesTo(new Location(51.46, -0.11))).isLessThan(0.01);
    }
}
