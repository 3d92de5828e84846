package io.astroupgrade.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Per-user folders for config (recent projects, settings) and cache (catalog feed, freeze results):
 * XDG on Linux, ~/Library on macOS, %APPDATA% / %LOCALAPPDATA% on Windows.
 * Tests build one on a temporary folder.
 */
public record UserDirs(Path configDir, Path cacheDir) {

    public static final String APP_FOLDER = "astro-upgrade-wizard";

    public static UserDirs forCurrentUser() {
        return forPlatform(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static UserDirs forPlatform(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData/Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData/Local"));
            return new UserDirs(roaming.resolve(APP_FOLDER), local.resolve(APP_FOLDER).resolve("cache"));
        }
        if (os.contains("mac")) {
            return new UserDirs(home.resolve("Library/Application Support").resolve(APP_FOLDER),
                    home.resolve("Library/Caches").resolve(APP_FOLDER));
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path cache = pathOr(env.get("XDG_CACHE_HOME"), home.resolve(".cache"));
        return new UserDirs(config.resolve(APP_FOLDER), cache.resolve(APP_FOLDER));
    }

    /** Everything below one root, for tests and for a portable set-up. */
    public static UserDirs under(Path root) {
        return new UserDirs(root.resolve("config"), root.resolve("cache"));
    }

    private static Path pathOr(String value, Path fallback) {
        // XDG says relative paths are invalid and must be ignored.
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) return fallback;
        return Path.of(value);
    }
}
