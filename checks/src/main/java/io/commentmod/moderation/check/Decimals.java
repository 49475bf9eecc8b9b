package io.commentmod.moderation.check;

import java.util.Locale;

/**
 * Numbers in reason details, as {@code String.format(Locale.ROOT, "%.2f", v)} writes them but
 * without parsing a format string on every comment. {@code %.2f} rounds half up, so only a value
 * within a hair of a tie ({@code 0.125}) can depend on how the JDK picks its decimal digits; those,
 * and anything negative, large or not a number, go to {@code String.format} itself, so the text is always the same.
 */
public final class Decimals {
  private Decimals() {}

  /** {@code v} with two decimals, exactly as {@code String.format(Locale.ROOT, "%.2f", v)}. */
  public static String twoPlaces(double v) {
    if (!(v < 1e6) || Double.doubleToRawLongBits(v) < 0) return String.format(Locale.ROOT, "%.2f", v); // NaN, large, negative, -0.0
    double hundredths = v * 100;
    double fraction = hundredths - Math.floor(hundredths);
    if (Math.abs(fraction - 0.5) < 1e-6) return String.format(Locale.ROOT, "%.2f", v);
    long r = (long) Math.floor(hundredths + 0.5);
    long cents = r % 100;
    return (r / 100) + (cents < 10 ? ".0" : ".") + cents;
  }
}
