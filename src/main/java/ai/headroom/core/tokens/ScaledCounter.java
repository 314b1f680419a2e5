package ai.headroom.core.tokens;

import com.knuddels.jtokkit.api.Encoding;

/** Estimates another tokenizer's count by scaling a known encoding's count by a fixed ratio. */
record ScaledCounter(Encoding base, double ratio, String name) implements TokenCounter {

    @Override
    public int count(String text) {
        return (int) Math.ceil(base.countTokensOrdinary(text) * ratio);
    }
}
