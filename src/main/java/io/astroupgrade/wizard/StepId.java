package io.astroupgrade.wizard;

/**
 * The screens of the wizard in order: the start screen, then Astronomer's eight documented upgrade steps.
 * Steps 2, 3 and 6 are optional; steps 7 and 8 only apply when the upgrade goes to Astro.
 */
public enum StepId {
    START(0, "start", false, false),
    REVIEW(1, "review", false, false),
    PIN(2, "pin", true, false),
    UPGRADE_TEST(3, "upgradetest", true, false),
    DOCKERFILE(4, "dockerfile", false, false),
    LOCAL_TEST(5, "localtest", false, false),
    PROVIDERS(6, "providers", true, false),
    DEPLOY(7, "deploy", false, true),
    CONFIRM(8, "confirm", false, true);

    private final int number;
    private final String key;
    private final boolean optional;
    private final boolean astroOnly;

    StepId(int number, String key, boolean optional, boolean astroOnly) {
        this.number = number;
        this.key = key;
        this.optional = optional;
        this.astroOnly = astroOnly;
    }

    /** 1 to 8 for the documented steps, 0 for the start screen. */
    public int number() { return number; }

    /** The short name used in message keys ({@code step.<key>.title}), FXML names and package names. */
    public String key() { return key; }

    public boolean isOptional() { return optional; }

    /** Deploy and confirm: skipped for a local-only upgrade. */
    public boolean isAstroOnly() { return astroOnly; }

    public String titleKey() { return "step." + key + ".title"; }
}
