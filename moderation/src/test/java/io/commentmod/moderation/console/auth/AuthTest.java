package io.commentmod.moderation.console.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.config.InvalidSettingException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthTest {
  static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void passwordHashVerifiesOnlyTheRightPasswordAndIsSaltedEachTime() {
    String a = PasswordHash.hash("s3cret pass", 2000);
    String b = PasswordHash.hash("s3cret pass", 2000);

    assertThat(a).startsWith("pbkdf2_sha256.2000.").doesNotContain(":").doesNotContain(",").doesNotContain("$");
    assertThat(a).isNotEqualTo(b);
    assertThat(PasswordHash.verify(a, "s3cret pass")).isTrue();
    assertThat(PasswordHash.verify(a, "s3cret pasS")).isFalse();
    assertThat(PasswordHash.verify("pbkdf2_sha256.2000.bad", "s3cret pass")).isFalse();
  }

  @Test
  void accountsParseFromTheSettingAndAuthenticate() {
    String users = ModeratorAccounts.entry("maria", "first password", 2000) + " , " + ModeratorAccounts.entry("sam", "second password", 2000);
    ModeratorAccounts accounts = ModeratorAccounts.parse(users);

    assertThat(accounts.names()).containsExactly("maria", "sam");
    assertThat(accounts.authenticate("maria", "first password")).contains("maria");
    assertThat(accounts.authenticate("maria", "second password")).isEmpty();
    assertThat(accounts.authenticate("nobody", "first password")).isEmpty();
    assertThat(accounts.authenticate(null, null)).isEmpty();
  }

  @Test
  void malformedUsersSettingNamesTheKey() {
    assertThatThrownBy(() -> ModeratorAccounts.parse("maria"))
        .isInstanceOf(InvalidSettingException.class).hasMessageContaining("MODERATOR_USERS");
    assertThatThrownBy(() -> ModeratorAccounts.parse("maria:plaintext"))
        .isInstanceOf(InvalidSettingException.class).hasMessageContaining("MODERATOR_USERS").hasMessageContaining("maria");
    assertThatThrownBy(() -> ModeratorAccounts.parse("bad name:" + PasswordHash.hash("x", 2000)))
        .isInstanceOf(InvalidSettingException.class).hasMessageContaining("bad name");
    String e = ModeratorAccounts.entry("maria", "pw", 2000);
    assertThatThrownBy(() -> ModeratorAccounts.parse(e + "," + e)).hasMessageContaining("twice");
    assertThat(ModeratorAccounts.parse("").isEmpty()).isTrue();
  }

  @Test
  void localAccountHasARandomPasswordThatItsEntryAccepts() {
    ModeratorAccounts.LocalAccount a = ModeratorAccounts.localAccount();

    assertThat(a.password()).hasSizeGreaterThanOrEqualTo(16);
    assertThat(a.toString()).doesNotContain(a.password());
    assertThat(ModeratorAccounts.parse(a.usersEntry()).authenticate(a.name(), a.password())).contains(a.name());
  }

  @Test
  void fiveFailuresAreFreeThenTheLockoutDoublesUpToFifteenMinutes() {
    MutableTime clock = new MutableTime(T0);
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < 5; i++) t.failed("maria", "10.0.0.1");
    assertThat(t.waitFor("maria", "10.0.0.1")).isZero();

    t.failed("maria", "10.0.0.1");
    assertThat(t.waitFor("maria", "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));
    assertThat(t.waitFor("maria", "10.0.0.2")).isZero();
    assertThat(t.waitFor("sam", "10.0.0.1")).isZero();
    t.failed("maria", "10.0.0.1");
    assertThat(t.waitFor("maria", "10.0.0.1")).isEqualTo(Duration.ofSeconds(60));
    for (int i = 0; i < 10; i++) t.failed("maria", "10.0.0.1");
    assertThat(t.waitFor("maria", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));

    clock.now = clock.now.plus(Duration.ofMinutes(15));
    assertThat(t.waitFor("maria", "10.0.0.1")).isZero();
    t.succeeded("maria", "10.0.0.1");
    t.failed("maria", "10.0.0.1");
    assertThat(t.waitFor("maria", "10.0.0.1")).isZero();
  }

  @Test
  void sessionsEndAtLogoutAndAfterIdleTime() {
    MutableTime clock = new MutableTime(T0);
    Sessions sessions = new Sessions(clock, Duration.ofHours(1), Duration.ofHours(24));
    Sessions.Session s = sessions.create("maria");

    assertThat(s.csrf()).isNotEqualTo(s.id()).hasSizeGreaterThan(40);
    clock.now = T0.plus(Duration.ofMinutes(59));
    assertThat(sessions.find(s.id())).map(Sessions.Session::moderator).contains("maria");
    clock.now = clock.now.plus(Duration.ofMinutes(59));
    assertThat(sessions.find(s.id())).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(61));
    assertThat(sessions.find(s.id())).isEmpty();

    Sessions.Session t = sessions.create("sam");
    sessions.end(t.id());
    assertThat(sessions.find(t.id())).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void tokensAreComparedWhole() {
    assertThat(ConsoleAuth.sameToken("abc", "abc")).isTrue();
    assertThat(ConsoleAuth.sameToken("abc", "abd")).isFalse();
    assertThat(ConsoleAuth.sameToken(null, "abc")).isFalse();
    assertThat(ConsoleAuth.sameToken("", "abc")).isFalse();
  }

  static final class MutableTime extends java.time.Clock {
    Instant now;

    MutableTime(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
