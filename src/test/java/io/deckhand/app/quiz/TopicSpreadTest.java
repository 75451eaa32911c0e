package io.deckhand.app.quiz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicSpreadTest {
    private static int[] ints(String spaced) {
        return spaced.isBlank() ? new int[0] : java.util.Arrays.stream(spaced.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    @ParameterizedTest(name = "{1} over sizes [{0}] -> [{2}]")
    @CsvSource({
            "30 10 20, 12, 6 2 4",
            "1 1 1, 2, 1 1 0",
            "5 0 5, 3, 2 0 1",
            "100 1, 17, 17 0",
            "10 10 10 10, 17, 5 4 4 4",
            "3, 17, 17",
    })
    void sharesFollowTheSizesWithLargestRemainders(String sizes, int total, String expected) {
        int[] s = ints(sizes);
        assertArrayEquals(ints(expected), TopicSpread.shares(s, new boolean[s.length], total));
    }

    @ParameterizedTest
    @CsvSource({"30 10 20, 4, 0 1 3"})
    void excludedGroupsGetNothing(String sizes, int total, String expected) {
        int[] s = ints(sizes);
        assertArrayEquals(ints(expected), TopicSpread.shares(s, new boolean[] {true, false, false}, total));
    }

    @Property
    void sharesAlwaysAddUpAndStayWithinOneOfTheExactShare(
            @ForAll @Size(min = 1, max = 12) java.util.List<@IntRange(min = 0, max = 5000) Integer> sizes,
            @ForAll @IntRange(min = 0, max = 200) int total) {
        int[] s = sizes.stream().mapToInt(Integer::intValue).toArray();
        int sum = IntStream.of(s).sum();
        int[] out = TopicSpread.shares(s, new boolean[s.length], total);
        if (sum == 0) {
            assertEquals(0, IntStream.of(out).sum());
            return;
        }
        assertEquals(total, IntStream.of(out).sum());
        for (int i = 0; i < s.length; i++) {
            double exact = (double) total * s[i] / sum;
            assertEquals(exact, out[i], 1.0 + 1e-9);
        }
    }
}
