package cn.gov.zhushan.plan.local.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStateTest {

    @Test
    void readsTheStateAfterTheCommandName() {
        assertThat(ProcState.isZombieStat("4242 (java) Z 1 4242 4242 0 -1")).isTrue();
        assertThat(ProcState.isZombieStat("4242 (java) S 1 4242 4242 0 -1")).isFalse();
        assertThat(ProcState.isZombieStat("4242 (odd) Z name) S 1 4242")).isFalse();
    }

    @Test
    void thisJvmIsNoZombie() {
        assertThat(ProcState.isZombie(ProcessHandle.current().pid())).isFalse();
    }
}
