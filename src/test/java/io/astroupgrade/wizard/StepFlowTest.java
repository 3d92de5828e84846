package io.astroupgrade.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StepFlowTest {

    @Test
    void fullUpgradeWalksAllEightStepsAfterTheStartScreen() {
        assertThat(StepFlow.route(false)).containsExactly(StepId.values());
        StepFlow flow = new StepFlow();
        int steps = 0;
        while (!flow.isLast(false)) {
            flow.next(false);
            steps++;
        }
        assertThat(steps).isEqualTo(8);
        assertThat(flow.current()).isEqualTo(StepId.CONFIRM);
    }

    @Test
    void localOnlyUpgradeEndsAfterStepSix() {
        assertThat(StepFlow.route(true)).doesNotContain(StepId.DEPLOY, StepId.CONFIRM).endsWith(StepId.PROVIDERS);
        assertThat(StepFlow.after(StepId.PROVIDERS, true)).isEmpty();
        assertThat(StepFlow.after(StepId.PROVIDERS, false)).contains(StepId.DEPLOY);
    }

    @Test
    void switchingToLocalOnlyOnAnAstroStepLeavesNothingAfterIt() {
        assertThat(StepFlow.after(StepId.DEPLOY, true)).isEmpty();
    }

    @Test
    void backReturnsThroughTheHistoryIncludingSkippedSteps() {
        StepFlow flow = new StepFlow();
        flow.next(false); // review
        flow.next(false); // pin
        flow.skip(false); // upgrade test
        flow.skip(false); // dockerfile
        assertThat(flow.current()).isEqualTo(StepId.DOCKERFILE);
        assertThat(flow.back()).isEqualTo(StepId.UPGRADE_TEST);
        assertThat(flow.back()).isEqualTo(StepId.PIN);
        assertThat(flow.back()).isEqualTo(StepId.REVIEW);
        assertThat(flow.back()).isEqualTo(StepId.START);
        assertThat(flow.canGoBack()).isFalse();
        assertThatThrownBy(flow::back).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyOptionalStepsCanBeSkipped() {
        StepFlow flow = new StepFlow();
        flow.next(false);
        assertThat(flow.current().isOptional()).isFalse();
        assertThatThrownBy(() -> flow.skip(false)).isInstanceOf(IllegalStateException.class);
        assertThat(java.util.Arrays.stream(StepId.values()).filter(StepId::isOptional))
                .containsExactly(StepId.PIN, StepId.UPGRADE_TEST, StepId.PROVIDERS);
    }

    @Test
    void restartForgetsTheHistory() {
        StepFlow flow = new StepFlow();
        flow.next(false);
        flow.next(false);
        flow.restart();
        assertThat(flow.current()).isEqualTo(StepId.START);
        assertThat(flow.canGoBack()).isFalse();
    }
}
