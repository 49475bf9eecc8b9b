package io.commentmod.moderation.ops;

import io.commentmod.moderation.topology.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
  static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  final MutableClock clock = new MutableClock(T0.plusSeconds(30));
  final TimeSeries series = new TimeSeries(clock, Duration.ofMinutes(1), 4);

  @Test
  void countsLandInTheMinuteTheyHappenedInOldestBucketFirst() {
    series.add("c", T0.plusSeconds(5), 1);
    series.add("c", T0.plusSeconds(59), 2);
    series.add("c", T0.minusSeconds(1), 7);

    TimeSeries.Snapshot s = series.snapshot();
    assertThat(s.start()).isEqualTo(T0.minus(Duration.ofMinutes(3)));
    assertThat(s.bucket()).isEqualTo(Duration.ofMinutes(1));
    assertThat(s.get("c")).containsExactly(0L, 0L, 7L, 3L);
  }

  @Test
  void theWindowSlidesWithTheClockAndForgetsWhatFellOut() {
    series.add("c", T0, 5);
    clock.advance(Duration.ofMinutes(2));
    series.add("c", clock.instant(), 1);
    assertThat(series.snapshot().get("c")).containsExactly(0L, 5L, 0L, 1L);

    clock.advance(Duration.ofMinutes(3));
    assertThat(series.snapshot().get("c")).containsExactly(1L, 0L, 0L, 0L);

    clock.advance(Duration.ofMinutes(1));
    series.add("c", clock.instant(), 2);
    assertThat(series.snapshot().get("c")).containsExactly(0L, 0L, 0L, 2L);
  }

  @Test
  void aSlotReusedAfterAFullTurnStartsFromZero() {
    series.add("c", T0, 5);
    clock.advance(Duration.ofMinutes(4));
    series.add("c", clock.instant(), 1);
    assertThat(series.snapshot().get("c")).containsExactly(0L, 0L, 0L, 1L);
  }

  @Test
  void valuesOutsideTheWindowAreDropped() {
    series.add("c", T0.minus(Duration.ofMinutes(4)), 9);
    series.add("c", T0.plus(Duration.ofMinutes(1)), 9);
    assertThat(series.snapshot().get("c")).containsExactly(0L, 0L, 0L, 0L);
  }

  @Test
  void aSampledBucketKeepsItsHighestSampleAndUnsampledBucketsAreNull() {
    series.sample("g", T0.minus(Duration.ofMinutes(2)), 3);
    series.sample("g", T0, 4);
    series.sample("g", T0.plusSeconds(20), 9);
    series.sample("g", T0.plusSeconds(25), 0);
    assertThat(series.snapshot().get("g")).containsExactly(null, 3L, null, 9L);
  }

  @Test
  void declaredSeriesShowBeforeAnythingHappened() {
    series.declareCount("c");
    series.declareSample("g");
    assertThat(series.snapshot().series()).containsOnlyKeys("c", "g");
    assertThat(series.snapshot().get("c")).containsExactly(0L, 0L, 0L, 0L);
    assertThat(series.snapshot().get("g")).containsExactly(null, null, null, null);
  }

  @Test
  void aNameIsEitherACountOrASample() {
    series.add("c", T0, 1);
    assertThatThrownBy(() -> series.sample("c", T0, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c is a count");
  }

  @Test
  void settingsFailFastNamingTheBadValue() {
    assertThatThrownBy(() -> new TimeSeries(clock, Duration.ZERO, 4)).hasMessageContaining("bucket must be at least 1 ms");
    assertThatThrownBy(() -> new TimeSeries(clock, Duration.ofMinutes(1), 0)).hasMessageContaining("buckets must be at least 1");
  }

  @Test
  void sixHoursOfMinutesHold360Buckets() {
    TimeSeries six = new TimeSeries(clock, Duration.ofMinutes(1), 360);
    six.add("c", T0.minus(Duration.ofMinutes(359)), 1);
    six.add("c", T0.minus(Duration.ofMinutes(360)), 1);
    long[] v = six.snapshot().get("c").stream().mapToLong(Long::longValue).toArray();
    assertThat(v).hasSize(360);
    assertThat(v[0]).isEqualTo(1);
    assertThat(Arrays.stream(v).sum()).isEqualTo(1);
  }
}
