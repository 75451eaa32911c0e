package io.deckhand.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalLabelTest {

    @ParameterizedTest
    @CsvSource({
        "0, <1m", "59, <1m", "60, 1m", "330, 6m", "600, 10m", "3599, 60m", "3600, 1h", "5400, 1.5h",
        "86400, 1d", "259200, 3d", "2592000, 30d", "5443200, 2.1mo", "31536000, 1y", "47304000, 1.5y",
        "3153600000, 100y"
    })
    void labelsLikeAnki(long seconds, String label) {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        SchedulingState next = new SchedulingState(CardState.REVIEW, now.plusSeconds(seconds), 1, 5, 0, 1, 0, 0, now, 2.5);
        assertEquals(label, IntervalLabel.of(now, next));
        assertEquals(label, IntervalLabel.of(Duration.ofSeconds(seconds)));
    }
}
