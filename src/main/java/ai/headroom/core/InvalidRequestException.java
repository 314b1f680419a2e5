package ai.headroom.core;

/** The input is not a request Headroom can read (not JSON, not UTF-8, too big, too deep); the message says which. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
