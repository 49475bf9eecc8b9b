package io.commentmod.moderation.console;

import io.commentmod.events.CommentModerated;
import io.commentmod.moderation.topology.ReviewMeta;

/** A held comment as one instance's stores know it: the verdict that held it and its claim, pending decision, escalation. */
record QueueItem(CommentModerated verdict, ReviewMeta meta) {}
