package io.astroupgrade.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * An explicit map from controller class to constructor call, handed to every FXMLLoader.
 * An unknown class is a programming error and fails loudly.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> constructors = new LinkedHashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> constructor) {
        constructors.put(type, constructor);
        return this;
    }

    public boolean knows(Class<?> type) {
        return constructors.containsKey(type);
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> constructor = constructors.get(type);
        if (constructor == null) {
            throw new IllegalStateException("No controller registered for " + type.getName() + " in ControllerFactory");
        }
        return constructor.get();
    }
}
