package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** The page size a search client asks for, within the server's bounds. */
class SearchPagingTest {

    @Test
    void countDefaultsToFiftyAndIsCappedAtOneThousand() {
        assertThat(SearchPaging.count(null)).isEqualTo(50);
        assertThat(SearchPaging.count("7")).isEqualTo(7);
        assertThat(SearchPaging.count("5000")).isEqualTo(1000);
        assertThatThrownBy(() -> SearchPaging.count("0"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> SearchPaging.count("ten"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("a number");
    }
}
