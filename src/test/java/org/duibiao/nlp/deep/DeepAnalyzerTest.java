package org.duibiao.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeepAnalyzerTest {
  @Test
  void isOnUnlessSwitchedOffByPropertyOrEnvironment() {
    assertThat(DeepAnalyzer.enabled(null, null)).isTrue();
    assertThat(DeepAnalyzer.enabled("on", "")).isTrue();
    assertThat(DeepAnalyzer.enabled("off", null)).isFalse();
    assertThat(DeepAnalyzer.enabled(null, " OFF ")).isFalse();
    assertThat(DeepAnalyzer.enabled("false", null)).isFalse();
    assertThat(DeepAnalyzer.enabled(null, "0")).isFalse();
  }
}
