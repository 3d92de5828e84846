package io.astroupgrade.runtime.considerations;

import java.util.List;

/** The project checks of a consideration: a tree of AND, OR and single checks. */
public sealed interface Trigger {

    /**
     * Every part must hold; the findings of all parts are reported. With {@code joined} (several checks in
     * one map), an absence ("requirements.txt does not list X") is joined to each located finding:
     * "dags/a.py line 3 `...`, but requirements.txt does not list X".
     */
    record All(List<Trigger> parts, boolean joined) implements Trigger {}

    /** One part is enough; the findings of every part that holds are reported. */
    record AnyOf(List<Trigger> parts) implements Trigger {}

    /**
     * One check such as {@code requirements_has: P}.
     *
     * @param note optional clause appended to the finding ("which does not support Python 3.11")
     */
    record Check(String kind, Object argument, String note) implements Trigger {}

    /** {@code none}: nothing in the files can show it; the item is shown whenever its versions match. */
    record NoCheck() implements Trigger {}
}
