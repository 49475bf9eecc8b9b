package io.commentmod.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestChecksTest {

  @Test
  void onlyJsonInUtf8IsAccepted() {
    assertThat(RequestChecks.isJson("application/json")).isTrue();
    assertThat(RequestChecks.isJson("Application/JSON; charset=UTF-8")).isTrue();
    assertThat(RequestChecks.isJson("application/json;charset=\"utf-8\"")).isTrue();
    assertThat(RequestChecks.isJson(null)).isFalse();
    assertThat(RequestChecks.isJson("text/plain")).isFalse();
    assertThat(RequestChecks.isJson("application/x-www-form-urlencoded")).isFalse();
    assertThat(RequestChecks.isJson("application/json; charset=iso-8859-1")).isFalse();
    assertThat(RequestChecks.isJson("application/jsonp")).isFalse();
  }

  @Test
  void idempotencyKeysArePrintableAsciiUpTo200Characters() {
    assertThat(RequestChecks.idempotencyKeyProblem(null)).isEmpty();
    assertThat(RequestChecks.idempotencyKeyProblem("8e03978e-40d5-43e8-bc93-6894a57f9324")).isEmpty();
    assertThat(RequestChecks.idempotencyKeyProblem("k".repeat(200))).isEmpty();
    assertThat(RequestChecks.idempotencyKeyProblem("k".repeat(201))).isPresent();
    assertThat(RequestChecks.idempotencyKeyProblem("")).isPresent();
    assertThat(RequestChecks.idempotencyKeyProblem("caf\u00e9")).isPresent();
  }
}
