package io.weir.runtime.internal.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    @AfterEach
    void disarm() {
        Faults.disarm(null);
        Faults.disarm("a");
    }

    @Test
    void aPointArmedForAnyJobFiresOnceInTheFirstJobWhoseTaskReachesIt() {
        Faults.arm(FaultPoint.RECORDS, null, "count-1", 10);

        Faults.records("a", "weir-a-count-0", 50);
        Faults.records("a", "weir-a-count-1", 9);
        assertThatThrownBy(() -> Faults.records("a", "weir-a-count-1", 10)).isInstanceOf(InjectedFault.class);
        Faults.records("b", "weir-b-count-1", 10);

        assertThat(Faults.fired("a")).isTrue();
        assertThat(Faults.fired("b")).isFalse();
    }

    @Test
    void aPointArmedForAnyJobMatchesTheCoordinatorByItsName() {
        Faults.arm(FaultPoint.COMMITTED_NOT_NOTIFIED, null, "coordinator", 2);

        Faults.checkpoint(FaultPoint.COMMITTED_NOT_NOTIFIED, "a", "coordinator", 1);
        assertThatThrownBy(() -> Faults.checkpoint(FaultPoint.COMMITTED_NOT_NOTIFIED, "a", "coordinator", 2))
                .isInstanceOf(InjectedFault.class);
    }

    @Test
    void aPointArmedForOneJobIgnoresOtherJobs() {
        Faults.arm(FaultPoint.BARRIER, "a", null, 1);

        Faults.checkpoint(FaultPoint.BARRIER, "b", "weir-b-count-0", 1);
        assertThat(Faults.fired("b")).isFalse();
        assertThatThrownBy(() -> Faults.checkpoint(FaultPoint.BARRIER, "a", "weir-a-count-0", 1))
                .isInstanceOf(InjectedFault.class);
        assertThat(Faults.fired("a")).isTrue();
    }
}
