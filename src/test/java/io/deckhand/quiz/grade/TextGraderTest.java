package io.deckhand.quiz.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.quiz.grade.Difference.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextGraderTest {
    private final TextGrader grader = new TextGrader();

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', quoteCharacter = 0, textBlock = """
            etcd | ETCD
            etcd | **etcd**
            etcd | `etcd`
            etcd | "etcd"
            etcd | etcd.
            kube-scheduler |   Kube-Scheduler
            the control plane | The  control   plane!
            ClusterIP | `ClusterIP`
            /etc/kubernetes/manifests | (/etc/kubernetes/manifests)
            --dry-run=client | `--dry-run=client`
            NET_ADMIN | net_admin
            it’s ready | it's ready
            """)
    void normalisedAnswersAreExactlyRight(String expected, String answer) {
        Grade g = grader.grade(expected, answer);
        assertEquals(Grade.right(), g);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = 0, textBlock = """
            ConfigMap | config map
            ConfigMap | config-map
            kube-proxy | kube-proxi
            NodePort | NodeProt
            PersistentVolumeClaim | PersistentVolumeClam
            PersistentVolumeClaim | PersistantVolumeClaim
            DaemonSet | DeamonSet
            """)
    void smallTyposAreForgivenAndTheRightSpellingShown(String expected, String answer) {
        Grade g = grader.grade(expected, answer);
        assertTrue(g.correct(), g.toString());
        assertEquals(List.of(new Difference(Kind.WRONG, "spelling", expected, answer)), g.differences());
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', quoteCharacter = 0, textBlock = """
            80 | 8080
            80 | 81
            v1 | v2
            443 | 433
            pod | pid
            pod | pods
            Secret | Select
            kubelet | kubectl
            ReplicaSet | StatefulSet
            Deployment | Deploymnet yes
            """)
    void otherAnswersAreWrongWithTheRightOneShown(String expected, String answer) {
        Grade g = grader.grade(expected, answer);
        assertFalse(g.correct(), g.toString());
        assertTrue(g.score() < 1);
        assertEquals(List.of(new Difference(Kind.WRONG, "answer", expected, answer)), g.differences());
    }

    @Test
    void anEmptyAnswerIsMissing() {
        assertEquals(List.of(new Difference(Kind.MISSING, "answer", "etcd", null)), grader.grade("etcd", "  ").differences());
        assertEquals(0, grader.grade("etcd", "**").score());
    }

    @Test
    void distanceCountsAnAdjacentSwapAsOneEdit() {
        assertEquals(1, TextGrader.distance("nodeport", "nodeprot"));
        assertEquals(3, TextGrader.distance("secret", "select"));
        assertEquals(3, TextGrader.distance("kitten", "sitting"));
        assertEquals(0, TextGrader.distance("", ""));
        assertEquals(4, TextGrader.distance("", "abcd"));
    }

    @Test
    void longTextsAreComparedWithoutTypoTolerance() {
        String text = "a".repeat(TextGrader.MAX_FUZZY_CHARS + 5);
        assertTrue(grader.grade(text, text.toUpperCase()).correct());
        assertFalse(grader.grade(text, text + "b").correct());
    }
}
