package io.commentmod.moderation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.commentmod.events.FlagName;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {
  @Test
  void aFlagsFindingsCombineByNoisyOrAndAFlagWithNoneIsZero() {
    Findings findings = new Findings();
    findings.add(FlagName.MEDICAL_ADVICE, 0.5, "a", "first", List.of());
    findings.add(FlagName.MEDICAL_ADVICE, 0.4, "b", "second", List.of());
    assertThat(findings.combined(FlagName.MEDICAL_ADVICE)).isCloseTo(0.7, within(1e-12));
    assertThat(findings.combined(FlagName.SPAM)).isZero();
  }
}
