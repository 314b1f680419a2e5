package ai.headroom.core.content;

import java.util.List;

/** Tells what kind of content a block is, and splits mixed blocks into homogeneous sections. */
public final class ContentRouter {

    /** The kind of the whole text; TEXT when nothing more specific fits. */
    public Detection detect(String text) {
        return Detection.of(ContentKind.TEXT);
    }

    /**
     * Splits a block into sections of one kind each; a homogeneous block gives one section.
     * The sections' texts concatenate back to {@code text} exactly.
     */
    public List<Section> split(String text) {
        return List.of(new Section(detect(text), text));
    }
}
