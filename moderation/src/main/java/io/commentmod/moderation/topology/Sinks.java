package io.commentmod.moderation.topology;

import io.commentmod.events.Topic;
import io.commentmod.events.Topics;

/** Sink node names, one per output topic. */
enum Sinks {
  VERDICTS(Topics.VERDICTS),
  APPROVED(Topics.APPROVED),
  REJECTED(Topics.REJECTED),
  STATUS(Topics.STATUS),
  DEAD_LETTER(Topics.DEAD_LETTER),
  RETRACTED(Topics.RETRACTED),
  AUDIT(Topics.AUDIT),
  ESCALATIONS(Topics.ESCALATIONS),
  SPAM_LABELS(Topics.SPAM_LABELS),
  CROWD(Topics.CROWD);

  final Topic<?> topic;

  Sinks(Topic<?> topic) {
    this.topic = topic;
  }

  String node() {
    return "sink-" + topic.name();
  }
}
