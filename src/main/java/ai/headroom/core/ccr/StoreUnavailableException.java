package ai.headroom.core.ccr;

/** The store could not take an original; the pipeline then keeps only lossless changes. */
public class StoreUnavailableException extends Exception {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
