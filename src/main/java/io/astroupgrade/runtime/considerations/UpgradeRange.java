package io.astroupgrade.runtime.considerations;

import io.astroupgrade.runtime.Channel;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.runtime.RuntimeEntry;
import io.astroupgrade.version.RuntimeVersion;
import java.util.Optional;

/**
 * The upgrade being considered, with what the catalog says about both ends.
 *
 * @param latestPatchOfTargetLine the newest known patch of the target's line (3.1-14 for 3.1-12), if known
 */
public record UpgradeRange(RuntimeVersion current, RuntimeVersion target, Optional<RuntimeEntry> currentEntry,
                           Optional<RuntimeEntry> targetEntry, Optional<RuntimeVersion> latestPatchOfTargetLine) {

    public static UpgradeRange of(RuntimeCatalog catalog, RuntimeVersion current, RuntimeVersion target) {
        return new UpgradeRange(current, target, catalog.find(current), catalog.find(target), catalog.latestPatchOf(target));
    }

    /** Without a catalog: channels and patches unknown. */
    public static UpgradeRange of(RuntimeVersion current, RuntimeVersion target) {
        return new UpgradeRange(current, target, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Channel targetChannel() { return targetEntry.map(RuntimeEntry::channel).orElse(Channel.UNKNOWN); }

    public Channel currentChannel() { return currentEntry.map(RuntimeEntry::channel).orElse(Channel.UNKNOWN); }

    public boolean isAirflow2To3() { return current.airflowMajor() == 2 && target.airflowMajor() == 3; }

    /** False only when a newer patch of the target's line is known. */
    public boolean targetIsLatestPatch() {
        return latestPatchOfTargetLine.map(latest -> !latest.isAbove(target)).orElse(true);
    }
}
