package io.deckhand.ui.options;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Editable whole-number spinners whose typed value counts at once (JavaFX commits only on Enter). */
final class IntegerSpinners {
    private IntegerSpinners() {
    }

    static Spinner<Integer> of(int min, int max, ObjectProperty<Integer> value, String id) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, clamp(value.get(), min, max));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String s) {
                Integer parsed = parse(s);
                return parsed == null ? factory.getValue() : clamp(parsed, min, max);
            }
        });
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(160);
        factory.valueProperty().bindBidirectional(value);
        spinner.getEditor().textProperty().addListener((obs, old, typed) -> {
            Integer v = parse(typed);
            if (v != null && v >= min && v <= max) factory.setValue(v);
        });
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
        });
        return spinner;
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static int clamp(Integer v, int min, int max) {
        return v == null ? min : Math.max(min, Math.min(max, v));
    }
}
