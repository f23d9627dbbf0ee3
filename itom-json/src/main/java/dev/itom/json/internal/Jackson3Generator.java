package dev.itom.json.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.Version;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Base64Variants;

/**
 * A Jackson 3 generator seen as a Jackson 2 one, so that the one writer of the format ({@link
 * ModelWriter}, {@link ReportWriter}) writes to a Jackson 3 mapper's output: every call goes to the
 * Jackson 3 generator, which keeps its mapper's settings (its pretty printer, its escaping). What
 * it throws, a Jackson 3 exception, goes through unchanged to the Jackson 3 mapper. The Jackson 2
 * generator features are recorded but mean nothing here.
 */
final class Jackson3Generator extends JsonGenerator {
  private final tools.jackson.core.JsonGenerator g;
  private int features;

  Jackson3Generator(tools.jackson.core.JsonGenerator generator) {
    this.g = generator;
  }

  // ---- structure and names ---------------------------------------------------------------------

  @Override
  public void writeStartObject() {
    g.writeStartObject();
  }

  @Override
  public void writeEndObject() {
    g.writeEndObject();
  }

  @Override
  public void writeStartArray() {
    g.writeStartArray();
  }

  @Override
  public void writeEndArray() {
    g.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) {
    g.writeName(name);
  }

  @Override
  public void writeFieldName(SerializableString name) {
    g.writeName(name.getValue());
  }

  // ---- scalars ---------------------------------------------------------------------------------

  @Override
  public void writeString(String text) {
    g.writeString(text);
  }

  @Override
  public void writeString(char[] text, int offset, int len) {
    g.writeString(text, offset, len);
  }

  @Override
  public void writeString(SerializableString text) {
    g.writeString(text.getValue());
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) {
    g.writeRawUTF8String(text, offset, length);
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) {
    g.writeUTF8String(text, offset, length);
  }

  @Override
  public void writeNumber(int v) {
    g.writeNumber(v);
  }

  @Override
  public void writeNumber(long v) {
    g.writeNumber(v);
  }

  @Override
  public void writeNumber(BigInteger v) {
    g.writeNumber(v);
  }

  @Override
  public void writeNumber(double v) {
    g.writeNumber(v);
  }

  @Override
  public void writeNumber(float v) {
    g.writeNumber(v);
  }

  @Override
  public void writeNumber(BigDecimal v) {
    g.writeNumber(v);
  }

  @Override
  public void writeNumber(String encodedValue) {
    g.writeNumber(encodedValue);
  }

  @Override
  public void writeBoolean(boolean state) {
    g.writeBoolean(state);
  }

  @Override
  public void writeNull() {
    g.writeNull();
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) {
    g.writeBinary(Base64Variants.valueOf(variant.getName()), data, offset, len);
  }

  @Override
  public int writeBinary(Base64Variant variant, InputStream data, int dataLength) {
    return g.writeBinary(Base64Variants.valueOf(variant.getName()), data, dataLength);
  }

  // ---- raw output ------------------------------------------------------------------------------

  @Override
  public void writeRaw(String text) {
    g.writeRaw(text);
  }

  @Override
  public void writeRaw(String text, int offset, int len) {
    g.writeRaw(text, offset, len);
  }

  @Override
  public void writeRaw(char[] text, int offset, int len) {
    g.writeRaw(text, offset, len);
  }

  @Override
  public void writeRaw(char c) {
    g.writeRaw(c);
  }

  @Override
  public void writeRawValue(String text) {
    g.writeRawValue(text);
  }

  @Override
  public void writeRawValue(String text, int offset, int len) {
    g.writeRawValue(text, offset, len);
  }

  @Override
  public void writeRawValue(char[] text, int offset, int len) {
    g.writeRawValue(text, offset, len);
  }

  // ---- objects, which belong to the Jackson 3 mapper -------------------------------------------

  @Override
  public void writeObject(@Nullable Object pojo) {
    g.writePOJO(pojo);
  }

  @Override
  public void writeTree(@Nullable TreeNode rootNode) {
    throw new UnsupportedOperationException("a Jackson 2 tree cannot be written to Jackson 3");
  }

  @Override
  public @Nullable ObjectCodec getCodec() {
    return null;
  }

  @Override
  public JsonGenerator setCodec(@Nullable ObjectCodec oc) {
    throw new UnsupportedOperationException("a Jackson 3 generator has no Jackson 2 codec");
  }

  @Override
  public JsonStreamContext getOutputContext() {
    return Jackson3Context.of(g.streamWriteContext());
  }

  // ---- features and the rest -------------------------------------------------------------------

  @Override
  public JsonGenerator enable(Feature f) {
    features |= f.getMask();
    return this;
  }

  @Override
  public JsonGenerator disable(Feature f) {
    features &= ~f.getMask();
    return this;
  }

  @Override
  public boolean isEnabled(Feature f) {
    return (features & f.getMask()) != 0;
  }

  @Override
  public int getFeatureMask() {
    return features;
  }

  @Override
  @Deprecated
  public JsonGenerator setFeatureMask(int values) {
    features = values;
    return this;
  }

  @Override
  public JsonGenerator useDefaultPrettyPrinter() {
    // the Jackson 3 generator prints as its mapper is configured
    return this;
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void flush() {
    g.flush();
  }

  @Override
  public boolean isClosed() {
    return g.isClosed();
  }

  @Override
  public void close() {
    // the Jackson 3 mapper owns its generator
  }
}
