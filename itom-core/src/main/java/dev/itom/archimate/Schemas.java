package dev.itom.archimate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The ArchiMate 3.1 exchange-format schemas, read from this module's resources and compiled once.
 * Every reference between them resolves to a resource: no schema is ever fetched from the network,
 * the {@code xml.xsd} the model schema imports by URL included.
 */
final class Schemas {
  private Schemas() {}

  private static final Set<String> FILES =
      Set.of("archimate3_Diagram.xsd", "archimate3_View.xsd", "archimate3_Model.xsd", "xml.xsd");

  /** The compiled schema of a file with diagrams, the richest of the three. */
  static Schema diagram() {
    return Holder.SCHEMA;
  }

  private static final class Holder {
    static final Schema SCHEMA = load();
  }

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> input(systemId, publicId));
      URL main = url("archimate3_Diagram.xsd");
      return factory.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("the ArchiMate schemas cannot be read: " + e, e);
    }
  }

  private static URL url(String file) {
    URL url = Schemas.class.getResource(file);
    if (url == null) {
      throw new IllegalStateException("resource missing: " + file);
    }
    return url;
  }

  private static @Nullable LSInput input(@Nullable String systemId, @Nullable String publicId) {
    if (systemId == null) {
      return null;
    }
    String file = systemId.substring(systemId.lastIndexOf('/') + 1);
    if (!FILES.contains(file)) {
      throw new IllegalStateException("the ArchiMate schemas refer to an unknown " + systemId);
    }
    URL url = url(file);
    try {
      return new Input(url.openStream(), url.toExternalForm(), publicId);
    } catch (IOException e) {
      throw new IllegalStateException("resource unreadable: " + file, e);
    }
  }

  /** A schema document handed to the schema factory as a stream. */
  private static final class Input implements LSInput {
    private @Nullable InputStream stream;
    private @Nullable String systemId;
    private @Nullable String publicId;

    Input(InputStream stream, String systemId, @Nullable String publicId) {
      this.stream = stream;
      this.systemId = systemId;
      this.publicId = publicId;
    }

    @Override
    public @Nullable Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(@Nullable Reader characterStream) {}

    @Override
    public @Nullable InputStream getByteStream() {
      return stream;
    }

    @Override
    public void setByteStream(@Nullable InputStream byteStream) {
      this.stream = byteStream;
    }

    @Override
    public @Nullable String getStringData() {
      return null;
    }

    @Override
    public void setStringData(@Nullable String stringData) {}

    @Override
    public @Nullable String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(@Nullable String systemId) {
      this.systemId = systemId;
    }

    @Override
    public @Nullable String getPublicId() {
      return publicId;
    }

    @Override
    public void setPublicId(@Nullable String publicId) {
      this.publicId = publicId;
    }

    @Override
    public @Nullable String getBaseURI() {
      return systemId;
    }

    @Override
    public void setBaseURI(@Nullable String baseUri) {}

    @Override
    public @Nullable String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(@Nullable String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
