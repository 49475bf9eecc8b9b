package io.commentmod.moderation.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.health.HealthChecks;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.Datasets;
import io.commentmod.moderation.training.Example;
import io.commentmod.moderation.training.TextModel;
import io.commentmod.moderation.training.Trainer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public datasets' protocols: YouTube Spam Collection leave-one-video-out (train the
 * classifier on four videos, test on the fifth: the classifier alone, and the whole spam
 * detector with that classifier) and the Twitter suicidal-intention set's self-harm recall
 * (the flag the health checks combine by noisy-OR, at the policy's self-harm threshold).
 */
final class DatasetProtocols {
  private DatasetProtocols() {}

  static ObjectNode youtube(Path datasets, Policy policy) {
    ObjectNode r = Json.mapper().createObjectNode();
    List<Example> all = Datasets.youtube(datasets);
    if (all.isEmpty()) {
      r.put("available", false).put("reason", "no youtube-spam-collection under " + datasets);
      return r;
    }
    r.put("available", true);
    Map<String, List<Example>> byVideo = new LinkedHashMap<>();
    for (Example e : all) byVideo.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e);
    ArrayNode videos = r.putArray("videos");
    double sumClassifier = 0, sumDetector = 0;
    for (String video : byVideo.keySet()) {
      List<Example> train = all.stream().filter(e -> !e.group().equals(video)).toList();
      List<Example> test = byVideo.get(video);
      TextModel model = Trainer.defaults().train(train);
      Moderator detector = Moderators.create(policy, SpamChecks.all(policy, Optional.of(model)));
      ModerationState state = ModerationState.inMemory();
      int classifierOk = 0, detectorOk = 0, i = 0;
      Instant t = Instant.parse("2015-01-01T00:00:00Z");
      for (Example e : test) {
        String text = Normalizer.fold(e.text());
        boolean p = model.probability(text, Tokens.of(text)) >= 0.5;
        if (p == e.spam()) classifierOk++;
        CommentSubmitted c = new CommentSubmitted("yt-" + i, "youtube-" + video, new Author("", "", null, null, null),
            e.text(), null, t.plusSeconds(60L * i), null, null, null);
        i++;
        boolean d = detector.assess(c, c.submittedAt(), state).flags().stream().anyMatch(f -> f.name() == FlagName.SPAM);
        if (d == e.spam()) detectorOk++;
      }
      double ac = (double) classifierOk / test.size(), ad = (double) detectorOk / test.size();
      sumClassifier += ac;
      sumDetector += ad;
      videos.addObject().put("video", video).put("comments", test.size())
          .put("classifierAccuracy", Evaluate.round(ac)).put("detectorAccuracy", Evaluate.round(ad));
    }
    r.put("meanClassifierAccuracy", Evaluate.round(sumClassifier / byVideo.size()));
    r.put("meanDetectorAccuracy", Evaluate.round(sumDetector / byVideo.size()));
    return r;
  }

  /** Self-harm recall (and the false-positive rate on the negatives) of the health checks alone, at the policy's threshold. */
  static ObjectNode suicidalIntention(Path datasets, Policy policy) {
    ObjectNode r = Json.mapper().createObjectNode();
    List<Example> all = Datasets.suicidalIntention(datasets);
    if (all.isEmpty()) {
      r.put("available", false).put("reason", "no twitter-suicidal-intention under " + datasets);
      return r;
    }
    List<ModerationCheck> checks = HealthChecks.all();
    double threshold = policy.threshold(FlagName.SELF_HARM, null);
    int pos = 0, tp = 0, neg = 0, fp = 0;
    for (Example e : all) {
      Findings f = new Findings();
      CommentText t = Normalizer.normalize("twitter", "", "", "", e.text());
      for (ModerationCheck c : checks) c.inspect(t, f);
      double keep = 1;
      for (Findings.Finding x : f.of(FlagName.SELF_HARM)) keep *= 1 - x.score();
      boolean flagged = 1 - keep >= threshold;
      if (e.spam()) {
        pos++;
        if (flagged) tp++;
      } else {
        neg++;
        if (flagged) fp++;
      }
    }
    r.put("available", true).put("suicidal", pos).put("notSuicidal", neg)
        .put("recall", Evaluate.round((double) tp / Math.max(1, pos)))
        .put("falsePositiveRate", Evaluate.round((double) fp / Math.max(1, neg)));
    return r;
  }
}
