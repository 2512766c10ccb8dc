package org.studiopaths.journal;

import java.util.List;

/**
 * The comparison in plain language: a headline and a few sentences tying the learner's figures to what each
 * path is like.
 */
public record Reading(String headline, List<String> sentences) {

    public Reading {
        sentences = List.copyOf(sentences);
    }
}
