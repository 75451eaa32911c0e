package io.deckhand.quiz.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.quiz.grade.Difference.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandGraderTest {
    private final CommandGrader grader = new CommandGrader();

    static Stream<Arguments> equivalent() {
        return Stream.of(
                Arguments.of("kubectl get pods", "k get po"),
                Arguments.of("kubectl get pods", "kubectl get pod"),
                Arguments.of("kubectl get pods", "kubectl get Pods"),
                Arguments.of("kubectl get pods -n kube-system", "kubectl get po --namespace kube-system"),
                Arguments.of("kubectl get pods -n kube-system", "kubectl get po --namespace=kube-system"),
                Arguments.of("kubectl get pods -n kube-system", "kubectl -n kube-system get pods"),
                Arguments.of("kubectl get pods -n kube-system", "kubectl get pods -nkube-system"),
                Arguments.of("kubectl get pods -n kube-system", "kubectl get pods -n=kube-system"),
                Arguments.of("kubectl get pods -o yaml", "kubectl get pods --output=yaml"),
                Arguments.of("kubectl get pods -o yaml", "kubectl get pods -oyaml"),
                Arguments.of("kubectl get svc -A", "kubectl get services --all-namespaces"),
                Arguments.of("kubectl get svc -A", "kubectl get service --all-namespaces=true"),
                Arguments.of("kubectl get pods -l app=web,tier=fe", "kubectl get pods --selector tier=fe,app=web"),
                Arguments.of("kubectl get pods -w", "kubectl get pods --watch"),
                Arguments.of("kubectl describe deployment web", "k describe deploy/web"),
                Arguments.of("kubectl describe deployment web", "kubectl describe Deployment web"),
                Arguments.of("kubectl delete pod nginx --force --grace-period=0", "kubectl delete po/nginx --grace-period 0 --force"),
                Arguments.of("kubectl get po,svc", "kubectl get svc,pods"),
                Arguments.of("kubectl get pods a b", "kubectl get pod/a pod/b"),
                Arguments.of("kubectl scale deployment web --replicas=3", "k scale --replicas 3 deploy web"),
                Arguments.of("kubectl create deployment web --image=nginx --replicas=2", "k create deploy web --replicas 2 --image nginx"),
                Arguments.of("kubectl create deployment web --image=nginx --replicas=2", "k create deploy web -r 2 --image nginx"),
                Arguments.of("kubectl create configmap app --from-literal=a=1 --from-literal=b=2",
                        "kubectl create cm app --from-literal b=2 --from-literal a=1"),
                Arguments.of("kubectl create secret generic s --from-literal=password=x", "k create secret generic s --from-literal='password=x'"),
                Arguments.of("kubectl exec -it web -- sh", "kubectl exec web -ti -- sh"),
                Arguments.of("kubectl exec -it web -- sh", "kubectl exec --stdin --tty pod/web -- sh"),
                Arguments.of("kubectl exec -it web -- sh", "kubectl exec -i -t po/web -- sh"),
                Arguments.of("kubectl exec web -c app -- sh -c 'echo hi > /tmp/x'",
                        "kubectl exec --container=app web -- sh -c \"echo hi > /tmp/x\""),
                Arguments.of("kubectl exec web -- sh -c 'echo a b'", "kubectl exec web -- sh -c echo\\ a\\ b"),
                Arguments.of("kubectl run tmp --image=busybox --restart=Never --rm -it -- sleep 3600",
                        "k run tmp --rm -ti --restart Never --image busybox -- sleep 3600"),
                Arguments.of("kubectl run nginx --image=nginx --dry-run=client -o yaml > pod.yaml",
                        "kubectl run nginx --image nginx --dry-run client --output yaml >pod.yaml"),
                Arguments.of("kubectl run nginx --image=nginx --dry-run=client -o yaml", "kubectl run nginx --image=nginx --dry-run -o yaml"),
                Arguments.of("kubectl logs web -c app -f", "kubectl logs pod/web --container app --follow"),
                Arguments.of("kubectl logs web -p", "kubectl logs --previous web"),
                Arguments.of("kubectl apply -f deploy.yaml", "kubectl apply --filename=deploy.yaml"),
                Arguments.of("kubectl apply -f dir/ -R", "kubectl apply --recursive -f dir/"),
                Arguments.of("kubectl rollout status deployment/web", "kubectl rollout status deploy web"),
                Arguments.of("kubectl rollout undo deployment web --to-revision=2", "k rollout undo deploy/web --to-revision 2"),
                Arguments.of("kubectl set image deployment/web nginx=nginx:1.25", "kubectl set image deploy web nginx=nginx:1.25"),
                Arguments.of("kubectl expose deployment web --port=80 --target-port=8080",
                        "kubectl expose deploy/web --target-port 8080 --port 80"),
                Arguments.of("kubectl get networkpolicy", "kubectl get netpol"),
                Arguments.of("kubectl get persistentvolumeclaims", "kubectl get pvc"),
                Arguments.of("kubectl get cronjobs", "kubectl get cj"),
                Arguments.of("kubectl get hpa", "kubectl get horizontalpodautoscaler"),
                Arguments.of("kubectl get ingress", "kubectl get ing"),
                Arguments.of("kubectl get nodes", "kubectl get no"),
                Arguments.of("kubectl taint nodes node1 key=value:NoSchedule", "kubectl taint no node1 key=value:NoSchedule"),
                Arguments.of("kubectl top pods --sort-by=cpu", "kubectl top po --sort-by cpu"),
                Arguments.of("kubectl explain pods.spec.containers", "kubectl explain po.spec.containers"),
                Arguments.of("kubectl get pods -o jsonpath='{.items[*].metadata.name}'",
                        "kubectl get po -o=jsonpath=\"{.items[*].metadata.name}\""),
                Arguments.of("kubectl get pods | grep web", "k get po|grep web"),
                Arguments.of("kubectl get pods && kubectl get svc", "kubectl get po && kubectl get services"),
                Arguments.of("$ kubectl get pods", "kubectl get pods"),
                Arguments.of("kubectl get pods \\\n  -n dev", "kubectl get pods -n dev"),
                Arguments.of("kubectl get pods -n dev", "kubectl get pods -n dev   # my pods"),
                Arguments.of("ls -la /etc", "ls -al /etc"),
                Arguments.of("tar -xzf a.tgz", "tar -x -z -f a.tgz"),
                Arguments.of("ETCDCTL_API=3 etcdctl snapshot save /tmp/s.db --endpoints=https://127.0.0.1:2379 --cacert=/ca.crt",
                        "ETCDCTL_API=3 etcdctl --cacert /ca.crt --endpoints https://127.0.0.1:2379 snapshot save /tmp/s.db"),
                Arguments.of("grep -r foo . 2>/dev/null", "grep foo -r . 2> /dev/null"),
                Arguments.of("echo 'a b'", "echo \"a b\""),
                Arguments.of("kubectl create role reader --verb=get,list --resource=pods", "kubectl create role reader --resource pods --verb list,get"),
                Arguments.of("kubectl auth can-i create pods --as=system:serviceaccount:dev:sa",
                        "kubectl auth can-i create po --as system:serviceaccount:dev:sa"),
                Arguments.of("kubectl port-forward svc/web 8080:80", "kubectl port-forward service/web 8080:80"),
                Arguments.of("kubectl config set-context --current --namespace=dev", "kubectl config set-context --namespace dev --current"));
    }

    static Stream<Arguments> different() {
        return Stream.of(
                Arguments.of("kubectl get pods", "kubectl get svc", "resource"),
                Arguments.of("kubectl get pods", "kubectl describe pods", "command"),
                Arguments.of("kubectl get pods -n dev", "kubectl get pods", "--namespace"),
                Arguments.of("kubectl get pods -n dev", "kubectl get pods -n prod", "--namespace"),
                Arguments.of("kubectl get pods", "kubectl get pods -A", "--all-namespaces"),
                Arguments.of("kubectl scale deployment web --replicas=3", "kubectl scale deployment web --replicas=2", "--replicas"),
                Arguments.of("kubectl scale deployment web --replicas=3", "kubectl scale deployment api --replicas=3", "name"),
                Arguments.of("kubectl get pods -o yaml", "kubectl get pods -o json", "--output"),
                Arguments.of("kubectl exec -it web -- sh", "kubectl exec -i web -- sh", "--tty"),
                Arguments.of("kubectl run x --image=busybox -- sleep 3600", "kubectl run x --image=busybox -- 3600 sleep", "after --, word 1"),
                Arguments.of("kubectl run x --image=busybox --command -- sleep 3600", "kubectl run x --image=busybox -- sleep 3600", "--command"),
                Arguments.of("kubectl exec web -- ls /", "kubectl exec web ls /", "after --, word 1"),
                Arguments.of("kubectl run nginx --image=nginx --dry-run=client -o yaml", "kubectl run nginx --image=nginx --dry-run=server -o yaml", "--dry-run"),
                Arguments.of("kubectl logs web -c app", "kubectl logs web -c sidecar", "--container"),
                Arguments.of("kubectl logs web -f", "kubectl logs web", "--follow"),
                Arguments.of("kubectl get deploy web", "kubectl get rs web", "resource"),
                Arguments.of("kubectl run nginx --image=nginx -o yaml > pod.yaml", "kubectl run nginx --image=nginx -o yaml > p.yaml", ">"),
                Arguments.of("kubectl run nginx --image=nginx -o yaml > pod.yaml", "kubectl run nginx --image=nginx -o yaml", ">"),
                Arguments.of("kubectl get pods | grep web", "kubectl get pods | grep api", "command 2: argument 1"),
                Arguments.of("kubectl get pods | grep web", "kubectl get pods", "command 2"),
                Arguments.of("kubectl get pods && kubectl get svc", "kubectl get pods ; kubectl get svc", "command 1: operator after it"),
                Arguments.of("kubectl get pods", "kubectl get pods extra", "name"),
                Arguments.of("kubectl label pod web tier=fe", "kubectl label pod web tier=be", "name"),
                Arguments.of("kubectl get pods", "oc get pods", "program"),
                Arguments.of("ls -la /etc", "ls -l /etc", "-a"),
                Arguments.of("cp a b", "cp b a", "argument 1"),
                Arguments.of("ETCDCTL_API=3 etcdctl snapshot save s.db", "etcdctl snapshot save s.db", "ETCDCTL_API="),
                Arguments.of("kubectl create secret generic s --from-literal=a=1", "kubectl create secret tls s --from-literal=a=1", "name"),
                Arguments.of("kubectl get pods -o wide", "kubectl get pods -owide -w", "--watch"),
                Arguments.of("kubectl auth can-i create pods", "kubectl auth can-i delete pods", "argument 3"),
                Arguments.of("kubectl auth can-i create pods", "kubectl auth can-i create secrets", "resource"));
    }

    @ParameterizedTest(name = "{0} == {1}")
    @MethodSource("equivalent")
    void equivalentCommandsAreRight(String expected, String answer) {
        Grade g = grader.grade(expected, answer);
        assertTrue(g.correct(), () -> g.differences().toString());
        assertEquals(1.0, g.score());
        assertTrue(g.differences().isEmpty());
        Grade back = grader.grade(answer, expected);
        assertTrue(back.correct(), () -> "reversed: " + back.differences());
    }

    @ParameterizedTest(name = "{0} != {1}")
    @MethodSource("different")
    void differentCommandsAreWrongAndSayWhere(String expected, String answer, String where) {
        Grade g = grader.grade(expected, answer);
        assertFalse(g.correct(), expected + " vs " + answer);
        assertTrue(g.score() < 1);
        assertTrue(g.differences().stream().anyMatch(d -> d.where().equals(where)), () -> g.differences().toString());
        assertFalse(grader.grade(answer, expected).correct());
    }

    @Test
    void aWrongFlagValueIsReportedInTheUsersTermsWithPartialCredit() {
        Grade g = grader.grade("kubectl scale deployment web --replicas=3 -n prod", "k scale deploy web --replicas 2 -n prod");
        assertEquals(List.of(new Difference(Kind.WRONG, "--replicas", "3", "2")), g.differences());
        // kubectl, scale, deployments, web, --replicas, --namespace: 5 of 6 parts match
        assertEquals(5.0 / 6, g.score(), 1e-9);
    }

    @Test
    void missingAndExtraFlagsAreToldApart() {
        Grade g = grader.grade("kubectl get pods -n dev", "kubectl get pods --show-labels");
        assertEquals(List.of(new Difference(Kind.MISSING, "--namespace", "dev", null),
                new Difference(Kind.EXTRA, "--show-labels", null, "true")), g.differences());
    }

    @Test
    void anExtraArgumentIsAlignedNotShiftedIntoEveryLaterOne() {
        Grade g = grader.grade("cp a b c", "cp a x b c");
        assertEquals(List.of(new Difference(Kind.EXTRA, "argument 2", null, "x")), g.differences());
        assertEquals(4.0 / 5, g.score(), 1e-9);
    }

    @Test
    void aMissingPipelinePartNamesTheCommand() {
        Grade g = grader.grade("kubectl get pods -o name | wc -l", "kubectl get pods -o name");
        assertEquals(Kind.MISSING, g.differences().get(g.differences().size() - 1).kind());
        assertEquals("wc -l", g.differences().get(g.differences().size() - 1).expected());
    }

    @Test
    void emptyAndHugeAnswersAreWrongWithoutFailing() {
        assertFalse(grader.grade("kubectl get pods", "").correct());
        assertEquals(Grade.right(), grader.grade("", " "));
        assertEquals(Kind.MISSING, grader.grade("kubectl get pods", "  ").differences().get(0).kind());
        Grade huge = grader.grade("kubectl get pods", "k ".repeat(CommandGrader.MAX_CHARS));
        assertFalse(huge.correct());
        assertEquals(0, huge.score());
    }

    @Test
    void longArgumentListsAreComparedByPositionWithoutRunningOutOfMemory() {
        String e = "echo " + "a ".repeat(20_000);
        Grade same = grader.grade(e, e);
        assertTrue(same.correct());
        Grade g = grader.grade(e, "echo b " + "a ".repeat(19_999));
        assertFalse(g.correct());
        assertEquals(List.of(new Difference(Kind.WRONG, "argument 1", "a", "b")), g.differences());
    }

    @Test
    void unclosedQuotesRunToTheEnd() {
        assertTrue(grader.grade("echo 'a b'", "echo 'a b").correct());
    }
}
