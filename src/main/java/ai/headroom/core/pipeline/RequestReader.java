package ai.headroom.core.pipeline;

import ai.headroom.core.InvalidRequestException;
import ai.headroom.core.json.IndexedTree;
import ai.headroom.core.json.Json;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.CharConversionException;
import java.io.IOException;

/** Reads a request body into a tree, turning every way it can be unreadable into one clear message. */
public final class RequestReader {

    /** The reference system's limit, kept so clients see the same behaviour. */
    public static final int MAX_BODY_BYTES = 100 * 1024 * 1024;

    private RequestReader() {}

    /** The parsed object; throws {@link InvalidRequestException} with a one-line reason otherwise. */
    public static JsonNode read(byte[] body) {
        return readIndexed(body).tree();
    }

    /** Like {@link #read}, with the byte positions the splicer uses to edit the body without a second parse. */
    public static IndexedTree readIndexed(byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidRequestException("request body is " + body.length + " bytes; the limit is "
                    + MAX_BODY_BYTES + " (100 MiB)");
        }
        if (body.length == 0) {
            throw new InvalidRequestException("request body is empty; expected a JSON object");
        }
        IndexedTree indexed;
        try {
            indexed = IndexedTree.read(body);
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException("request JSON is nested deeper than " + Json.MAX_DEPTH + " levels", e);
        } catch (CharConversionException e) {
            throw new InvalidRequestException("request body is not valid UTF-8: " + firstLine(e.getMessage()), e);
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.contains("UTF-8")) {
                throw new InvalidRequestException("request body is not valid UTF-8 (byte "
                        + e.getLocation().getByteOffset() + ")", e);
            }
            throw new InvalidRequestException("request body is not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + firstLine(msg), e);
        } catch (IOException e) {
            throw new InvalidRequestException("request body is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        JsonNode tree = indexed.tree();
        if (tree == null || !tree.isObject()) {
            throw new InvalidRequestException("request body must be a JSON object, got "
                    + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!tree.has("messages") && !tree.has("input")) {
            throw new InvalidRequestException("request has neither \"messages\" nor \"input\"; "
                    + "expected an Anthropic Messages, OpenAI Chat or OpenAI Responses request");
        }
        if (tree.has("messages") && !tree.get("messages").isArray()) {
            throw new InvalidRequestException("\"messages\" must be an array");
        }
        return indexed;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
