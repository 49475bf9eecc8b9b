package io.commentmod.moderation.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
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
 * detector with that classifier) and the Twitter suicidal-intention set's self-harm recall.
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

  static ObjectNode suicidalIntention(Path datasets) {
    ObjectNode r = Json.mapper().createObjectNode();
    r.put("available", false).put("reason", "the self-harm check (health-checks branch) is not merged yet");
    return r;
  }
}
