package io.deckhand.ui.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import java.util.List;

/** A small CKAD-style deck (commands, terms, a manifest) to make quiz and exam questions from. */
final class QuizCards {
    private QuizCards() {
    }

    static final String DECK = "CKAD";

    static DeckId fill(TestCollection col) throws DeckhandException {
        return fill(col.services);
    }

    static DeckId fill(io.deckhand.app.AppServices services) throws DeckhandException {
        var lib = services.library();
        DeckName deck = new DeckName(DECK);
        String[][] commands = {
                {"List the pods in the namespace dev", "kubectl get pods -n dev"},
                {"Create a deployment nginx with the image nginx:1.27", "kubectl create deployment nginx --image=nginx:1.27"},
                {"Scale the deployment web to 5 replicas", "kubectl scale deployment web --replicas=5"},
                {"Expose the deployment web on port 80", "kubectl expose deployment web --port=80"},
                {"Show the logs of the pod api", "kubectl logs api"},
                {"Delete the service backend", "kubectl delete service backend"},
                {"Describe the node worker-1", "kubectl describe node worker-1"},
                {"Open a shell in the pod api", "kubectl exec -it api -- sh"},
        };
        for (String[] c : commands) lib.addCard(deck, c[0], "```bash\n" + c[1] + "\n```", List.of("commands"));
        String[][] terms = {
                {"What is a Pod?", "The smallest deployable unit: one or more containers sharing network and storage."},
                {"What is a ReplicaSet?", "It keeps a stated number of identical pods running at any time."},
                {"What is a Service?", "A stable network endpoint that load-balances traffic to a set of pods."},
                {"What is a ConfigMap?", "An object that holds non-secret configuration as key-value pairs."},
                {"What is a Namespace?", "A virtual cluster that scopes names and resource quotas inside a cluster."},
                {"What is a DaemonSet?", "It runs one copy of a pod on every node, or on the nodes selected."},
        };
        for (String[] t : terms) lib.addCard(deck, t[0], t[1], List.of("concepts"));
        lib.addCard(deck, "Write a Pod named web running the image nginx:1.27", """
                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                ```""", List.of("manifests"));
        return services.deckOptions().deckNamed(DECK).id();
    }
}
