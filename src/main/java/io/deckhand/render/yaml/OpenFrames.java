package io.deckhand.render.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The mappings and lists open at the current line, outermost first; the document's root is never popped. */
final class OpenFrames {
    private final List<OpenFrame> stack = new ArrayList<>();

    void reset(OpenFrame root) {
        stack.clear();
        stack.add(root);
    }

    boolean isEmpty() {
        return stack.isEmpty();
    }

    OpenFrame root() {
        return stack.get(0);
    }

    OpenFrame top() {
        return stack.get(stack.size() - 1);
    }

    int size() {
        return stack.size();
    }

    OpenFrame get(int i) {
        return stack.get(i);
    }

    int indexOf(OpenFrame f) {
        return stack.indexOf(f);
    }

    boolean any(Predicate<OpenFrame> test) {
        return stack.stream().anyMatch(test);
    }

    void push(OpenFrame f) {
        stack.add(f);
    }

    void removeTop() {
        stack.remove(stack.size() - 1);
    }

    void remove(OpenFrame f) {
        stack.remove(f);
    }

    /** Closes everything opened inside {@code f}. */
    void popTo(OpenFrame f) {
        while (top() != f) {
            removeTop();
        }
    }

    OpenFrame innermostMapping() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (!stack.get(i).list) {
                return stack.get(i);
            }
        }
        return stack.get(0);
    }

    /** Opens the next item of a list; its keys sit two columns right of the dash. */
    OpenFrame openItem(OpenFrame list) {
        OpenFrame item = new OpenFrame(false, list.type, list.indent + 2, list.path + "[" + list.items++ + "]", true);
        stack.add(item);
        return item;
    }
}
