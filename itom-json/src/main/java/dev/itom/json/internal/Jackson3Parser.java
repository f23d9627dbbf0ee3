package dev.itom.json.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Base64Variants;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * A Jackson 3 parser seen as a Jackson 2 one, so that the one reader of the format ({@link
 * ModelReader} and its {@link Cursor}) reads a Jackson 3 mapper's input: each call goes to the
 * Jackson 3 parser, tokens and locations are translated, and what it throws becomes the Jackson 2
 * exception the reader turns into a problem (a syntax error, a limit, a failed read). The Jackson 2
 * side never owns the input: closing it closes the Jackson 3 parser.
 */
final class Jackson3Parser extends ParserMinimalBase {
  /** The Jackson 2 token of each Jackson 3 token. */
  private static final EnumMap<tools.jackson.core.JsonToken, JsonToken> TOKENS = tokens();

  private final tools.jackson.core.JsonParser p;

  Jackson3Parser(tools.jackson.core.JsonParser parser) {
    super(0, constraints(parser.streamReadConstraints()));
    this.p = parser;
    _currToken = token(parser.currentToken());
  }

  private static EnumMap<tools.jackson.core.JsonToken, JsonToken> tokens() {
    EnumMap<tools.jackson.core.JsonToken, JsonToken> tokens =
        new EnumMap<>(tools.jackson.core.JsonToken.class);
    for (tools.jackson.core.JsonToken token : tools.jackson.core.JsonToken.values()) {
      String name =
          token == tools.jackson.core.JsonToken.PROPERTY_NAME ? "FIELD_NAME" : token.name();
      tokens.put(token, JsonToken.valueOf(name));
    }
    return tokens;
  }

  private static @Nullable JsonToken token(tools.jackson.core.@Nullable JsonToken token) {
    return token == null ? null : TOKENS.get(token);
  }

  private static StreamReadConstraints constraints(
      tools.jackson.core.StreamReadConstraints limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.getMaxNestingDepth())
        .maxStringLength(limits.getMaxStringLength())
        .maxNumberLength(limits.getMaxNumberLength())
        .maxDocumentLength(limits.getMaxDocumentLength())
        .maxNameLength(limits.getMaxNameLength())
        .build();
  }

  private static JsonLocation location(@Nullable TokenStreamLocation location) {
    if (location == null) {
      return JsonLocation.NA;
    }
    return new JsonLocation(
        ContentReference.unknown(),
        location.getByteOffset(),
        location.getCharOffset(),
        location.getLineNr(),
        location.getColumnNr());
  }

  /** Returns the Jackson 2 exception for what the Jackson 3 parser threw. */
  private IOException translate(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
      return new StreamConstraintsException(message, location(e.getLocation()));
    }
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException io) {
      return io;
    }
    return new JsonParseException(this, message, location(e.getLocation()), e);
  }

  /** Reads the current number with the Jackson 3 parser; numbers are rare in the format. */
  private <T> T number(Function<tools.jackson.core.JsonParser, T> getter) throws IOException {
    try {
      return getter.apply(p);
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  // ---- tokens ----------------------------------------------------------------------------------

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    try {
      _currToken = token(p.nextToken());
      return _currToken;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public com.fasterxml.jackson.core.JsonParser skipChildren() throws IOException {
    try {
      p.skipChildren();
    } catch (JacksonException e) {
      throw translate(e);
    }
    _currToken = token(p.currentToken());
    return this;
  }

  @Override
  protected void _handleEOF() {
    // the Jackson 3 parser checks the end of input itself
  }

  @Override
  public @Nullable String currentName() {
    return p.currentName();
  }

  @Override
  @Deprecated
  public @Nullable String getCurrentName() {
    return p.currentName();
  }

  @Override
  public void overrideCurrentName(String name) {
    throw new UnsupportedOperationException("a Jackson 3 parser's names cannot be overridden");
  }

  @Override
  public JsonStreamContext getParsingContext() {
    return Jackson3Context.of(p.streamReadContext());
  }

  // ---- text and numbers ------------------------------------------------------------------------

  @Override
  public String getText() throws IOException {
    try {
      return p.getString();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public char[] getTextCharacters() throws IOException {
    try {
      return p.getStringCharacters();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public boolean hasTextCharacters() {
    return p.hasStringCharacters();
  }

  @Override
  public int getTextLength() throws IOException {
    try {
      return p.getStringLength();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public int getTextOffset() throws IOException {
    try {
      return p.getStringOffset();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) throws IOException {
    try {
      return p.getBinaryValue(Base64Variants.valueOf(variant.getName()));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public Number getNumberValue() throws IOException {
    return number(tools.jackson.core.JsonParser::getNumberValue);
  }

  @Override
  public @Nullable NumberType getNumberType() throws IOException {
    try {
      tools.jackson.core.JsonParser.NumberType type = p.getNumberType();
      return type == null ? null : NumberType.valueOf(type.name());
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  @Override
  public int getIntValue() throws IOException {
    return number(tools.jackson.core.JsonParser::getIntValue);
  }

  @Override
  public long getLongValue() throws IOException {
    return number(tools.jackson.core.JsonParser::getLongValue);
  }

  @Override
  public BigInteger getBigIntegerValue() throws IOException {
    return number(tools.jackson.core.JsonParser::getBigIntegerValue);
  }

  @Override
  public float getFloatValue() throws IOException {
    return number(tools.jackson.core.JsonParser::getFloatValue);
  }

  @Override
  public double getDoubleValue() throws IOException {
    return number(tools.jackson.core.JsonParser::getDoubleValue);
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    return number(tools.jackson.core.JsonParser::getDecimalValue);
  }

  // ---- locations and the rest ------------------------------------------------------------------

  @Override
  public JsonLocation currentLocation() {
    return location(p.currentLocation());
  }

  @Override
  public JsonLocation currentTokenLocation() {
    return location(p.currentTokenLocation());
  }

  @Override
  @Deprecated
  @SuppressWarnings("InlineMeSuggester") // Jackson 2's own method, overridden
  public JsonLocation getCurrentLocation() {
    return currentLocation();
  }

  @Override
  @Deprecated
  @SuppressWarnings("InlineMeSuggester") // Jackson 2's own method, overridden
  public JsonLocation getTokenLocation() {
    return currentTokenLocation();
  }

  @Override
  public @Nullable ObjectCodec getCodec() {
    // the Jackson 3 mapper reads through its own parser; there is no Jackson 2 codec
    return null;
  }

  @Override
  public void setCodec(@Nullable ObjectCodec codec) {
    throw new UnsupportedOperationException("a Jackson 3 parser has no Jackson 2 codec");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void close() {
    p.close();
  }

  @Override
  public boolean isClosed() {
    return p.isClosed();
  }
}
