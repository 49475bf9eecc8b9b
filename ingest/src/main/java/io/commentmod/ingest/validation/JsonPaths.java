package io.commentmod.ingest.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.commentmod.events.Json;
import java.io.IOException;

/** Names the field a parse error happened in, as a dotted path ({@code author.name}), or {@code $} at the top. */
final class JsonPaths {
  static final String ROOT = "$";

  private JsonPaths() {}

  static String of(JsonStreamContext ctx) {
    String pointer = ctx.pathAsPointer().toString();
    String path = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
    // An empty key ({"": ...}) would name no field at all: name its parent instead.
    while (path.endsWith(".")) path = path.substring(0, path.length() - 1);
    return path.isEmpty() ? ROOT : path;
  }

  static String of(StreamReadException e) {
    JsonParser p = e.getProcessor();
    return p == null ? ROOT : of(p.getParsingContext());
  }

  /** The field whose token covers {@code byteOffset} in {@code json}, found by re-reading it token by token. */
  static String atByte(byte[] json, long byteOffset) {
    try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) p.getText(); // read the whole token
        if (p.currentLocation().getByteOffset() > byteOffset) return of(p.getParsingContext());
      }
    } catch (StreamReadException e) {
      return of(e);
    } catch (IOException | RuntimeException e) {
      return ROOT;
    }
    return ROOT;
  }
}
