package io.commentmod.moderation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  private static void same(double v) {
    assertThat(Decimals.twoPlaces(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.2f", v));
  }

  @Test
  void writesTwoDecimalsLikeStringFormat() {
    assertThat(Decimals.twoPlaces(0.87)).isEqualTo("0.87");
    assertThat(Decimals.twoPlaces(0.5)).isEqualTo("0.50");
    assertThat(Decimals.twoPlaces(0.999)).isEqualTo("1.00");
    assertThat(Decimals.twoPlaces(0.004)).isEqualTo("0.00");
    assertThat(Decimals.twoPlaces(0.15)).isEqualTo("0.15");
    assertThat(Decimals.twoPlaces(12.3)).isEqualTo("12.30");
  }

  @Test
  void tiesNegativesAndOddValuesGiveWhatStringFormatGives() {
    for (double v : new double[] {0, -0.0, 0.005, 0.015, 0.125, 0.285, 0.995, 1.005, 2.675, 0.045, -0.125, -3.14159,
        1e6, 1e7 + 0.005, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 0.7, 0.1 + 0.2}) {
      same(v);
    }
    for (int k = 0; k <= 20_000; k++) {
      same(k / 20_000.0);
      same(k / 1000.0);
      same(k / 1000.0 + 0.0005);
    }
  }

  @Test
  void randomProbabilitiesGiveWhatStringFormatGives() {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 50_000; i++) {
      same(r.nextDouble());
      same(1 / (1 + Math.exp(-r.nextDouble(-10, 10))));
    }
  }
}
