package io.commentmod.moderation.training;

/** One labelled text for training or testing, with its source ({@code youtube}, {@code own}, ...) and group (the video). */
public record Example(String text, boolean spam, double weight, String source, String group) {}
